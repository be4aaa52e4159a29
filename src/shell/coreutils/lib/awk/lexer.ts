// awk tokens. A `/` starts a regex literal unless the previous token ends an operand.

export type TokKind =
  'num' | 'str' | 'ere' | 'name' | 'funcname' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Tok {
  readonly kind: TokKind;
  readonly text: string;
  readonly line: number;
  /** Numeric value for 'num'; unescaped text for 'str'/'ere'. */
  readonly value?: number | string;
}

export class AwkSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly near: string,
  ) {
    super(`syntax error at or near ${near}`);
  }
}

export class AwkUnsupported extends Error {}

export const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'function',
  'func',
  'if',
  'else',
  'while',
  'for',
  'do',
  'break',
  'continue',
  'next',
  'nextfile',
  'exit',
  'return',
  'delete',
  'in',
  'getline',
  'print',
  'printf',
]);

export const BUILTINS = new Set([
  'length',
  'substr',
  'index',
  'split',
  'sub',
  'gsub',
  'match',
  'sprintf',
  'tolower',
  'toupper',
  'int',
  'sqrt',
  'exp',
  'log',
  'sin',
  'cos',
  'atan2',
  'rand',
  'srand',
  'system',
  'close',
  'fflush',
]);

const OPS = [
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '**=',
  '==',
  '<=',
  '>=',
  '!=',
  '++',
  '--',
  '&&',
  '||',
  '>>',
  '!~',
  '**',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
].sort((a, b) => b.length - a.length);

function unescape(s: string): string {
  return s.replace(/\\(["\\/abfnrtv]|[0-7]{1,3}|.)/g, (_, e: string) => {
    const map: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      '\\': '\\',
      '"': '"',
      '/': '/',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
    };
    if (map[e] !== undefined) return map[e];
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return `\\${e}`;
  });
}

export function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  const endsOperand = (): boolean => {
    const t = toks[toks.length - 1];
    if (!t) return false;
    if (
      t.kind === 'num' ||
      t.kind === 'str' ||
      t.kind === 'ere' ||
      t.kind === 'name' ||
      t.kind === 'builtin'
    )
      return true;
    if (t.kind === 'kw') return t.text === 'getline';
    return (
      t.kind === 'op' &&
      (t.text === ')' || t.text === ']' || t.text === '$' || t.text === '++' || t.text === '--')
    );
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      toks.push({ kind: 'nl', text: '\n', line });
      line++;
      i++;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(src.slice(i));
    if (num) {
      toks.push({ kind: 'num', text: num[0], line, value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let raw = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\n') throw new AwkSyntaxError(line, 'runaway string');
        if (src[j] === '\\' && j + 1 < src.length) {
          raw += src[j] + src[j + 1];
          j += 2;
        } else raw += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(line, 'runaway string');
      toks.push({ kind: 'str', text: src.slice(i, j + 1), line, value: unescape(raw) });
      i = j + 1;
      continue;
    }
    if (c === '/' && !endsOperand()) {
      let j = i + 1;
      let raw = '';
      let inClass = false;
      while (j < src.length && (src[j] !== '/' || inClass)) {
        if (src[j] === '\n') throw new AwkSyntaxError(line, 'runaway regular expression');
        if (src[j] === '\\' && j + 1 < src.length) {
          raw += src[j + 1] === '/' ? '/' : src[j] + src[j + 1];
          j += 2;
          continue;
        }
        if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        raw += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(line, 'runaway regular expression');
      toks.push({ kind: 'ere', text: src.slice(i, j + 1), line, value: raw });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      const w = word[0];
      i += w.length;
      if (KEYWORDS.has(w)) toks.push({ kind: 'kw', text: w === 'func' ? 'function' : w, line });
      else if (BUILTINS.has(w)) toks.push({ kind: 'builtin', text: w, line });
      else if (src[i] === '(') toks.push({ kind: 'funcname', text: w, line });
      else toks.push({ kind: 'name', text: w, line });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(line, c);
    toks.push({ kind: 'op', text: op === '**' ? '^' : op === '**=' ? '^=' : op, line });
    i += op.length;
  }
  toks.push({ kind: 'eof', text: 'end of file', line });
  return toks;
}
