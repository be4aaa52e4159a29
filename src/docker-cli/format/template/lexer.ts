// The lexer of Go's text/template, for the subset docker's --format uses: text, `{{ }}` actions
// with `{{-`/`-}}` trim markers, comments, fields, variables, identifiers, strings, raw strings,
// characters, numbers, `|`, `(`, `)`, `,`, `:=`, `=`. Spaces are tokens, as in Go, because
// `.A .B` (two operands) differs from `.A.B` (one chain).

export type TokenType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'keyword'
  | 'string'
  | 'rawString'
  | 'charConstant'
  | 'number'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'comma'
  | 'declare'
  | 'assign'
  | 'char'
  | 'error'
  | 'eof';

export interface Token {
  readonly type: TokenType;
  readonly val: string;
  /** Byte offset (UTF-16 index here) in the template. */
  readonly pos: number;
  readonly line: number;
}

export const KEYWORDS = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'template',
  'with',
]);

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Tokenise a whole template; the last token is eof or error. */
export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = 1;
  let start = 0;
  let startLine = 1;
  let parenDepth = 0;
  let trimNextText = false;

  const emit = (type: TokenType, val = input.slice(start, pos)): void => {
    tokens.push({ type, val, pos: start, line: startLine });
    start = pos;
    startLine = line;
  };
  const advance = (n: number): void => {
    for (let i = 0; i < n; i++) if (input[pos + i] === '\n') line++;
    pos += n;
  };
  const ignore = (): void => {
    start = pos;
    startLine = line;
  };
  const error = (msg: string): Token[] => {
    tokens.push({ type: 'error', val: msg, pos: start, line: startLine });
    return tokens;
  };

  for (;;) {
    // Text up to the next left delimiter.
    const next = input.indexOf('{{', pos);
    const textEnd = next < 0 ? input.length : next;
    const trimLeft = next >= 0 && input[next + 2] === '-' && isSpace(input[next + 3]);
    let text = input.slice(pos, textEnd);
    if (trimNextText) text = text.replace(/^[ \t\r\n]+/, '');
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    advance(textEnd - pos);
    if (text.length > 0) tokens.push({ type: 'text', val: text, pos: start, line: startLine });
    ignore();
    trimNextText = false;
    if (next < 0) {
      tokens.push({ type: 'eof', val: '', pos, line });
      return tokens;
    }
    // Left delimiter.
    advance(trimLeft ? 4 : 2);
    tokens.push({ type: 'leftDelim', val: '{{', pos: start, line: startLine });
    ignore();
    // Comment?
    if (input.startsWith('/*', pos)) {
      const endComment = input.indexOf('*/', pos + 2);
      if (endComment < 0) return error('unclosed comment');
      advance(endComment + 2 - pos);
      const trimR = input.startsWith(' -}}', pos) || /^[ \t\r\n]-\}\}/.test(input.slice(pos));
      if (trimR) advance(4);
      else if (input.startsWith('}}', pos)) advance(2);
      else return error('comment ends before closing delimiter');
      tokens.pop(); // a comment is not an action
      ignore();
      trimNextText = trimR;
      continue;
    }
    // Inside the action.
    for (;;) {
      const rest = input.slice(pos);
      if (/^[ \t\r\n]-\}\}/.test(rest)) {
        // A right trim marker: one space, '-', then the delimiter.
        if (parenDepth > 0) return error('unclosed left paren');
        advance(1);
        ignore();
        advance(3);
        tokens.push({ type: 'rightDelim', val: '}}', pos: start, line: startLine });
        ignore();
        trimNextText = true;
        break;
      }
      if (rest.startsWith('}}')) {
        if (parenDepth > 0) return error('unclosed left paren');
        advance(2);
        emit('rightDelim');
        break;
      }
      const c = input[pos];
      if (c === undefined) return error('unclosed action');
      if (isSpace(c)) {
        let spaces = 0;
        while (isSpace(input[pos])) {
          advance(1);
          spaces++;
        }
        if (input[pos] === '-' && input.startsWith('}}', pos + 1)) {
          // The last space belongs to a ` -}}` trim marker.
          pos--;
          if (input[pos] === '\n') line--;
          if (spaces === 1) {
            ignore();
            continue;
          }
        }
        emit('space');
        continue;
      }
      if (c === '=') {
        advance(1);
        emit('assign');
      } else if (c === ':') {
        if (input[pos + 1] !== '=') return error('expected :=');
        advance(2);
        emit('declare');
      } else if (c === '|') {
        advance(1);
        emit('pipe');
      } else if (c === ',') {
        advance(1);
        emit('comma');
      } else if (c === '"') {
        advance(1);
        for (;;) {
          const d = input[pos];
          if (d === undefined || d === '\n') return error('unterminated quoted string');
          advance(1);
          if (d === '\\') {
            if (input[pos] === undefined || input[pos] === '\n')
              return error('unterminated quoted string');
            advance(1);
          } else if (d === '"') break;
        }
        emit('string');
      } else if (c === '`') {
        const endRaw = input.indexOf('`', pos + 1);
        if (endRaw < 0) return error('unterminated raw quoted string');
        advance(endRaw + 1 - pos);
        emit('rawString');
      } else if (c === "'") {
        advance(1);
        for (;;) {
          const d = input[pos];
          if (d === undefined || d === '\n') return error('unterminated character constant');
          advance(1);
          if (d === '\\') advance(1);
          else if (d === "'") break;
        }
        emit('charConstant');
      } else if (c === '$') {
        advance(1);
        while (isAlnum(input[pos])) advance(1);
        emit('variable');
      } else if (c === '.') {
        const n = input[pos + 1];
        if (n !== undefined && /[0-9]/.test(n)) {
          lexNumber();
        } else if (isAlnum(n)) {
          advance(1);
          while (isAlnum(input[pos])) advance(1);
          emit('field');
        } else {
          advance(1);
          emit('dot');
        }
      } else if (
        /[0-9]/.test(c) ||
        ((c === '-' || c === '+') && /[0-9.]/.test(input[pos + 1] ?? ''))
      ) {
        if (!lexNumber()) return error(`bad number syntax: "${input.slice(start, pos)}"`);
      } else if (isAlnum(c)) {
        while (isAlnum(input[pos])) advance(1);
        const word = input.slice(start, pos);
        if (KEYWORDS.has(word)) emit('keyword');
        else if (word === 'true' || word === 'false') emit('bool');
        else if (word === 'nil') emit('nil');
        else emit('identifier');
      } else if (c === '(') {
        advance(1);
        parenDepth++;
        emit('leftParen');
      } else if (c === ')') {
        advance(1);
        parenDepth--;
        if (parenDepth < 0) return error('unexpected right paren');
        emit('rightParen');
      } else if (c.charCodeAt(0) < 0x80 && c >= ' ') {
        advance(1);
        emit('char');
      } else {
        const cp = (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        return error(`unrecognized character in action: U+${cp} '${c}'`);
      }
    }
  }

  function lexNumber(): boolean {
    if (input[pos] === '+' || input[pos] === '-') advance(1);
    const m =
      /^(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?\d*([eE][+-]?\d+)?)/.exec(
        input.slice(pos),
      );
    const len = m?.[0].length ?? 0;
    advance(len);
    if (isAlnum(input[pos])) {
      advance(1);
      return false;
    }
    emit('number');
    return len > 0;
  }
}
