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
import { ExpansionError } from './control';
import { glob } from './glob';
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
  /** Report an expansion error (`bash: x: unbound variable`). */
  error(message: string): void;
  home(user: string): string;
}

type Seg = { text: string; quoted: boolean; split: boolean } | { brk: true };

interface Field {
  chunks: { text: string; quoted: boolean }[];
}

/** The general walk: yields `$(…)` bodies, receives their output. */
type Walk<T> = Generator<Script, T, string>;

const DEFAULT_IFS = ' \t\n';

export class Expander {
  private readonly vars: ArithVars;

  constructor(private readonly host: ExpandHost) {
    this.vars = {
      get: (name) => this.lookupVar(name),
      set: (name, value) => this.host.state.set(name, value),
    };
  }

  /** Expand to fields: for command words and `for` items. */
  fields(word: Word): Maybe<string[]> {
    const parts = word.parts;
    if (parts.length === 1) {
      const only = parts[0];
      if (only.type === 'lit' && !hasGlobChars(only.value)) return [only.value];
      if (only.type === 'quoted') return [only.value];
      if (only.type === 'param' && only.op === undefined && !isListParam(only.name)) {
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
      if (only.type === 'param' && only.op === undefined && !isListParam(only.name))
        return this.value(only.name);
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
      else if (p.type === 'param' && p.op === undefined && !isListParam(p.name))
        s += this.value(p.name);
      else if (p.type === 'dq') {
        const inner = this.plain(p.parts);
        if (inner === null) return null;
        s += inner;
      } else return null;
    }
    return s;
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
      throw new ExpansionError(1);
    }
    return '';
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
    const value = this.lookup(p.name);
    const isSet = value !== undefined && (!p.colon || value !== '');
    const result = (text: string): Seg[] => [{ text, quoted: inDq, split: !inDq }];
    switch (p.op) {
      case undefined:
        break;
      case 'length':
        if (p.name === '@' || p.name === '*') return result(String(st.positional.length));
        return result(String([...(value ?? '')].length));
      case '-':
        if (isSet) break;
        return p.arg ? yield* this.walkParts(p.arg.parts, inDq) : [];
      case '=': {
        if (isSet) break;
        const v = p.arg ? yield* this.walkString(p.arg) : '';
        if (!/^[A-Za-z_]/.test(p.name)) {
          this.host.error(`$${p.name}: cannot assign in this way`);
          throw new ExpansionError(1);
        }
        st.set(p.name, v);
        return result(v);
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
        throw new ExpansionError(1);
      }
      case '#':
      case '##':
      case '%':
      case '%%': {
        const pat = p.arg ? yield* this.walkPattern(p.arg) : '';
        return result(trim(value ?? '', pat, p.op));
      }
      case '/':
      case '//': {
        const pat = p.arg ? yield* this.walkPattern(p.arg) : '';
        const rep = p.rep ? yield* this.walkString(p.rep) : '';
        return result(replace(value ?? '', pat, rep, p.op === '//'));
      }
    }
    if (value === undefined && st.flags.nounset && !isListParam(p.name)) {
      this.host.error(`${p.name}: unbound variable`);
      throw new ExpansionError(1);
    }
    if (isListParam(p.name)) {
      if (p.name === '*' && inDq) return result(value ?? '');
      const segs: Seg[] = [];
      st.positional.forEach((a, i) => {
        if (i > 0) segs.push({ brk: true });
        segs.push({ text: a, quoted: inDq, split: !inDq });
      });
      return segs;
    }
    return result(value ?? '');
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
