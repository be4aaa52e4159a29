// Word expansion in bash's order: tilde, parameter, command substitution and arithmetic (left to
// right), then field splitting on IFS, then pathname expansion, then quote removal. Quoting is
// tracked per piece of text, so only unquoted expansion results split and only unquoted glob
// characters glob.
//
// Results are values, or Promises only when a `$(…)` awaited (maybe.ts). The common word shapes
// (a literal, `$v`, `"$v"`, `$((…))`) take a direct path; the general walk is a generator that
// yields each `$(…)` body and gets its output back, driven synchronously until one really waits.

import type { ParamPart, Script, Word, WordPart } from '../parser/ast';
import type { FileSystem } from '../../engine/fs/types';
import { evaluateArith, type ArithVars } from './arith';
import { braceExpand } from './brace';
import { ExpansionError } from './control';
import { glob } from './glob';
import { shellQuote } from './quote';
import type { Maybe } from './maybe';
import { escapePattern, hasGlobChars, patternSource } from './pattern';
import type { ShellState } from './state';

/** What expansion needs from the running shell. */
export interface ExpandHost {
  readonly state: ShellState;
  readonly fs: FileSystem;
  readonly pid: number;
  /** Run `$(…)`; its output with trailing newlines removed. */
  commandSubstitution(body: Script): Maybe<string>;
  /** Report an expansion error (`bash: x: unbound variable`); `plain`: no `bash:` prefix. */
  error(message: string, plain?: boolean): void;
  home(user: string): string;
}

type Seg = { text: string; quoted: boolean; split: boolean } | { brk: true };

interface Field {
  chunks: { text: string; quoted: boolean }[];
}

/** The general walk: yields `$(…)` bodies, receives their output. */
type Walk<T> = Generator<Script, T, string>;

const DEFAULT_IFS = ' \t\n';
/** brace.ts stops one word past this. */
const MAX_BRACE_WORDS = 100_000;

export class Expander {
  private readonly vars: ArithVars;

  constructor(private readonly host: ExpandHost) {
    this.vars = {
      get: (name) => this.lookupVar(name),
      set: (name, value) => this.assignArith(name, value, -1),
      getAt: (name, i) => this.host.state.getAt(name, i),
      setAt: (name, i, value) => this.assignArith(name, value, i),
    };
  }

  /** Expand to fields: for command words and `for` items. */
  fields(word: Word): Maybe<string[]> {
    const parts = word.parts;
    if (parts.length === 1) {
      const only = parts[0];
      if (only.type === 'lit' && !hasGlobChars(only.value) && !only.value.includes('{'))
        return [only.value];
      if (only.type === 'quoted') return [only.value];
      if (isPlainParam(only)) {
        const v = this.value(only.name);
        if (v === '') return [];
        if (!this.needsSplitOrGlob(v)) return [v];
      }
      if (only.type === 'dq') {
        const v = this.plain(only.parts);
        if (v !== null) return [v];
      }
      if (only.type === 'arith') {
        const expr = this.plain(only.expr.parts);
        if (expr !== null) {
          const v = this.arith(expr);
          if (!this.needsSplitOrGlob(v)) return [v];
        }
      }
    }
    const braced = braceExpand(word);
    if (braced) {
      if (braced.length > MAX_BRACE_WORDS) {
        this.host.error(
          `layerlab: brace expansion past ${MAX_BRACE_WORDS.toLocaleString('en-US')} words is not modelled`,
          true,
        );
        throw new ExpansionError(1);
      }
      return this.fieldsOf(braced);
    }
    const segs = this.drive(this.walkParts(parts, false));
    if (segs instanceof Promise) return segs.then((s) => this.toFields(s));
    return this.toFields(segs);
  }

