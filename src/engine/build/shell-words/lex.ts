// BuildKit's word expansion (frontend/dockerfile/shell): how ENV, ARG, COPY, WORKDIR… expand
// `$VAR`, `${VAR:-x}` and friends, and how quotes and the escape token are removed. These are
// Dockerfile rules, not bash's: `\t` outside quotes is `t`, `$1` and `$@` are always empty, a
// trailing escape is dropped, `${VAR:=x}` is an error.

import { goQuote } from '../text/go-quote';
import { isGoSpace } from '../text/go-space';
import type { EnvGetter } from './env';
import { replacePattern, trimPrefix, trimSuffix } from './pattern';

export interface LexOptions {
  /** `\` (default) or `` ` `` after `# escape=``. */
  readonly escapeToken?: '\\' | '`';
  /** Keep quote characters in the result (used to tell quoted here-doc terminators). */
  readonly rawQuotes?: boolean;
  /** Keep escape tokens in the result. */
  readonly rawEscapes?: boolean;
  /** Leave `$VAR` / `${VAR…}` as written when VAR is unset instead of expanding to ``. */
  readonly skipUnsetEnv?: boolean;
  /** Treat quotes as ordinary characters (here-doc bodies: only `$` is special). */
  readonly skipProcessQuotes?: boolean;
}

export interface Expansion {
  /** The whole input expanded as one word (spaces kept). */
  readonly word: string;
  /** The input expanded and split into words as BuildKit splits them. */
  readonly words: readonly string[];
  /** Variables that were referenced and set, and those referenced but unset. */
  readonly matched: ReadonlySet<string>;
  readonly unmatched: ReadonlySet<string>;
}

export type ExpansionResult =
  ({ readonly ok: true } & Expansion) | { readonly ok: false; readonly error: string };

/** Expands `input`; never throws. */
export function expand(input: string, env: EnvGetter, options: LexOptions = {}): ExpansionResult {
  const sw = new ShellWord(input, env, options);
  try {
    const { text, words } = sw.processStopOn(undefined, options.rawEscapes ?? false);
    return { ok: true, word: text, words, matched: sw.matched, unmatched: sw.unmatched };
  } catch (e) {
    if (e instanceof LexError) {
      return { ok: false, error: `failed to process ${goQuote(input)}: ${e.message}` };
    }
    throw e;
  }
}

/** One word in, one word out (BuildKit's ProcessWord). */
export function expandWord(
  input: string,
  env: EnvGetter,
  options?: LexOptions,
): { ok: true; value: string } | { ok: false; error: string } {
  const r = expand(input, env, options);
  return r.ok ? { ok: true, value: r.word } : r;
}

/** One line in, a list of words out (BuildKit's ProcessWords). */
export function expandWords(
  input: string,
  env: EnvGetter,
  options?: LexOptions,
): { ok: true; words: readonly string[] } | { ok: false; error: string } {
  const r = expand(input, env, options);
  return r.ok ? { ok: true, words: r.words } : r;
}

// Internal only: unwinds the recursive descent; `expand` turns it into a value.
class LexError extends Error {}

/** Accumulates the split words: spaces from variable values split, quoted text never does. */
class Words {
  readonly list: string[] = [];
  private word = '';
  private inWord = false;

