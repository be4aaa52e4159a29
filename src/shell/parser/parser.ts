// A recursive-descent parser for the bash subset the lab speaks.
//
// Why hand-written: the npm candidates are either POSIX-sh-only and unmaintained (bash-parser,
// last release 2017, pulls babel-runtime), or WebAssembly (tree-sitter-bash, ~400 kB plus a
// runtime) — both too heavy for the terminal-first chunk. A parser that returns our own AST, with
// bash's error texts and an "incomplete" flag for PS2, is a few hundred lines.
//
// Shape: a lexer with one token of lookahead (`peek`/`next`) that reads words with their quoting
// structure, and a parser on top. Bash's lexing depends on context (reserved words only in command
// position, here-doc bodies after the next newline, `$(…)` holding a whole script), so both live
// in one class over one cursor. Errors are thrown internally as ParseFailure and turned into a
// value by `parse`, which never throws.

import type {
  AndOr,
  Assignment,
  CaseItem,
  Command,
  CondExpr,
  ListItem,
  ParamOp,
  ParamPart,
  Pipeline,
  Redirect,
  RedirOp,
  Script,
  Word,
  WordPart,
} from './ast';

export interface SyntaxError {
  /** Bash's text without the `bash: ` prefix, e.g. "syntax error near unexpected token `)'". */
  readonly message: string;
  /** True when more input could complete the command (open quote, `if` without `fi`, …). */
  readonly incomplete: boolean;
  readonly line: number;
}

export type ParseResult =
  | { readonly ok: true; readonly script: Script }
  | { readonly ok: false; readonly error: SyntaxError };

export interface ParseOptions {
  /** Alias lookup for words in command position. */
  readonly alias?: (name: string) => string | undefined;
}

export function parse(source: string, options: ParseOptions = {}): ParseResult {
  try {
    const p = new Parser(source, options);
    const script = p.parseScript(new Set());
    const t = p.peek();
    if (t.kind !== 'eof') p.unexpected(t);
    return { ok: true, script };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    // Deeply nested input can overflow the stack; report it as bash would report nonsense.
    return {
      ok: false,
      error: { message: 'syntax error: expression too deeply nested', incomplete: false, line: 1 },
    };
  }
}

class ParseFailure {
  constructor(readonly error: SyntaxError) {}
}

type Token =
  | { kind: 'word'; word: Word; raw: string; start: number; end: number }
  | { kind: 'op'; value: string }
  | { kind: 'redir'; op: RedirOp; fd?: number }
  | { kind: 'eof' };

type CondToken =
  { kind: 'end' } | { kind: 'op'; value: string } | { kind: 'word'; raw: string; word: Word };

const COND_UNARY = new Set(
  [
    '-a',
    '-b',
    '-c',
    '-d',
    '-e',
    '-f',
    '-g',
    '-h',
    '-k',
    '-p',
    '-r',
    '-s',
    '-t',
    '-u',
    '-w',
    '-x',
  ].concat(['-G', '-L', '-N', '-O', '-S', '-z', '-n', '-v', '-o']),
);
const COND_BINARY = new Set([
  '==',
  '=',
  '!=',
  '=~',
  '<',
  '>',
  '-eq',
  '-ne',
  '-lt',
  '-le',
  '-gt',
  '-ge',
  '-nt',
  '-ot',
  '-ef',
]);

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  strip: boolean;
  quoted: boolean;
}

const RESERVED = new Set([
  '[[',
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'for',
  'in',
  'do',
  'done',
  'while',
  'until',
  'case',
  'esac',
  '{',
  '}',
  '!',
  'function',
]);
const META = ' \t\n;&|<>()';
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;
const SPECIAL_PARAMS = '@*#?$!-0123456789';

type Mode = 'word' | 'dq' | 'heredoc' | 'brace' | 'pattern' | 'regex' | 'subscript';

class Parser {
  private src: string;
  pos = 0;
  private line = 1;
  private la: Token | null = null;
  private readonly pending: PendingHeredoc[] = [];
  private readonly aliasing = new Set<string>();

  constructor(
    source: string,
    private readonly options: ParseOptions,
  ) {
    this.src = source;
  }

  // ---- errors -------------------------------------------------------------------------------

  fail(message: string, incomplete = false): never {
    throw new ParseFailure({ message, incomplete, line: this.line });
  }

  eofError(): never {
    this.fail('syntax error: unexpected end of file', true);
  }

  unexpected(t: Token): never {
    if (t.kind === 'eof') this.eofError();
    this.fail(`syntax error near unexpected token \`${tokenText(t)}'`);
  }

  // ---- tokens -------------------------------------------------------------------------------

  peek(): Token {
    if (!this.la) this.la = this.lex();
    return this.la;
  }