  fieldsOf(words: readonly Word[]): Maybe<string[]> {
    if (words.length === 0) return [];
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const f = this.fields(words[i]);
      if (f instanceof Promise) return this.fieldsOfAsync(words, i, f, out);
      if (f.length === 1) out.push(f[0]);
      else for (const x of f) out.push(x);
    }
    return out;
  }

  private async fieldsOfAsync(
    words: readonly Word[],
    i: number,
    pending: Promise<string[]>,
    out: string[],
  ): Promise<string[]> {
    out.push(...(await pending));
    for (let j = i + 1; j < words.length; j++) out.push(...(await this.fields(words[j])));
    return out;
  }

  /** Expand to one string, no splitting or globbing: assignments, redirections, `case` words. */
  string(word: Word): Maybe<string> {
    const parts = word.parts;
    if (parts.length === 0) return '';
    if (parts.length === 1) {
      const only = parts[0];
      if (only.type === 'lit' || only.type === 'quoted') return only.value;
      if (isPlainParam(only)) return this.value(only.name);
      if (only.type === 'arith') {
        const expr = this.plain(only.expr.parts);
        if (expr !== null) return this.arith(expr);
      }
    }
    const v = this.plain(parts);
    if (v !== null) return v;
    const segs = this.drive(this.walkParts(parts, false));
    if (segs instanceof Promise) return segs.then(joinSegs);
    return joinSegs(segs);
  }

  /** Expand to a pattern: quoted characters are escaped so they match literally. */
  pattern(word: Word): Maybe<string> {
    const parts = word.parts;
    if (parts.length === 1 && parts[0].type === 'lit') return parts[0].value;
    const segs = this.drive(this.walkParts(parts, false));
    if (segs instanceof Promise) return segs.then(patternOf);
    return patternOf(segs);
  }

  /**
   * The text of parts that need no walk — literals, quotes, plain `$name` (also inside "…") —
   * or null. As a string (no splitting), which is what assignments and `"…"` want.
   */
  private plain(parts: readonly WordPart[]): string | null {
    let s = '';
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.type === 'lit' || p.type === 'quoted') s += p.value;
      else if (isPlainParam(p)) s += this.value(p.name);
      else if (p.type === 'dq') {
        const inner = this.plain(p.parts);
        if (inner === null) return null;
        s += inner;
      } else return null;
    }
    return s;
  }

  /** Expand the right side of `=~`: quoted parts match literally, the rest is regex syntax. */
  regex(word: Word): Maybe<string> {
    const segs = this.drive(this.walkParts(word.parts, false));
    if (segs instanceof Promise) return segs.then(regexOf);
    return regexOf(segs);
  }

  // ---- driving the walk ------------------------------------------------------------------

  private drive<T>(walk: Walk<T>): Maybe<T> {
    let r = walk.next();
    while (!r.done) {
      const out = this.host.commandSubstitution(r.value);
      if (typeof out !== 'string') return this.driveAsync(walk, out);
      r = walk.next(out);
    }
    return r.value;
  }

  private async driveAsync<T>(walk: Walk<T>, pending: Promise<string>): Promise<T> {
    let r = walk.next(await pending);
    while (!r.done) r = walk.next(await this.host.commandSubstitution(r.value));
    return r.value;
  }

  private *walkFields(word: Word): Walk<string[]> {
    const braced = braceExpand(word);
    if (braced) {
      const out: string[] = [];
      for (const w of braced) out.push(...(yield* this.walkFields(w)));
      return out;
    }
    return this.toFields(yield* this.walkParts(word.parts, false));
  }

  private *walkString(word: Word): Walk<string> {
    return joinSegs(yield* this.walkParts(word.parts, false));
  }

  private *walkPattern(word: Word): Walk<string> {
    return patternOf(yield* this.walkParts(word.parts, false));
  }

  private *walkParts(parts: readonly WordPart[], inDq: boolean): Walk<Seg[]> {
    const out: Seg[] = [];
    for (const p of parts) {
      switch (p.type) {
        case 'lit':
          out.push({ text: p.value, quoted: inDq, split: false });
          break;
        case 'quoted':
          out.push({ text: p.value, quoted: true, split: false });
          break;
        case 'dq': {
          const only = p.parts.length === 1 ? p.parts[0] : undefined;
          const atOnly = only?.type === 'param' && only.name === '@' && !only.op;
          if (!atOnly) out.push({ text: '', quoted: true, split: false });
          out.push(...(yield* this.walkParts(p.parts, true)));
          break;
        }
        case 'tilde':
          out.push({ text: this.host.home(p.user), quoted: true, split: false });
          break;
        case 'param':
          out.push(...(yield* this.walkParam(p, inDq)));
          break;
        case 'cmdsub': {
          const text: string = yield p.body;
          out.push({ text, quoted: inDq, split: !inDq });
          break;
        }
        case 'arith': {
          const expr = yield* this.walkString(p.expr);
          out.push({ text: this.arith(expr), quoted: inDq, split: !inDq });
          break;
        }
        case 'array': {
          const items: string[] = [];
          for (const w of p.items) items.push(...(yield* this.walkFields(w)));
          out.push({ text: `(${items.map(shellQuote).join(' ')})`, quoted: true, split: false });
          break;
        }
      }
    }
    return out;
  }

  private arith(expr: string): string {
    const r = evaluateArith(expr, this.vars);
    if (!r.ok) {
      this.host.error(r.message);
      throw new ExpansionError(1);
    }
    return String(r.value);
  }

  arithVars(): ArithVars {
    return this.vars;
  }

  // ---- parameters ------------------------------------------------------------------------

  private ifs(): string {
    return this.host.state.get('IFS') ?? DEFAULT_IFS;
  }

  /** Whether an unquoted value would be split or globbed (else it is one field as it is). */
  private needsSplitOrGlob(v: string): boolean {
    const ifs = this.host.state.vars.get('IFS');
    if (ifs === undefined) {
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        // space, tab, newline, *, ?, [
        if (c === 32 || c === 9 || c === 10 || c === 42 || c === 63 || c === 91) return true;
      }
      return false;
    }
    for (let i = 0; i < v.length; i++) if (ifs.value.includes(v[i])) return true;
    return hasGlobChars(v);
  }

  /** A plain `$name`: its value, '' when unset (or the `set -u` error). */
  private value(name: string): string {
    const v = this.lookup(name);
    if (v !== undefined) return v;
    if (this.host.state.flags.nounset) {
      this.host.error(`${name}: unbound variable`);
      throw new ExpansionError(1, true);
    }
    return '';
  }

  /** An assignment made by arithmetic (`x=1`, `x++`, `a[i]+=2`). */
  private assignArith(name: string, value: string, index: number): void {
    const st = this.host.state;
    if (st.isReadonly(name)) {
      this.host.error(`${name}: readonly variable`);
      throw new ExpansionError(1);
    }
    if (index >= 0) st.setAt(name, index, value);
    else st.set(name, value);
  }

  private lookupVar(name: string): string | undefined {
    return this.host.state.vars.get(name)?.value;
  }

  /** The value of a parameter, or undefined when unset. */
  lookup(name: string): string | undefined {
    const c = name.charCodeAt(0);
    // Letters and underscore: an ordinary variable (the common case).
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)
      return this.host.state.vars.get(name)?.value;
    const st = this.host.state;
    switch (name) {
      case '?':
        return String(st.status);
      case '$':
        return String(this.host.pid);
      case '#':
        return String(st.positional.length);
      case '0':
        return st.name;
      case '!':
        return '';
      case '-': {
        const f = st.flags;
        return `${f.errexit ? 'e' : ''}hB${f.nounset ? 'u' : ''}${f.xtrace ? 'x' : ''}`;
      }
      case '@':
      case '*':
        return st.positional.length > 0
          ? st.positional.join(name === '*' ? this.ifs().charAt(0) : ' ')
          : undefined;
    }
    if (c >= 48 && c <= 57) return st.positional[Number(name) - 1];
    return st.get(name);
  }

  private *walkParam(p: ParamPart, inDq: boolean): Walk<Seg[]> {
    const st = this.host.state;
    // A list: "$@", "$*", "${a[@]}", "${a[*]}", "${!a[@]}"; else one value.
    let list: string[] | null = null;
    let star = p.name === '*';
    let value: string | undefined;
    if (p.op === 'keys') list = st.keys(p.name).map(String);
    else if (p.index === '@' || p.index === '*') {
      list = st.values(p.name);
      star = p.index === '*';
    } else if (p.index !== undefined) {
      const i = this.subscriptOf(p.name, yield* this.walkString(p.index));
      value = i === null ? undefined : st.getAt(p.name, i);
    } else if (isListParam(p.name)) list = st.positional;
    else value = this.lookup(p.name);
    if (list !== null)
      value = list.length > 0 ? list.join(star ? this.ifs().charAt(0) : ' ') : undefined;
    const isSet = value !== undefined && (!p.colon || value !== '');
    const result = oneSeg;
    switch (p.op) {
      case undefined:
      case 'keys':
        break;
      case 'length':
        if (list !== null) return result(String(list.length), inDq);
        return result(String([...(value ?? '')].length), inDq);
      case '-':
        if (isSet) break;
        return p.arg ? yield* this.walkParts(p.arg.parts, inDq) : [];
      case '=': {
        if (isSet) break;
        const v = p.arg ? yield* this.walkString(p.arg) : '';
        if (!/^[A-Za-z_]/.test(p.name) || list !== null) {
          this.host.error(`$${p.name}: cannot assign in this way`);
          throw new ExpansionError(1);
        }
        this.assignArith(p.name, v, -1);
        return result(v, inDq);
      }
      case '+':
        if (!isSet) return [];
        return p.arg ? yield* this.walkParts(p.arg.parts, inDq) : [];
      case '?': {
        if (isSet) break;
        const msg = p.arg ? yield* this.walkString(p.arg) : '';
        this.host.error(
          `${p.name}: ${msg || (p.colon ? 'parameter null or not set' : 'parameter not set')}`,
        );
        throw new ExpansionError(1, true);
      }
      case 'substr': {
        const offset = this.arithNumber(p.arg ? yield* this.walkString(p.arg) : '');
        const length = p.rep ? this.arithNumber(yield* this.walkString(p.rep)) : undefined;
        if (list !== null) {
          // `${@:1}` counts $0 as element 0.
          const all = isListParam(p.name) && p.index === undefined ? [st.name, ...list] : list;
          const sliced = slice(all, offset, length);
          if (sliced === null) return this.badLength(length);
          return this.listSegs(sliced, inDq, star);
        }
        const chars = [...(value ?? '')];
        const sliced = slice(chars, offset, length);
        if (sliced === null) return this.badLength(length);
        return result(sliced.join(''), inDq);
      }
      case '#':
      case '##':
      case '%':
      case '%%': {
        const pat = p.arg ? yield* this.walkPattern(p.arg) : '';
        const op = p.op;
        if (list !== null)
          return this.listSegs(
            list.map((v) => trim(v, pat, op)),
            inDq,
            star,
          );
        return result(trim(value ?? '', pat, op), inDq);
      }
      case '/':
      case '//': {
        const pat = p.arg ? yield* this.walkPattern(p.arg) : '';
        const rep = p.rep ? yield* this.walkString(p.rep) : '';
        const global = p.op === '//';
        if (list !== null)
          return this.listSegs(
            list.map((v) => replace(v, pat, rep, global)),
            inDq,
            star,
          );
        return result(replace(value ?? '', pat, rep, global), inDq);
      }
    }
    if (value === undefined && st.flags.nounset && list === null) {
      this.host.error(`${p.index !== undefined ? `${p.name}[…]` : p.name}: unbound variable`);
      throw new ExpansionError(1, true);
    }
    if (list !== null) return this.listSegs(list, inDq, star);
    return result(value ?? '', inDq);
  }

  /** A list as fields: separate words, except `"…[*]"` which joins with IFS's first character. */
  private listSegs(list: readonly string[], inDq: boolean, star: boolean): Seg[] {
    if (star && inDq)
      return [{ text: list.join(this.ifs().charAt(0)), quoted: true, split: false }];
    const segs: Seg[] = [];
    list.forEach((a, i) => {
      if (i > 0) segs.push({ brk: true });
      segs.push({ text: a, quoted: inDq, split: !inDq });
    });
    return segs;
  }

  private badLength(length: number | undefined): never {
    this.host.error(`${length}: substring expression < 0`);
    throw new ExpansionError(1);
  }

  private arithNumber(expr: string): number {
    return Number(this.arith(expr));
  }

  /** An array subscript's value; negative counts from the end (null: before the start). */
  subscriptOf(name: string, expr: string): number | null {
    let i = this.arithNumber(expr);
    if (i < 0) {
      const keys = this.host.state.keys(name);
      i += keys.length > 0 ? keys[keys.length - 1] + 1 : 0;
      if (i < 0) {
        this.host.error(`${name}: bad array subscript`);
        return null;
      }
    }
    return i;
  }

  // ---- fields ----------------------------------------------------------------------------

  private toFields(segs: Seg[]): string[] {
    const fields = this.split(segs);
    const out: string[] = [];
    const noglob = this.host.state.flags.noglob;
    for (const f of fields) {
      const literal = f.chunks.map((c) => c.text).join('');
      if (!noglob && f.chunks.some((c) => !c.quoted && hasGlobChars(c.text))) {
        const pattern = f.chunks.map((c) => (c.quoted ? escapePattern(c.text) : c.text)).join('');
        const matches = glob(pattern, this.host.state.cwd, this.host.fs);
        if (matches.length > 0) {
          out.push(...matches);
          continue;
        }
      }
      out.push(literal);
    }
    return out;
  }

  private split(segs: Seg[]): Field[] {
    const ifs = this.ifs();
    const fields: Field[] = [];
    let cur: Field | null = null;
    const ensure = (): Field => (cur ??= { chunks: [] });
    const end = () => {
      if (cur) fields.push(cur);
      cur = null;
    };
    for (const s of segs) {
      if ('brk' in s) {
        end();
        ensure();
        continue;
      }
      if (!s.split || s.quoted) {
        if (s.text !== '' || s.quoted) ensure().chunks.push({ text: s.text, quoted: s.quoted });
        continue;
      }
      let buf = '';
      let sawNonWsDelim = false;
      for (const c of s.text) {
        if (ifs.includes(c)) {
          const ws = c === ' ' || c === '\t' || c === '\n';
          if (buf) ensure().chunks.push({ text: buf, quoted: false });
          buf = '';
          if (ws) {
            end();
          } else {
            if (!cur && !sawNonWsDelim) ensure();
            if (!cur) ensure();
            end();
            sawNonWsDelim = true;
          }
        } else {
          buf += c;
          sawNonWsDelim = false;
        }
      }
      if (buf) ensure().chunks.push({ text: buf, quoted: false });
    }
    end();
    return fields;
  }
}