  addChar(ch: string): void {
    const space = isGoSpace(ch.codePointAt(0) ?? 0);
    if (space && this.inWord) {
      if (this.word.length !== 0) {
        this.list.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else if (!space) this.addRaw(ch);
  }

  addRaw(s: string): void {
    this.word += s;
    this.inWord = true;
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  finish(): string[] {
    if (this.word.length > 0) {
      this.list.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.list;
  }
}

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const IS_LETTER = /\p{L}/u;
const IS_DIGIT = /\p{Nd}/u;

class ShellWord {
  private readonly chars: string[];
  private pos = 0;
  private readonly escape: string;
  private rawEscapes: boolean;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();

  constructor(
    input: string,
    private readonly env: EnvGetter,
    private readonly options: LexOptions,
  ) {
    this.chars = Array.from(input);
    this.escape = options.escapeToken ?? '\\';
    this.rawEscapes = options.rawEscapes ?? false;
  }

  private peek(): string | undefined {
    return this.chars[this.pos];
  }

  private next(): string | undefined {
    return this.chars[this.pos++];
  }

  processStopOn(stop: string | undefined, rawEscapes: boolean): { text: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.stopOn(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private stopOn(stop: string | undefined): { text: string; words: string[] } {
    let text = '';
    const words = new Words();
    const quotes = !this.options.skipProcessQuotes;
    for (let ch = this.peek(); ch !== undefined; ch = this.peek()) {
      if (stop !== undefined && ch === stop) {
        this.pos++;
        return { text, words: words.finish() };
      }
      if (ch === '$') {
        const value = this.processDollar();
        text += value;
        words.addString(value);
      } else if (quotes && (ch === "'" || ch === '"')) {
        const value = ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
        text += value;
        words.addRaw(value);
      } else if (ch === '<') {
        const value = this.processPossibleHeredoc();
        text += value;
        words.addRaw(value);
      } else {
        this.pos++;
        if (ch === this.escape) {
          if (this.rawEscapes) {
            words.addRaw(ch);
            text += ch;
          }
          const escaped = this.next();
          if (escaped === undefined) break; // a trailing escape is dropped
          words.addRaw(escaped);
          text += escaped;
        } else {
          words.addChar(ch);
          text += ch;
        }
      }
    }
    if (stop !== undefined) {
      throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    }
    return { text, words: words.finish() };
  }

  private processSingleQuote(): string {
    const raw = this.options.rawQuotes ?? false;
    let out = raw ? (this.next() ?? '') : (this.next(), '');
    for (;;) {
      const ch = this.next();
      if (ch === undefined) {
        throw new LexError('unexpected end of statement while looking for matching single-quote');
      }
      if (ch === "'") return raw ? out + ch : out;
      out += ch;
    }
  }

  private processDoubleQuote(): string {
    const raw = this.options.rawQuotes ?? false;
    let out = raw ? (this.next() ?? '') : (this.next(), '');
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) {
        throw new LexError('unexpected end of statement while looking for matching double-quote');
      }
      if (ch === '"') {
        this.pos++;
        return raw ? out + ch : out;
      }
      if (ch === '$') {
        out += this.processDollar();
        continue;
      }
      this.pos++;
      let c = ch;
      if (c === this.escape) {
        if (this.rawEscapes) out += c;
        const after = this.peek();
        if (after === undefined) continue; // `\` at the very end is ignored
        // Inside double quotes only ", $ and the escape token itself can be escaped.
        if (after === '"' || after === '$' || after === this.escape) {
          c = after;
          this.pos++;
        }
      }
      out += c;
    }
  }

  /** `<<` plus any blanks after it stay one word, so `<< EOF` is seen as a here-doc. */
  private processPossibleHeredoc(): string {
    this.pos++;
    if (this.peek() !== '<') return '<';
    this.pos++;
    let out = '<<';
    for (let ch = this.peek(); ch === ' ' || ch === '\t'; ch = this.peek()) {
      out += ch;
      this.pos++;
    }
    return out;
  }

  private lookup(name: string): string | undefined {
    const value = this.env.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }

  private processDollar(): string {
    this.pos++; // the $
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.lookup(name);
      if (value === undefined && this.options.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.pos++; // the {
    const first = this.peek();
    if (first === undefined) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') {
      throw new LexError('syntax error: bad substitution');
    }
    const name = this.processName();
    let ch = this.next();
    if (ch === undefined) throw new LexError("syntax error: missing '}'");
    if (ch === '}') {
      const value = this.lookup(name);
      if (value === undefined && this.options.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === '/') return this.processReplace(name);
    let modifier = ch;
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      modifier += ch ?? '';
    }
    if (ch !== '+' && ch !== '-' && ch !== '?' && ch !== '#' && ch !== '%' && !nullIsUnset) {
      throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    }
    const patternOp = ch === '#' || ch === '%';
    if (nullIsUnset && patternOp) {
      throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    }
    const word = this.wordUntilBrace(patternOp);
    const value = this.lookup(name);
    if (value === undefined && this.options.skipUnsetEnv) return `\${${name}${modifier}${word}}`;
    const set = value !== undefined;
    const empty = !set || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return empty ? word : (value ?? '');
      case '+':
        return empty ? '' : word;
      case '?':
        if (!set) throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (empty) throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value ?? '';
      case '#':
      case '%': {
        let pattern = word;
        const longest = pattern.startsWith(ch);
        if (longest) pattern = pattern.slice(1);
        const trimmed =
          ch === '%'
            ? trimSuffix(value ?? '', pattern, longest)
            : trimPrefix(value ?? '', pattern, longest);
        if (trimmed === undefined) {
          throw new LexError(`invalid pattern (${pattern}) in substitution`);
        }
        return trimmed;
      }
      default:
        throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    }
  }

  private wordUntilBrace(rawEscapes: boolean): string {
    try {
      return this.processStopOn('}', rawEscapes).text;
    } catch (e) {
      if (e instanceof LexError && this.peek() === undefined) {
        throw new LexError("syntax error: missing '}'");
      }
      throw e;
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.pos++;
    let pattern: string;
    try {
      pattern = this.processStopOn('/', true).text;
    } catch (e) {
      if (e instanceof LexError && this.peek() === undefined) {
        throw new LexError("syntax error: missing '/' in ${}");
      }
      throw e;
    }
    const replacement = this.wordUntilBrace(true);
    const value = this.lookup(name);
    if (value === undefined && this.options.skipUnsetEnv) {
      return `\${${name}/${pattern}/${replacement}}`;
    }
    const out = replacePattern(value ?? '', pattern, replacement, all);
    if (out === undefined) throw new LexError(`invalid pattern (${pattern}) in substitution`);
    return out;
  }

  /** A name: letters, digits, `_`; or a run of digits; or one special parameter character. */
  private processName(): string {
    let name = '';
    for (let ch = this.peek(); ch !== undefined; ch = this.peek()) {
      if (name === '' && IS_DIGIT.test(ch)) {
        for (let d = this.peek(); d !== undefined && IS_DIGIT.test(d); d = this.peek()) {
          name += d;
          this.pos++;
        }
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) {
        this.pos++;
        return ch;
      }
      if (!IS_LETTER.test(ch) && !IS_DIGIT.test(ch) && ch !== '_') break;
      name += ch;
      this.pos++;
    }
    return name;
  }
}