  next(): Token {
    const t = this.peek();
    this.la = null;
    return t;
  }

  private isOp(t: Token, value: string): boolean {
    return t.kind === 'op' && t.value === value;
  }

  private isWord(t: Token, value: string): boolean {
    return t.kind === 'word' && t.raw === value && isPlain(t.word);
  }

  private expectWord(value: string): void {
    const t = this.next();
    if (!this.isWord(t, value)) this.unexpected(t);
  }

  private skipNewlines(): void {
    while (this.isOp(this.peek(), '\n')) this.next();
  }

  private lex(): Token {
    this.skipBlanks();
    if (this.pos >= this.src.length) {
      if (this.pending.length > 0) this.heredocEof();
      return { kind: 'eof' };
    }
    const c = this.src[this.pos];
    if (c === '\n') {
      this.pos++;
      this.line++;
      this.readHeredocBodies();
      return { kind: 'op', value: '\n' };
    }
    const fd = /^[0-9]+(?=[<>])/.exec(this.src.slice(this.pos, this.pos + 12));
    if (fd) {
      this.pos += fd[0].length;
      const r = this.lexRedirOp();
      if (r) return { ...r, fd: Number(fd[0]) };
    }
    const redir = this.lexRedirOp();
    if (redir) return redir;
    for (const op of [';;&', ';;', ';&', '&&', '||', '|&', ';', '&', '|', '(', ')']) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { kind: 'op', value: op };
      }
    }
    const start = this.pos;
    const word = this.readWord('word');
    return { kind: 'word', word, raw: this.src.slice(start, this.pos), start, end: this.pos };
  }

  private lexRedirOp(): { kind: 'redir'; op: RedirOp } | null {
    for (const op of [
      '&>>',
      '&>',
      '<<<',
      '<<-',
      '<<',
      '<&',
      '<>',
      '<',
      '>>',
      '>&',
      '>|',
      '>',
    ] as const) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { kind: 'redir', op };
      }
    }
    return null;
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') {
        this.pos += 2;
        this.line++;
      } else if (c === '\\' && this.pos + 1 >= this.src.length) {
        this.fail('syntax error: unexpected end of file', true);
      } else if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  // ---- here-documents -----------------------------------------------------------------------

  private readHeredocBodies(): void {
    while (this.pending.length > 0) {
      const h = this.pending.shift() as PendingHeredoc;
      let body = '';
      for (;;) {
        if (this.pos >= this.src.length) this.heredocEof(h);
        let end = this.src.indexOf('\n', this.pos);
        const last = end < 0;
        if (last) end = this.src.length;
        let lineText = this.src.slice(this.pos, end);
        this.pos = last ? end : end + 1;
        this.line++;
        if (h.strip) lineText = lineText.replace(/^\t+/, '');
        if (lineText === h.delimiter) break;
        body += `${lineText}\n`;
        if (last) this.heredocEof(h);
      }
      h.redirect.heredoc = {
        body: h.quoted
          ? { parts: [{ type: 'quoted', value: body }] }
          : this.subWord(body, 'heredoc'),
      };
    }
  }

  private heredocEof(h?: PendingHeredoc): never {
    const d = h?.delimiter ?? this.pending[0]?.delimiter ?? '';
    this.fail(`warning: here-document delimited by end-of-file (wanted \`${d}')`, true);
  }

  /** Parse `text` as a word of the given mode with a fresh parser (here-doc bodies, `$((…))`). */
  private subWord(text: string, mode: Mode): Word {
    const p = new Parser(text, this.options);
    p.line = this.line;
    return p.readWord(mode);
  }

  // ---- words --------------------------------------------------------------------------------

  /** Reads a word in `mode` from the cursor; stops before the mode's terminator. */
  readWord(mode: Mode): Word {
    const parts: WordPart[] = [];
    let lit = '';
    const quotedLit = mode === 'dq' || mode === 'heredoc';
    const flush = () => {
      if (lit) parts.push({ type: quotedLit ? 'quoted' : 'lit', value: lit });
      lit = '';
    };
    const push = (p: WordPart) => {
      flush();
      parts.push(p);
    };
    const wordStart = this.pos;
    let braceDepth = 0;
    let parenDepth = 0;
    for (;;) {
      if (this.pos >= this.src.length) {
        if (mode === 'dq') this.fail('unexpected EOF while looking for matching `"\'', true);
        if (mode === 'brace' || mode === 'pattern' || mode === 'subscript')
          this.fail("unexpected EOF while looking for matching `}'", true);
        break;
      }
      const c = this.src[this.pos];
      if (mode === 'word' && META.includes(c)) break;
      if (mode === 'regex') {
        if (parenDepth === 0 && (c === ' ' || c === '\t' || c === '\n')) break;
        if (c === '(') parenDepth++;
        if (c === ')') parenDepth--;
      }
      if (mode === 'subscript' && c === ']' && braceDepth === 0) break;
      if (mode === 'dq' && c === '"') break;
      if ((mode === 'brace' || mode === 'pattern') && c === '}' && braceDepth === 0) break;
      if (mode === 'pattern' && c === '/') break;
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        if (n === undefined) {
          if (mode === 'heredoc') {
            lit += c;
            this.pos++;
            continue;
          }
          this.fail('syntax error: unexpected end of file', true);
        }
        if (n === '\n') {
          this.pos += 2;
          this.line++;
          continue;
        }
        if (mode === 'dq' || mode === 'heredoc') {
          if ('$`"\\'.includes(n) && !(mode === 'heredoc' && n === '"')) {
            lit += n;
          } else lit += c + n;
          this.pos += 2;
          continue;
        }
        push({ type: 'quoted', value: n });
        this.pos += 2;
        continue;
      }
      if (c === "'" && mode !== 'dq' && mode !== 'heredoc') {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) this.fail("unexpected EOF while looking for matching `''", true);
        push({ type: 'quoted', value: this.src.slice(this.pos + 1, end) });
        this.countLines(this.pos, end);
        this.pos = end + 1;
        continue;
      }
      if (c === '"' && mode !== 'dq' && mode !== 'heredoc') {
        this.pos++;
        const inner = this.readWord('dq');
        this.pos++; // closing quote
        push({ type: 'dq', parts: inner.parts });
        continue;
      }
      if (c === '$') {
        const part = this.readDollar(mode);
        if (part) push(part);
        else {
          lit += '$';
          this.pos++;
        }
        continue;
      }
      if (c === '`') {
        push(this.readBackquote());
        continue;
      }
      if (c === '~' && mode === 'word' && this.pos === wordStart) {
        const m = /^~([A-Za-z0-9_.-]*)(?=$|[/\s;&|<>()])/.exec(this.src.slice(this.pos));
        if (m) {
          push({ type: 'tilde', user: m[1] });
          this.pos += m[0].length;
          continue;
        }
      }
      if (mode === 'brace' && c === '{') braceDepth++;
      if (mode === 'brace' && c === '}') braceDepth--;
      if (mode === 'subscript' && c === '[') braceDepth++;
      if (mode === 'subscript' && c === ']') braceDepth--;
      if (c === '\n') this.line++;
      lit += c;
      this.pos++;
    }
    flush();
    return { parts };
  }

  private countLines(from: number, to: number): void {
    for (let i = from; i < to; i++) if (this.src[i] === '\n') this.line++;
  }

  private readDollar(mode: Mode): WordPart | null {
    const s = this.src;
    const n = s[this.pos + 1];
    if (n === '(' && s[this.pos + 2] === '(') return this.readArith();
    if (n === '(') {
      this.pos += 2;
      const saved = this.la;
      this.la = null;
      const body = this.parseScript(new Set(), true);
      const close = this.next();
      if (!this.isOp(close, ')')) this.unexpected(close);
      this.la = saved;
      return { type: 'cmdsub', body };
    }
    if (n === '{') return this.readBraceParam();
    if (n === "'" && mode !== 'dq' && mode !== 'heredoc') {
      const m = /^\$'((?:[^'\\]|\\[\s\S])*)'/.exec(s.slice(this.pos));
      if (!m) this.fail("unexpected EOF while looking for matching `''", true);
      this.pos += m[0].length;
      return { type: 'quoted', value: ansiC(m[1]) };
    }
    if (n === '"' && mode !== 'dq' && mode !== 'heredoc') {
      this.pos += 2;
      const inner = this.readWord('dq');
      this.pos++;
      return { type: 'dq', parts: inner.parts };
    }
    if (n !== undefined && SPECIAL_PARAMS.includes(n)) {
      this.pos += 2;
      return { type: 'param', name: n };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.pos + 1));
    if (m) {
      this.pos += 1 + m[0].length;
      return { type: 'param', name: m[0] };
    }
    return null;
  }

  private readArith(): WordPart {
    const start = this.pos + 3;
    let depth = 0;
    for (let i = start; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) {
          if (this.src[i + 1] !== ')') this.fail("syntax error near unexpected token `)'");
          const text = this.src.slice(start, i);
          this.pos = i + 2;
          return { type: 'arith', expr: this.subWord(text, 'heredoc') };
        }
        depth--;
      }
    }
    this.fail("unexpected EOF while looking for matching `)'", true);
  }

  private readBraceParam(): WordPart {
    const s = this.src;
    this.pos += 2;
    const bad = (): never => {
      const end = s.indexOf('}', this.pos);
      const text = end < 0 ? s.slice(this.pos - 2) : s.slice(this.pos - 2, end + 1);
      if (end < 0) this.fail("unexpected EOF while looking for matching `}'", true);
      this.fail(`${text}: bad substitution`);
    };
    let prefix: 'length' | 'keys' | null = null;
    if (s[this.pos] === '#' && s[this.pos + 1] !== '}' && !/^#[-=+?:#%]/.test(s.slice(this.pos))) {
      prefix = 'length';
      this.pos++;
    } else if (
      s[this.pos] === '!' &&
      /^![A-Za-z_][A-Za-z0-9_]*\[[@*]\]\}/.test(s.slice(this.pos))
    ) {
      prefix = 'keys';
      this.pos++;
    }
    const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(s.slice(this.pos));
    if (!m) return bad();
    const name = m[0];
    this.pos += name.length;
    let index: Word | '@' | '*' | undefined;
    if (s[this.pos] === '[' && /^[A-Za-z_]/.test(name)) {
      this.pos++;
      const all = /^([@*])\]/.exec(s.slice(this.pos));
      if (all) {
        index = all[1] as '@' | '*';
        this.pos += 2;
      } else {
        const start = this.pos;
        this.readWord('subscript');
        index = this.subWord(s.slice(start, this.pos), 'heredoc');
        this.pos++; // ]
      }
    }
    const base =
      index === undefined
        ? { type: 'param' as const, name }
        : { type: 'param' as const, name, index };
    if (prefix) {
      if (s[this.pos] !== '}') return bad();
      this.pos++;
      return { ...base, op: prefix };
    }
    if (s[this.pos] === '}') {
      this.pos++;
      return base;
    }
    let colon = false;
    if (s[this.pos] === ':') {
      colon = true;
      this.pos++;
      if (!/^[-=+?]/.test(s.slice(this.pos))) return this.readSubstring(base);
    }
    const opm = /^(##|%%|\/\/|[-=+?#%/])/.exec(s.slice(this.pos));
    if (!opm || (colon && !'-=+?'.includes(opm[0]))) return bad();
    const op = opm[0] as ParamOp;
    this.pos += op.length;
    if (op === '/' || op === '//') {
      const arg = this.readWord('pattern');
      let rep: Word = { parts: [] };
      if (s[this.pos] === '/') {
        this.pos++;
        rep = this.readWord('brace');
      }
      this.pos++;
      const part: ParamPart = { ...base, op, arg, rep };
      return part;
    }
    const arg = this.readWord('brace');
    this.pos++;
    return { ...base, op, colon, arg };
  }

  /** `${v:offset}` / `${v:offset:length}` after the colon: both are arithmetic expressions. */
  private readSubstring(base: ParamPart): WordPart {
    const s = this.src;
    const field = (): string => {
      const start = this.pos;
      let depth = 0;
      for (; this.pos < s.length; this.pos++) {
        const c = s[this.pos];
        if (c === '(' || c === '{' || c === '[') depth++;
        else if (c === ')' || c === ']' || (c === '}' && depth > 0)) depth--;
        else if (depth === 0 && (c === ':' || c === '}')) return s.slice(start, this.pos);
      }
      this.fail("unexpected EOF while looking for matching `}'", true);
    };
    const arg = this.subWord(field(), 'heredoc');
    let rep: Word | undefined;
    if (s[this.pos] === ':') {
      this.pos++;
      rep = this.subWord(field(), 'heredoc');
    }
    this.pos++; // }
    return { ...base, op: 'substr', arg, rep };
  }

  private readBackquote(): WordPart {
    let inner = '';
    let i = this.pos + 1;
    for (;;) {
      if (i >= this.src.length) this.fail("unexpected EOF while looking for matching ``'", true);
      const c = this.src[i];
      if (c === '`') break;
      if (c === '\\' && '`$\\'.includes(this.src[i + 1] ?? '')) {
        inner += this.src[i + 1];
        i += 2;
        continue;
      }
      inner += c;
      i++;
    }
    this.countLines(this.pos, i);
    this.pos = i + 1;
    const p = new Parser(inner, this.options);
    const body = p.parseScript(new Set());
    const t = p.peek();
    if (t.kind !== 'eof') p.unexpected(t);
    return { type: 'cmdsub', body };
  }

  // ---- grammar ------------------------------------------------------------------------------

  /** A list of and-or lists up to one of `stops` (reserved words), `)` or end of input. */
  parseScript(stops: ReadonlySet<string>, inParens = false): Script {
    const items: ListItem[] = [];
    this.skipNewlines();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') break;
      if (t.kind === 'op' && (t.value === ')' || t.value.startsWith(';;') || t.value === ';&'))
        break;
      if (t.kind === 'word' && isPlain(t.word) && stops.has(t.raw)) break;
      const line = this.line;
      const command = this.parseAndOr();
      const sep = this.peek();
      if (this.isOp(sep, ';') || this.isOp(sep, '&') || this.isOp(sep, '\n')) {
        this.next();
        items.push({ command, background: this.isOp(sep, '&'), line });
        this.skipNewlines();
        continue;
      }
      items.push({ command, background: false, line });
      if (sep.kind === 'eof') break;
      if (this.isOp(sep, ')') && inParens) break;
      if (
        sep.kind === 'op' &&
        (sep.value === ')' || sep.value.startsWith(';;') || sep.value === ';&')
      )
        break;
      if (sep.kind === 'word' && isPlain(sep.word) && stops.has(sep.raw)) break;
      this.unexpected(sep);
    }
    if (inParens && this.peek().kind === 'eof') this.eofError();
    return { type: 'script', items };
  }

  /** A non-empty list, as the bodies of `if`, `while`, `{ }` must be. */
  private parseBody(stops: ReadonlySet<string>, inParens = false): Script {
    const s = this.parseScript(stops, inParens);
    if (s.items.length === 0) this.unexpected(this.peek());
    return s;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: { op: '&&' | '||'; pipeline: Pipeline }[] = [];
    for (;;) {
      const t = this.peek();
      if (!this.isOp(t, '&&') && !this.isOp(t, '||')) break;
      this.next();
      this.skipNewlines();
      rest.push({ op: (t as { value: '&&' | '||' }).value, pipeline: this.parsePipeline() });
    }
    return { type: 'andor', first, rest };
  }

  private parsePipeline(): Pipeline {
    let bang = false;
    if (this.isWord(this.peek(), '!')) {
      this.next();
      bang = true;
    }
    const commands: Command[] = [this.parseCommand()];
    for (;;) {
      const t = this.peek();
      if (!this.isOp(t, '|') && !this.isOp(t, '|&')) break;
      this.next();
      if (this.isOp(t, '|&')) {
        const prev = commands[commands.length - 1];
        if ('redirs' in prev)
          (prev.redirs as Redirect[]).push({
            op: '>&',
            fd: 2,
            target: { parts: [{ type: 'lit', value: '1' }] },
          });
      }
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    return { type: 'pipeline', bang, commands };
  }

  private expandAlias(): void {
    const lookup = this.options.alias;
    if (!lookup) return;
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'word' || !isPlain(t.word) || this.aliasing.has(t.raw)) return;
      const value = lookup(t.raw);
      if (value === undefined) return;
      this.aliasing.add(t.raw);
      this.src = this.src.slice(0, t.start) + value + this.src.slice(t.end);
      this.pos = t.start;
      this.la = null;
    }
  }

  private parseCommand(): Command {
    this.expandAlias();
    this.aliasing.clear();
    const t = this.peek();
    if (t.kind === 'eof') this.eofError();
    if (this.isOp(t, '(') && this.src[this.pos] === '(') {
      this.next();
      return this.parseArithCommand();
    }
    if (this.isWord(t, '[[')) return this.parseCond();
    if (this.isOp(t, '(')) {
      this.next();
      const body = this.parseBody(new Set(), true);
      this.expectOp(')');
      return { type: 'subshell', body, redirs: this.parseRedirects() };
    }
    if (t.kind === 'word' && isPlain(t.word) && RESERVED.has(t.raw)) {
      switch (t.raw) {
        case 'if':
          return this.parseIf();
        case 'for':
          return this.parseFor();
        case 'while':
        case 'until':
          return this.parseWhile(t.raw === 'until');
        case 'case':
          return this.parseCase();
        case '{':
          return this.parseGroup();
        case 'function':
          return this.parseFunctionKeyword();
        case 'in':
          break; // `in` is only reserved after `for`/`case`; elsewhere it is a plain word.
        default:
          this.unexpected(t);
      }
    }
    if (t.kind !== 'word' && t.kind !== 'redir') this.unexpected(t);
    return this.parseSimple();
  }

  private expectOp(value: string): void {
    const t = this.next();
    if (!this.isOp(t, value)) this.unexpected(t);
  }

  private parseRedirects(): Redirect[] {
    const redirs: Redirect[] = [];
    while (this.peek().kind === 'redir') redirs.push(this.parseRedirect());
    return redirs;
  }

  private parseRedirect(): Redirect {
    const t = this.next() as { kind: 'redir'; op: RedirOp; fd?: number };
    const target = this.next();
    if (target.kind !== 'word') {
      if (this.isOp(target, '\n') || target.kind === 'eof')
        this.fail("syntax error near unexpected token `newline'");
      this.unexpected(target);
    }
    const r: Redirect = { op: t.op, fd: t.fd, target: target.word };
    if (t.op === '<<' || t.op === '<<-') {
      const quoted = target.word.parts.some((p) => p.type !== 'lit');
      this.pending.push({
        redirect: r,
        delimiter: literalText(target.word),
        strip: t.op === '<<-',
        quoted,
      });
    }
    return r;
  }

  private parseSimple(): Command {
    const line = this.line;
    const assigns: Assignment[] = [];
    const words: Word[] = [];
    const redirs: Redirect[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'redir') {
        redirs.push(this.parseRedirect());
        continue;
      }
      if (t.kind !== 'word') break;
      const arrayNext = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(t.raw) && this.src[t.end] === '(';
      if (words.length === 0) {
        const a = this.assignment(t.word, t.raw);
        if (a) {
          this.next();
          if (arrayNext && a.value.parts.length === 0) {
            this.next(); // (
            assigns.push({ ...a, array: this.parseArrayItems() });
          } else assigns.push(a);
          continue;
        }
      }
      this.next();
      if (arrayNext && words.length > 0) {
        // `declare a=(x y)`: the builtin gets `a=(…)` with the elements quoted (README 15).
        this.next();
        words.push({ parts: [...t.word.parts, { type: 'array', items: this.parseArrayItems() }] });
        continue;
      }
      if (words.length === 0 && assigns.length === 0 && this.isOp(this.peek(), '(')) {
        return this.parseFunctionRest(t.raw);
      }
      words.push(t.word);
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0)
      this.unexpected(this.peek());
    return { type: 'simple', assigns, words, redirs, line };
  }

  /** The words of `( … )` after `name=`, up to and including the `)`. */
  private parseArrayItems(): Word[] {
    const items: Word[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.next();
      if (this.isOp(t, ')')) return items;
      if (t.kind !== 'word') this.unexpected(t);
      items.push(t.word);
    }
  }

  /** `name=value`, `name+=value`, `name[i]=value` at the start of a simple command. */
  private assignment(w: Word, raw: string): Assignment | null {
    const sub = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](\+?)=/.exec(raw);
    if (sub) {
      const p = new Parser(raw.slice(sub[0].length), this.options);
      p.line = this.line;
      return {
        name: sub[1],
        append: sub[3] === '+',
        index: this.subWord(sub[2], 'heredoc'),
        value: p.readWord('word'),
      };
    }
    return assignment(w, raw);
  }

  private parseFunctionRest(name: string): Command {
    this.expectOp('(');
    this.expectOp(')');
    this.skipNewlines();
    if (!/^[^\s$`'"\\]+$/.test(name)) this.fail(`\`${name}': not a valid identifier`);
    const body = this.parseCommand();
    if (body.type === 'simple' || body.type === 'function') this.unexpected({ kind: 'eof' });
    return { type: 'function', name, body };
  }

  private parseFunctionKeyword(): Command {
    this.next();
    const n = this.next();
    if (n.kind !== 'word') this.unexpected(n);
    if (this.isOp(this.peek(), '(')) return this.parseFunctionRest(n.raw);
    this.skipNewlines();
    const body = this.parseCommand();
    return { type: 'function', name: n.raw, body };
  }

  private parseIf(): Command {
    this.next();
    const clauses: { cond: Script; body: Script }[] = [];
    let elseBody: Script | undefined;
    const cond = this.parseBody(new Set(['then']));
    this.expectWord('then');
    clauses.push({ cond, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
    for (;;) {
      const t = this.next();
      if (this.isWord(t, 'fi')) break;
      if (this.isWord(t, 'elif')) {
        const c = this.parseBody(new Set(['then']));
        this.expectWord('then');
        clauses.push({ cond: c, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
        continue;
      }
      if (this.isWord(t, 'else')) {
        elseBody = this.parseBody(new Set(['fi']));
        this.expectWord('fi');
        break;
      }
      this.unexpected(t);
    }
    return { type: 'if', clauses, elseBody, redirs: this.parseRedirects() };
  }

  private parseFor(): Command {
    this.next();
    if (this.isOp(this.peek(), '(') && this.src[this.pos] === '(') {
      this.next();
      return this.parseArithFor();
    }
    const n = this.next();
    if (n.kind !== 'word') this.unexpected(n);
    if (!NAME_RE.test(n.raw)) this.fail(`\`${n.raw}': not a valid identifier`);
    let items: Word[] | undefined;
    this.skipNewlines();
    if (this.isWord(this.peek(), 'in')) {
      this.next();
      items = [];
      for (;;) {
        const t = this.peek();
        if (t.kind !== 'word') break;
        this.next();
        items.push(t.word);
      }
      const sep = this.next();
      if (!this.isOp(sep, ';') && !this.isOp(sep, '\n')) this.unexpected(sep);
    } else if (this.isOp(this.peek(), ';')) this.next();
    this.skipNewlines();
    this.expectWord('do');
    const body = this.parseBody(new Set(['done']));
    this.expectWord('done');
    return { type: 'for', name: n.raw, items, body, redirs: this.parseRedirects() };
  }

  /** The text up to the `))` closing `((` (the cursor is just past the first `(`). */
  private readDoubleParen(): string {
    const start = this.pos + 1;
    let depth = 0;
    for (let i = start; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\n') this.line++;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) {
          if (this.src[i + 1] !== ')') this.fail("syntax error near unexpected token `)'");
          this.pos = i + 2;
          return this.src.slice(start, i);
        }
        depth--;
      }
    }
    this.fail("unexpected EOF while looking for matching `)'", true);
  }

  private parseArithCommand(): Command {
    const line = this.line;
    const expr = this.subWord(this.readDoubleParen(), 'heredoc');
    return { type: 'arith', expr, redirs: this.parseRedirects(), line };
  }

  private parseArithFor(): Command {
    const text = this.readDoubleParen();
    const parts = text.split(';');
    if (parts.length !== 3) this.fail(`syntax error: arithmetic expression required`);
    const [init, cond, step] = parts.map((p) => this.subWord(p, 'heredoc'));
    if (this.isOp(this.peek(), ';')) this.next();
    this.skipNewlines();
    let body: Script;
    if (this.isWord(this.peek(), '{')) {
      this.next();
      body = this.parseBody(new Set(['}']));
      this.expectWord('}');
    } else {
      this.expectWord('do');
      body = this.parseBody(new Set(['done']));
      this.expectWord('done');
    }
    return { type: 'arithfor', init, cond, step, body, redirs: this.parseRedirects() };
  }

  // ---- [[ … ]] ------------------------------------------------------------------------------

  private parseCond(): Command {
    const line = this.line;
    this.next(); // [[
    const expr = this.condOr();
    const end = this.condToken();
    if (end.kind !== 'end') this.condUnexpected(end);
    return { type: 'cond', expr, redirs: this.parseRedirects(), line };
  }

  private condLa: CondToken | null = null;

  /** The next token inside `[[ … ]]`: `]]`, an operator, or a word (`<`, `>` are words here). */
  private condToken(peek = false): CondToken {
    if (this.condLa) {
      const t = this.condLa;
      if (!peek) this.condLa = null;
      return t;
    }
    for (;;) {
      this.skipBlanks();
      if (this.src[this.pos] !== '\n') break;
      this.pos++;
      this.line++;
    }
    let t: CondToken;
    const s = this.src;
    const at = this.pos;
    if (at >= s.length) this.eofError();
    const two = s.slice(at, at + 2);
    if (two === ']]' && (at + 2 >= s.length || META.includes(s[at + 2]))) {
      this.pos += 2;
      t = { kind: 'end' };
    } else if (two === '&&' || two === '||') {
      this.pos += 2;
      t = { kind: 'op', value: two };
    } else if (s[at] === '(' || s[at] === ')') {
      this.pos++;
      t = { kind: 'op', value: s[at] };
    } else if ((s[at] === '<' || s[at] === '>') && s[at + 1] !== '(') {
      this.pos++;
      t = { kind: 'word', raw: s[at], word: { parts: [{ type: 'lit', value: s[at] }] } };
    } else if (s[at] === ';' || s[at] === '&' || s[at] === '|') {
      this.pos++;
      t = { kind: 'op', value: s[at] };
    } else {
      const word = this.readWord('word');
      t = { kind: 'word', raw: s.slice(at, this.pos), word };
    }
    if (peek) this.condLa = t;
    return t;
  }

  private condUnexpected(t: CondToken): never {
    if (t.kind === 'end') this.fail("syntax error near `]]'");
    const text = t.kind === 'op' ? t.value : t.raw;
    this.fail(`syntax error in conditional expression: unexpected token \`${text}'`);
  }

  private condOr(): CondExpr {
    let left = this.condAnd();
    for (;;) {
      const t = this.condToken(true);
      if (t.kind !== 'op' || t.value !== '||') return left;
      this.condToken();
      left = { type: 'or', left, right: this.condAnd() };
    }
  }

  private condAnd(): CondExpr {
    let left = this.condNot();
    for (;;) {
      const t = this.condToken(true);
      if (t.kind !== 'op' || t.value !== '&&') return left;
      this.condToken();
      left = { type: 'and', left, right: this.condNot() };
    }
  }

  private condNot(): CondExpr {
    const t = this.condToken(true);
    if (t.kind === 'word' && t.raw === '!') {
      this.condToken();
      return { type: 'not', expr: this.condNot() };
    }
    return this.condPrimary();
  }

  private condPrimary(): CondExpr {
    const t = this.condToken();
    if (t.kind === 'op' && t.value === '(') {
      const expr = this.condOr();
      const close = this.condToken();
      if (close.kind !== 'op' || close.value !== ')') this.condUnexpected(close);
      return expr;
    }
    if (t.kind !== 'word') this.condUnexpected(t);
    const next = this.condToken(true);
    if (COND_UNARY.has(t.raw) && next.kind === 'word' && !COND_BINARY.has(next.raw)) {
      this.condToken();
      return { type: 'unary', op: t.raw, arg: next.word };
    }
    if (next.kind === 'word' && COND_BINARY.has(next.raw)) {
      this.condToken();
      if (next.raw === '=~') {
        this.skipBlanks();
        if (this.src.startsWith(']]', this.pos)) this.condUnexpected({ kind: 'end' });
        const right = this.readWord('regex');
        return { type: 'binary', op: '=~', left: t.word, right };
      }
      const right = this.condToken();
      if (right.kind === 'end')
        this.fail("unexpected argument `]]' to conditional binary operator");
      if (right.kind !== 'word') this.condUnexpected(right);
      return { type: 'binary', op: next.raw, left: t.word, right: right.word };
    }
    return { type: 'word', word: t.word };
  }

  private parseWhile(until: boolean): Command {
    this.next();
    const cond = this.parseBody(new Set(['do']));
    this.expectWord('do');
    const body = this.parseBody(new Set(['done']));
    this.expectWord('done');
    return { type: 'while', until, cond, body, redirs: this.parseRedirects() };
  }

  private parseGroup(): Command {
    this.next();
    const body = this.parseBody(new Set(['}']));
    this.expectWord('}');
    return { type: 'group', body, redirs: this.parseRedirects() };
  }

  private parseCase(): Command {
    this.next();
    const w = this.next();
    if (w.kind !== 'word') this.unexpected(w);
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (this.isWord(t, 'esac')) {
        this.next();
        break;
      }
      if (this.isOp(t, '(')) this.next();
      const patterns: Word[] = [];
      for (;;) {
        const p = this.next();
        if (p.kind !== 'word') this.unexpected(p);
        patterns.push(p.word);
        const sep = this.next();
        if (this.isOp(sep, ')')) break;
        if (!this.isOp(sep, '|')) this.unexpected(sep);
      }
      const body = this.parseScript(new Set(['esac']));
      const term = this.peek();
      let terminator: CaseItem['terminator'] = ';;';
      if (
        term.kind === 'op' &&
        (term.value === ';;' || term.value === ';&' || term.value === ';;&')
      ) {
        this.next();
        terminator = term.value;
      } else if (!this.isWord(term, 'esac')) this.unexpected(term);
      items.push({ patterns, body, terminator });
    }
    return { type: 'case', word: w.word, items, redirs: this.parseRedirects() };
  }
}

/** A word made only of unquoted literal text (candidates for reserved words and aliases). */
function isPlain(w: Word): boolean {
  return w.parts.length === 1 && w.parts[0].type === 'lit';
}

/** The delimiter of a here-doc: the word's text after quote removal. */
function literalText(w: Word): string {
  let s = '';
  for (const p of w.parts) {
    if (p.type === 'lit' || p.type === 'quoted') s += p.value;
    else if (p.type === 'dq') s += literalText({ parts: p.parts });
    else if (p.type === 'param') s += `$${p.name}`;
    else if (p.type === 'tilde') s += `~${p.user}`;
  }
  return s;
}

function assignment(w: Word, raw: string): Assignment | null {
  const first = w.parts[0];
  if (!first || first.type !== 'lit') return null;
  const m = ASSIGN_RE.exec(first.value);
  if (!m || !raw.startsWith(m[0])) return null;
  const restFirst = first.value.slice(m[0].length);
  const parts: WordPart[] = restFirst ? [{ type: 'lit', value: restFirst }] : [];
  parts.push(...w.parts.slice(1));
  return { name: m[1], append: m[2] === '+', value: { parts } };
}

function tokenText(t: Token): string {
  switch (t.kind) {
    case 'word':
      return t.raw;
    case 'op':
      return t.value === '\n' ? 'newline' : t.value;
    case 'redir':
      return t.op;
    case 'eof':
      return 'newline';
  }
}

const C_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** The body of `$'…'`. */
function ansiC(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (all, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return C_ESCAPES[e] ?? all;
  });
}