/** One piece of text: quoted inside "…", else subject to splitting and globbing. */
function oneSeg(text: string, inDq: boolean): Seg[] {
  return [{ text, quoted: inDq, split: !inDq }];
}

/** `$name` or `${name}`: no operator, no subscript, not `$@`/`$*`. */
function isPlainParam(p: WordPart): p is ParamPart {
  return p.type === 'param' && p.op === undefined && p.index === undefined && !isListParam(p.name);
}

/** `${v:offset:length}` on a list of characters or elements; null for a negative end < start. */
function slice<T>(all: readonly T[], offset: number, length: number | undefined): T[] | null {
  const n = all.length;
  let start = offset < 0 ? Math.max(n + offset, -1) : offset;
  if (start < 0) return [];
  start = Math.min(start, n);
  if (length === undefined) return all.slice(start);
  const end = length < 0 ? n + length : start + length;
  if (end < start) return length < 0 ? null : [];
  return all.slice(start, end);
}

function isListParam(name: string): boolean {
  return name === '@' || name === '*';
}

function joinSegs(segs: Seg[]): string {
  let s = '';
  for (const x of segs) s += 'brk' in x ? ' ' : x.text;
  return s;
}

function patternOf(segs: Seg[]): string {
  let s = '';
  for (const x of segs) s += 'brk' in x ? ' ' : x.quoted ? escapePattern(x.text) : x.text;
  return s;
}

