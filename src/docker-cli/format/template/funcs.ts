// Template functions: Go's builtins (index, len, printf, eq, …) and docker's own (json, join,
// split, upper, lower, title, pad, truncate — cli/templates/templates.go). A function declares
// its parameter types so calls fail with Go's words (`wrong number of args for upper: want 1
// got 2`, `wrong type for value; expected string; got int`); it throws FuncError for
// `error calling X: …`.

import { templateJson } from '../json';
import { isRecord, structInfo } from '../go-values';
import { formatValue, goTypeName, isFloatValue, numberOf, truth } from './print';
import { goSprint, goSprintf, goSprintln } from './printf';
import { utf8Length } from '../../../engine/text/utf8';

export class FuncError extends Error {}

export type ParamType = 'any' | 'string' | 'int' | '[]string';

export interface TemplateFunc {
  readonly params: readonly ParamType[];
  /** Type of the trailing variadic parameter, if any. */
  readonly variadic?: ParamType;
  call(args: unknown[]): unknown;
}

export type FuncMap = Readonly<Record<string, TemplateFunc>>;

const fn = (
  params: ParamType[],
  call: (a: unknown[]) => unknown,
  variadic?: ParamType,
): TemplateFunc => ({
  params,
  variadic,
  call,
});

type Kind = 'bool' | 'int' | 'float' | 'string' | 'invalid' | 'other';

function basicKind(v: unknown): Kind {
  if (v === undefined) return 'invalid';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (isFloatValue(v)) return 'float';
  if (typeof v === 'number') return 'int';
  return 'other';
}

function eq(args: unknown[]): boolean {
  const [a, ...rest] = args;
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of rest) {
    const k2 = basicKind(b);
    let same = false;
    if (k1 !== k2) {
      if (a !== undefined && b !== undefined)
        throw new FuncError('incompatible types for comparison');
    } else if (k1 === 'int' || k1 === 'float') same = numberOf(a) === numberOf(b);
    else if (k1 === 'other') {
      if (a === null || b === null) same = a === b;
      else throw new FuncError(`non-comparable type ${formatValue(a)}: ${goTypeName(a)}`);
    } else same = a === b;
    if (same) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) throw new FuncError('incompatible types for comparison');
  if (k1 === 'int' || k1 === 'float') return (numberOf(a) as number) < (numberOf(b) as number);
  if (k1 === 'string') return (a as string) < (b as string);
  throw new FuncError('invalid type for comparison');
}

function index(args: unknown[]): unknown {
  let item = args[0];
  for (const idx of args.slice(1)) {
    if (item === undefined) throw new FuncError('index of untyped nil');
    if (item === null) return '';
    if (Array.isArray(item) || typeof item === 'string') {
      const n = numberOf(idx);
      if (n === undefined || isFloatValue(idx))
        throw new FuncError(`cannot index slice/array with type ${goTypeName(idx)}`);
      const len = typeof item === 'string' ? utf8Length(item) : item.length;
      if (n < 0 || n >= len) throw new FuncError(`index out of range: ${n}`);
      item = typeof item === 'string' ? (new TextEncoder().encode(item)[n] as number) : item[n];
      continue;
    }
    if (isRecord(item) && !structInfo(item)) {
      if (typeof idx !== 'string')
        throw new FuncError(`value has type ${goTypeName(idx)}; should be string`);
      if (Object.hasOwn(item, idx)) item = item[idx];
      else item = Object.values(item).every((x) => typeof x === 'string') ? '' : null;
      continue;
    }
    throw new FuncError(`can't index item of type ${goTypeName(item)}`);
  }
  return item;
}

function len(v: unknown): number {
  if (typeof v === 'string') return utf8Length(v);
  if (Array.isArray(v)) return v.length;
  if (isRecord(v) && !structInfo(v)) return Object.keys(v).length;
  if (v === null || v === undefined) throw new FuncError('len of nil pointer');
  throw new FuncError(`len of type ${goTypeName(v)}`);
}

