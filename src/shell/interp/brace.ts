// Brace expansion, bash's first expansion: `{a,b,c}`, `{1..5}`, `{a..e}`, `{01..10..3}`,
// nested and with a prefix and suffix. It works on the word's structure: only unquoted braces
// and commas count (`"{a,b}"` stays), and quoted or expanded parts ride along as they are.
// The result depends only on the word, so it is cached per word.

import type { Word, WordPart } from '../parser/ast';

/** A word as a sequence: unquoted characters one by one, other parts whole. */
type Item = string | WordPart;

const cache = new WeakMap<Word, readonly Word[] | null>();

/** The words `word` expands to, or null when it has no brace expression. */
export function braceExpand(word: Word): readonly Word[] | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let result: readonly Word[] | null = null;
  if (word.parts.some((p) => p.type === 'lit' && p.value.includes('{'))) {
    const items: Item[] = [];
    for (const p of word.parts) {
      if (p.type === 'lit') for (const c of p.value) items.push(c);
      else items.push(p);
    }
    const out = expand(items);
    if (out.length > 1 || out[0].length !== items.length) result = out.map(toWord);
  }
  cache.set(word, result);
  return result;
}

function toWord(items: Item[]): Word {
  const parts: WordPart[] = [];
  let lit = '';
  for (const it of items) {
    if (typeof it === 'string') lit += it;
    else {
      if (lit) parts.push({ type: 'lit', value: lit });
      lit = '';
      parts.push(it);
    }
  }
  if (lit) parts.push({ type: 'lit', value: lit });
  return { parts };
}

const MAX_WORDS = 100_000;

function expand(items: Item[]): Item[][] {
  for (let open = 0; open < items.length; open++) {
    if (items[open] !== '{' || isEscapedDollar(items, open)) continue;
    const close = matchingClose(items, open);
    if (close < 0) continue;
    const inner = items.slice(open + 1, close);
    const alts = alternatives(inner) ?? sequence(inner);
    if (!alts) continue;
    const prefix = items.slice(0, open);
    const suffixes = expand(items.slice(close + 1));
    const out: Item[][] = [];
    for (const alt of alts)
      for (const a of expand(alt))
        for (const s of suffixes) {
          out.push([...prefix, ...a, ...s]);
          if (out.length > MAX_WORDS) return out;
        }
    return out;
  }
  return [items];
}

/** `${` is a parameter expansion, never a brace expression (the parser keeps it whole anyway). */
function isEscapedDollar(items: Item[], i: number): boolean {
  return i > 0 && items[i - 1] === '$';
}

function matchingClose(items: Item[], open: number): number {
  let depth = 0;
  for (let i = open + 1; i < items.length; i++) {
    if (items[i] === '{') depth++;
    else if (items[i] === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** `a,b,c` at depth 0 → the alternatives; null without a top-level comma. */
function alternatives(inner: Item[]): Item[][] | null {
  const alts: Item[][] = [];
  let cur: Item[] = [];
  let depth = 0;
  for (const it of inner) {
    if (it === '{') depth++;
    else if (it === '}') depth--;
    if (it === ',' && depth === 0) {
      alts.push(cur);
      cur = [];
    } else cur.push(it);
  }
  if (alts.length === 0) return null;
  alts.push(cur);
  return alts;
}

/** `x..y[..step]` with integers or single letters; null otherwise. */
function sequence(inner: Item[]): Item[][] | null {
  if (inner.some((it) => typeof it !== 'string')) return null;
  const text = inner.join('');
  const num = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/.exec(text);
  if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])];
    let step = Math.abs(Number(num[3] ?? 1)) || 1;
    if (a > b) step = -step;
    const padded = (s: string) => /^[-+]?0\d/.test(s);
    const width = padded(num[1]) || padded(num[2]) ? Math.max(num[1].length, num[2].length) : 0;
    const out: Item[][] = [];
    for (let n = a; step > 0 ? n <= b : n >= b; n += step) {
      const digits = String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0');
      out.push([...(n < 0 ? `-${digits}` : digits)]);
      if (out.length > MAX_WORDS) break;
    }
    return out;
  }
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?$/.exec(text);
  if (chr) {
    const [a, b] = [chr[1].charCodeAt(0), chr[2].charCodeAt(0)];
    let step = Math.abs(Number(chr[3] ?? 1)) || 1;
    if (a > b) step = -step;
    const out: Item[][] = [];
    for (let c = a; step > 0 ? c <= b : c >= b; c += step) out.push([String.fromCharCode(c)]);
    return out;
  }
  return null;
}