function regexOf(segs: Seg[]): string {
  let s = '';
  for (const x of segs)
    s += 'brk' in x ? ' ' : x.quoted ? x.text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : x.text;
  return s;
}

function trim(value: string, pat: string, op: '#' | '##' | '%' | '%%'): string {
  const longest = op === '##' || op === '%%';
  const re = new RegExp(`^${safeSource(pat)}$`);
  if (op === '#' || op === '##') {
    for (const i of range(0, value.length, longest))
      if (re.test(value.slice(0, i))) return value.slice(i);
  } else {
    for (const i of range(0, value.length, !longest))
      if (re.test(value.slice(i))) return value.slice(0, i);
  }
  return value;
}

function replace(value: string, pat: string, rep: string, global: boolean): string {
  let anchor: '' | '#' | '%' = '';
  if (pat.startsWith('#') || pat.startsWith('%')) {
    anchor = pat[0] as '#' | '%';
    pat = pat.slice(1);
  }
  if (pat === '') return value;
  const src = safeSource(pat);
  const re = new RegExp(
    anchor === '#' ? `^(?:${src})` : anchor === '%' ? `(?:${src})$` : src,
    global && !anchor ? 'g' : '',
  );
  return value.replace(re, () => rep);
}

function range(from: number, to: number, descending: boolean): number[] {
  const r: number[] = [];
  for (let i = from; i <= to; i++) r.push(i);
  return descending ? r.reverse() : r;
}

function safeSource(pattern: string): string {
  try {
    const s = patternSource(pattern);
    new RegExp(s);
    return s;
  } catch {
    return escapePattern(pattern).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
}
