// Word expansion in bash's order: tilde, parameter, command substitution and arithmetic (left to
// right), then field splitting on IFS, then pathname expansion, then quote removal. Quoting is
// tracked per piece of text, so only unquoted expansion results split and only unquoted glob
// characters glob.

import type { ParamPart, Word, WordPart } from '../parser/ast';
import type { Script } from '../parser/ast';
import type { FileSystem } from '../../engine/fs/types';
import { evaluateArith } from './arith';
import { ExpansionError } from './control';
import { glob } from './glob';
import { escapePattern, hasGlobChars, patternSource } from './pattern';
import type { ShellState } from './state';

/** What expansion needs from the running shell. */
export interface ExpandHost {
  readonly state: ShellState;
  readonly fs: FileSystem;
  readonly pid: number;
  /** Run `$(…)`; resolves to its output with trailing newlines removed. */
  commandSubstitution(body: Script): Promise<string>;
  /** Report an expansion error (`bash: x: unbound variable`). */
  error(message: string): void;
  home(user: string): string;
}

type Seg = { text: string; quoted: boolean; split: boolean } | { brk: true };

interface Field {
  chunks: { text: string; quoted: boolean }[];
}

export class Expander {
  constructor(private readonly host: ExpandHost) {}

  /** Expand to fields: for command words and `for` items. */
  async fields(word: Word): Promise<string[]> {
    const only = word.parts.length === 1 ? word.parts[0] : null;
    if (only?.type === 'lit' && !hasGlobChars(only.value)) return [only.value]; // the common case
    if (only?.type === 'quoted') return [only.value];
    const segs = await this.parts(word.parts, false);
    const fields = this.split(segs);
    const out: string[] = [];
    for (const f of fields) {
      const literal = f.chunks.map((c) => c.text).join('');
      const pattern = f.chunks.map((c) => (c.quoted ? escapePattern(c.text) : c.text)).join('');
      if (
        !this.host.state.flags.noglob &&
        f.chunks.some((c) => !c.quoted && hasGlobChars(c.text))
      ) {
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

  async fieldsOf(words: readonly Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const w of words) out.push(...(await this.fields(w)));
    return out;
  }

  /** Expand to one string, no splitting or globbing: assignments, redirections, `case` words. */
  async string(word: Word): Promise<string> {
    const segs = await this.parts(word.parts, false);
    return segs.map((s) => ('brk' in s ? ' ' : s.text)).join('');
  }

  /** Expand to a pattern: quoted characters are escaped so they match literally. */
  async pattern(word: Word): Promise<string> {
    const segs = await this.parts(word.parts, false);
    return segs.map((s) => ('brk' in s ? ' ' : s.quoted ? escapePattern(s.text) : s.text)).join('');
  }

  private ifs(): string {
    return this.host.state.get('IFS') ?? ' \t\n';
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

  private async parts(parts: readonly WordPart[], inDq: boolean): Promise<Seg[]> {
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
          out.push(...(await this.parts(p.parts, true)));
          break;
        }
        case 'tilde':
          out.push({ text: this.host.home(p.user), quoted: true, split: false });
          break;
        case 'param':
          out.push(...(await this.param(p, inDq)));
          break;
        case 'cmdsub': {
          const text = await this.host.commandSubstitution(p.body);
          out.push({ text, quoted: inDq, split: !inDq });
          break;
        }
        case 'arith': {
          const expr = await this.string(p.expr);
          const r = evaluateArith(expr, this.arithVars());
          if (!r.ok) {
            this.host.error(r.message);
            throw new ExpansionError(1);
          }
          out.push({ text: String(r.value), quoted: inDq, split: !inDq });
          break;
        }
      }
    }
    return out;
  }

  arithVars() {
    const state = this.host.state;
    return {
      get: (name: string) => state.get(name),
      set: (name: string, value: string) => state.set(name, value),
    };
  }

