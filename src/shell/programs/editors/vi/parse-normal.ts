// Parses the keys of one normal-mode command as they arrive: [count] then either a command
// (x, p, r{char}, ZZ…), a motion (w, gg, f{char}…), or an operator (d y c < >) with [count] and
// a motion, or doubled (dd, yy, >>). Says "more" until the command is complete.

import { isNamed, type Key } from '../keys';
import { isMotion, MOTIONS_WITH_CHAR } from './motions';

export type Operator = 'd' | 'y' | 'c' | '<' | '>';

export type NormalCommand =
  | {
      readonly kind: 'motion';
      readonly count: number | null;
      readonly key: string;
      readonly arg?: string;
    }
  | {
      readonly kind: 'operator';
      readonly op: Operator;
      readonly count: number | null;
      /** The motion key; '' for a doubled operator (dd, yy, cc, >>, <<). */
      readonly motion: string;
      readonly arg?: string;
    }
  | {
      readonly kind: 'command';
      readonly count: number | null;
      readonly key: string;
      readonly arg?: string;
    };

export type ParseResult =
  | { readonly kind: 'more' }
  | { readonly kind: 'bad' }
  | {
      readonly kind: 'done';
      readonly command: NormalCommand;
      /** The keys after the leading count, and that count: what `.` replays. */
      readonly body: readonly Key[];
      readonly leadCount: number | null;
    };

const OPERATORS = new Set<string>(['d', 'y', 'c', '<', '>']);

/** Commands complete in one key. */
const SINGLE = new Set([
  'x',
  'X',
  '<Del>',
  'D',
  'C',
  's',
  'S',
  'Y',
  'p',
  'P',
  'u',
  '<C-R>',
  'o',
  'O',
  'i',
  'a',
  'I',
  'A',
  '<Insert>',
  'J',
  '.',
  ':',
  '/',
  '?',
  'R',
  '~',
  '<C-F>',
  '<C-B>',
  '<C-D>',
  '<C-U>',
  '<C-E>',
  '<C-Y>',
  '<PageUp>',
  '<PageDown>',
  '<C-L>',
  '<C-G>',
  '<Esc>',
  'U',
]);

/** Commands that take one more character. */
const WITH_CHAR = new Set(['r']);

/** Two-key commands (the first key is a prefix). */
const PREFIXED: Readonly<Record<string, readonly string[]>> = {
  Z: ['Z', 'Q'],
  g: ['g', '_', 'J', 'I'],
};

function readCount(keys: readonly Key[], i: number): { count: number | null; next: number } {
  let j = i;
  let digits = '';
  while (
    j < keys.length &&
    /^[0-9]$/.test(keys[j] as string) &&
    !(digits === '' && keys[j] === '0')
  )
    digits += keys[j++];
  return { count: digits === '' ? null : Number(digits), next: j };
}

function times(a: number | null, b: number | null): number | null {
  if (a === null && b === null) return null;
  return (a ?? 1) * (b ?? 1);
}

/** A motion (with its argument) at keys[i], or more/bad. */
function readMotion(
  keys: readonly Key[],
  i: number,
): { key: string; arg?: string; next: number } | 'more' | 'bad' {
  const k = keys[i];
  if (k === undefined) return 'more';
  if (k === 'g') {
    const second = keys[i + 1];
    if (second === undefined) return 'more';
    if (second === 'g' || second === '_') return { key: `g${second}`, next: i + 2 };
    return 'bad';
  }
  if (MOTIONS_WITH_CHAR.has(k)) {
    const arg = keys[i + 1];
    if (arg === undefined) return 'more';
    if (isNamed(arg)) return 'bad';
    return { key: k, arg, next: i + 2 };
  }
  if (isMotion(k)) return { key: k, next: i + 1 };
  return 'bad';
}

export function parseNormal(keys: readonly Key[]): ParseResult {
  const r = parseKeys(keys);
  if (r.kind !== 'done') return r;
  return { ...r, leadCount: readCount(keys, 0).count };
}

function parseKeys(
  keys: readonly Key[],
): ParseResult | { kind: 'done'; command: NormalCommand; body: readonly Key[] } {
  const first = readCount(keys, 0);
  const body = keys.slice(first.next);
  const k = keys[first.next];
  if (k === undefined) return { kind: 'more' };
  const i = first.next;
  if (OPERATORS.has(k)) {
    const op = k as Operator;
    const second = readCount(keys, i + 1);
    const m = keys[second.next];
    if (m === undefined) return { kind: 'more' };
    const count = times(first.count, second.count);
    if (m === k)
      return { kind: 'done', body, command: { kind: 'operator', op, count, motion: '' } };
    const motion = readMotion(keys, second.next);
    if (motion === 'more' || motion === 'bad') return { kind: motion };
    const command: NormalCommand = {
      kind: 'operator',
      op,
      count,
      motion: motion.key,
      ...(motion.arg !== undefined ? { arg: motion.arg } : {}),
    };
    return { kind: 'done', body, command };
  }
  const prefixed = PREFIXED[k];
  if (prefixed) {
    const second = keys[i + 1];
    if (second === undefined) return { kind: 'more' };
    if (!prefixed.includes(second)) return { kind: 'bad' };
    const key = `${k}${second}`;
    if (key === 'gg' || key === 'g_')
      return { kind: 'done', body, command: { kind: 'motion', count: first.count, key } };
    return { kind: 'done', body, command: { kind: 'command', count: first.count, key } };
  }
  if (WITH_CHAR.has(k)) {
    const arg = keys[i + 1];
    if (arg === undefined) return { kind: 'more' };
    if (isNamed(arg) && arg !== '<CR>') return { kind: 'bad' };
    return { kind: 'done', body, command: { kind: 'command', count: first.count, key: k, arg } };
  }
  if (SINGLE.has(k))
    return { kind: 'done', body, command: { kind: 'command', count: first.count, key: k } };
  const motion = readMotion(keys, i);
  if (motion === 'more' || motion === 'bad') return { kind: motion };
  const command: NormalCommand = {
    kind: 'motion',
    count: first.count,
    key: motion.key,
    ...(motion.arg !== undefined ? { arg: motion.arg } : {}),
  };
  return { kind: 'done', body, command };
}