function slice(args: unknown[]): unknown {
  const [item, ...idx] = args;
  const nums = idx.map((i) => numberOf(i) ?? 0);
  if (typeof item === 'string') {
    if (nums.length > 2) throw new FuncError('cannot 3-index slice a string');
    const b = new TextEncoder().encode(item);
    const i = nums[0] ?? 0;
    const j = nums[1] ?? b.length;
    if (i < 0 || j < i || j > b.length)
      throw new FuncError(`index out of range: ${j > b.length ? j : i}`);
    return new TextDecoder().decode(b.slice(i, j));
  }
  if (Array.isArray(item)) {
    const i = nums[0] ?? 0;
    const j = nums[1] ?? item.length;
    if (i < 0 || j < i || j > item.length)
      throw new FuncError(`index out of range: ${j > item.length ? j : i}`);
    return item.slice(i, j);
  }
  throw new FuncError(`can't slice item of type ${goTypeName(item)}`);
}

function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

function title(s: string): string {
  return s.replace(
    /(^|[^\p{L}\p{N}_'])(\p{L})/gu,
    (_m, pre: string, ch: string) => pre + ch.toUpperCase(),
  );
}

function htmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/\0/g, '\uFFFD');
}

function jsEscape(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what gets escaped
  return s.replace(/[\\'"<>&=\u0000-\u001f]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === "'") return "\\'";
    if (c === '"') return '\\"';
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

function queryEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Go's text/template builtins (and/or are short-circuited by the executor). */
export const builtinFuncs: FuncMap = {
  and: fn(['any'], (a) => a.find((x) => !truth(x)) ?? a[a.length - 1], 'any'),
  or: fn(['any'], (a) => a.find((x) => truth(x)) ?? a[a.length - 1], 'any'),
  not: fn(['any'], (a) => !truth(a[0])),
  len: fn(['any'], (a) => len(a[0])),
  index: fn(['any'], index, 'any'),
  slice: fn(['any'], slice, 'any'),
  print: fn([], (a) => goSprint(a), 'any'),
  printf: fn(['string'], (a) => goSprintf(a[0] as string, a.slice(1)), 'any'),
  println: fn([], (a) => goSprintln(a), 'any'),
  html: fn([], (a) => htmlEscape(goSprint(a)), 'any'),
  js: fn([], (a) => jsEscape(goSprint(a)), 'any'),
  urlquery: fn([], (a) => queryEscape(goSprint(a)), 'any'),
  call: fn(
    ['any'],
    (a) => {
      const f = a[0];
      if (typeof f !== 'function') throw new FuncError(`non-function of type ${goTypeName(f)}`);
      return (f as (...x: unknown[]) => unknown)(...a.slice(1));
    },
    'any',
  ),
  eq: fn(['any'], eq, 'any'),
  ne: fn(['any', 'any'], (a) => !eq(a)),
  lt: fn(['any', 'any'], (a) => lt(a[0], a[1])),
  le: fn(['any', 'any'], (a) => lt(a[0], a[1]) || eq(a)),
  gt: fn(['any', 'any'], (a) => !lt(a[0], a[1]) && !eq(a)),
  ge: fn(['any', 'any'], (a) => !lt(a[0], a[1])),
};

/** docker's basicFunctions (cli/templates). */
export const dockerFuncs: FuncMap = {
  json: fn(['any'], (a) => templateJson(a[0] === undefined ? null : a[0])),
  split: fn(['string', 'string'], (a) => goSplit(a[0] as string, a[1] as string)),
  join: fn(['[]string', 'string'], (a) => (a[0] as string[]).join(a[1] as string)),
  title: fn(['string'], (a) => title(a[0] as string)),
  lower: fn(['string'], (a) => (a[0] as string).toLowerCase()),
  upper: fn(['string'], (a) => (a[0] as string).toUpperCase()),
  pad: fn(
    ['string', 'int', 'int'],
    (a) => ' '.repeat(a[1] as number) + (a[0] as string) + ' '.repeat(a[2] as number),
  ),
  truncate: fn(['string', 'int'], (a) => {
    const r = [...(a[0] as string)];
    return r.length < (a[1] as number) ? a[0] : r.slice(0, a[1] as number).join('');
  }),
};

/** docker's HeaderFunctions: the same names, each returning its first argument as is. */
export const headerFuncs: FuncMap = Object.fromEntries(
  Object.entries(dockerFuncs).map(([name, f]) => [
    name,
    fn(
      f.params.map(() => 'any' as const),
      (a) => a[0],
    ),
  ]),
);

export const defaultFuncs: FuncMap = { ...builtinFuncs, ...dockerFuncs };