  /** The value of a parameter, or undefined when unset. */
  lookup(name: string): string | undefined {
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
    if (/^[0-9]+$/.test(name)) return st.positional[Number(name) - 1];
    return st.get(name);
  }

  private async param(p: ParamPart, inDq: boolean): Promise<Seg[]> {
    const st = this.host.state;
    const value = this.lookup(p.name);
    const isSet = value !== undefined && (!p.colon || value !== '');
    const result = (text: string): Seg[] => [{ text, quoted: inDq, split: !inDq }];
    const argString = async () => (p.arg ? this.string(p.arg) : '');
    switch (p.op) {
      case undefined:
        break;
      case 'length':
        if (p.name === '@' || p.name === '*') return result(String(st.positional.length));
        return result(String([...(value ?? '')].length));
      case '-':
        if (isSet) break;
        return p.arg ? this.parts(p.arg.parts, inDq) : [];
      case '=': {
        if (isSet) break;
        const v = await argString();
        if (!/^[A-Za-z_]/.test(p.name)) {
          this.host.error(`$${p.name}: cannot assign in this way`);
          throw new ExpansionError(1);
        }
        st.set(p.name, v);
        return result(v);
      }
      case '+':
        if (!isSet) return [];
        return p.arg ? this.parts(p.arg.parts, inDq) : [];
      case '?': {
        if (isSet) break;
        const msg = await argString();
        this.host.error(
          `${p.name}: ${msg || (p.colon ? 'parameter null or not set' : 'parameter not set')}`,
        );
        throw new ExpansionError(1);
      }
      case '#':
      case '##':
      case '%':
      case '%%':
        return result(await this.trim(value ?? '', p));
      case '/':
      case '//':
        return result(await this.replace(value ?? '', p));
    }
    if (value === undefined && st.flags.nounset && p.name !== '@' && p.name !== '*') {
      this.host.error(`${p.name}: unbound variable`);
      throw new ExpansionError(1);
    }
    if ((p.name === '@' || p.name === '*') && inDq) {
      if (p.name === '*') return result(value ?? '');
      const segs: Seg[] = [];
      st.positional.forEach((a, i) => {
        if (i > 0) segs.push({ brk: true });
        segs.push({ text: a, quoted: true, split: false });
      });
      return segs;
    }
    if (p.name === '@' || p.name === '*') {
      const segs: Seg[] = [];
      st.positional.forEach((a, i) => {
        if (i > 0) segs.push({ brk: true });
        segs.push({ text: a, quoted: false, split: true });
      });
      return segs;
    }
    return result(value ?? '');
  }

  private async trim(value: string, p: ParamPart): Promise<string> {
    const pat = p.arg ? await this.pattern(p.arg) : '';
    const longest = p.op === '##' || p.op === '%%';
    const re = new RegExp(`^${safeSource(pat)}$`);
    if (p.op === '#' || p.op === '##') {
      const order = range(0, value.length, longest);
      for (const i of order) if (re.test(value.slice(0, i))) return value.slice(i);
    } else {
      const order = range(0, value.length, !longest);
      for (const i of order) if (re.test(value.slice(i))) return value.slice(0, i);
    }
    return value;
  }

  private async replace(value: string, p: ParamPart): Promise<string> {
    let pat = p.arg ? await this.pattern(p.arg) : '';
    const rep = p.rep ? await this.string(p.rep) : '';
    let anchor: '' | '#' | '%' = '';
    if (pat.startsWith('#') || pat.startsWith('%')) {
      anchor = pat[0] as '#' | '%';
      pat = pat.slice(1);
    }
    if (pat === '') return value;
    const src = safeSource(pat);
    const global = p.op === '//';
    const re = new RegExp(
      anchor === '#' ? `^(?:${src})` : anchor === '%' ? `(?:${src})$` : src,
      global && !anchor ? 'g' : '',
    );
    return value.replace(re, () => rep);
  }
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
