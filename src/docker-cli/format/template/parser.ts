// Recursive-descent parser with Go text/template's grammar and its error wording:
// `template: :1: function "foo" not defined`, `unexpected "}" in operand`, `unexpected EOF`,
// `undefined variable "$x"`, `missing value for command`.

import type { Command, Operand, Pipe, TemplateNode } from './ast';
import { lex, type Token, type TokenType } from './lexer';
import { unquoteGo } from './unquote';

export class TemplateParseError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`template: :${line}: ${detail}`);
  }
}

const OPERAND_START = new Set<TokenType>([
  'bool',
  'charConstant',
  'dot',
  'field',
  'identifier',
  'number',
  'nil',
  'rawString',
  'string',
  'variable',
  'leftParen',
]);

function tokenString(t: Token): string {
  if (t.type === 'eof') return 'EOF';
  if (t.type === 'error') return t.val;
  if (t.type === 'keyword') return `<${t.val}>`;
  if (t.type === 'leftDelim' || t.type === 'rightDelim') return JSON.stringify(t.val);
  if ([...t.val].length > 10) return `${JSON.stringify([...t.val].slice(0, 10).join(''))}...`;
  return JSON.stringify(t.val);
}

type Terminator = { kind: 'end' | 'else'; token: Token; pos: number; line: number };

class Parser {
  private i = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly hasFunction: (name: string) => boolean,
  ) {}

  private peek(): Token {
    return this.tokens[Math.min(this.i, this.tokens.length - 1)] as Token;
  }
  private next(): Token {
    const t = this.peek();
    this.i++;
    return t;
  }
  private backup(n = 1): void {
    this.i -= n;
  }
  private peekNonSpace(): Token {
    while (this.peek().type === 'space') this.next();
    return this.peek();
  }
  private nextNonSpace(): Token {
    this.peekNonSpace();
    return this.next();
  }
  private fail(line: number, msg: string): never {
    throw new TemplateParseError(line, msg);
  }
  private unexpected(t: Token, context: string): never {
    if (t.type === 'error') this.fail(t.line, t.val);
    this.fail(t.line, `unexpected ${tokenString(t)} in ${context}`);
  }
  private expect(type: TokenType, context: string): Token {
    const t = this.nextNonSpace();
    if (t.type !== type) this.unexpected(t, context);
    return t;
  }

  parseRoot(): TemplateNode[] {
    const root: TemplateNode[] = [];
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'error') this.unexpected(this.peek(), 'input');
      const n = this.textOrAction();
      if ('kind' in n && (n.kind === 'end' || n.kind === 'else') && 'token' in n)
        this.fail(n.line, `unexpected {{${n.kind}}}`);
      root.push(n as TemplateNode);
    }
    return root;
  }

  private textOrAction(): TemplateNode | Terminator {
    const t = this.nextNonSpace();
    if (t.type === 'text') return { kind: 'text', text: t.val, pos: t.pos, line: t.line };
    if (t.type === 'leftDelim') return this.action();
    return this.unexpected(t, 'input');
  }

  private action(): TemplateNode | Terminator {
    const t = this.nextNonSpace();
    if (t.type === 'keyword') {
      switch (t.val) {
        case 'if':
        case 'with':
        case 'range':
          return this.control(t.val);
        case 'else': {
          const peek = this.peekNonSpace();
          if (peek.type === 'keyword' && (peek.val === 'if' || peek.val === 'with'))
            return { kind: 'else', token: peek, pos: peek.pos, line: peek.line };
          const r = this.expect('rightDelim', 'else');
          return { kind: 'else', token: r, pos: r.pos, line: r.line };
        }
        case 'end': {
          const r = this.expect('rightDelim', 'end');
          return { kind: 'end', token: r, pos: r.pos, line: r.line };
        }
        case 'break':
        case 'continue': {
          if (this.rangeDepth === 0) this.fail(t.line, `{{${t.val}}} outside {{range}}`);
          this.expect('rightDelim', t.val);
          return { kind: t.val, pos: t.pos, line: t.line };
        }
        default:
          this.fail(t.line, `{{${t.val}}} is not supported in this lab's templates`);
      }
    }
    this.backup();
    const start = this.peek();
    return {
      kind: 'action',
      pipe: this.pipeline('command', 'rightDelim'),
      pos: start.pos,
      line: start.line,
    };
  }

  private control(kind: 'if' | 'with' | 'range'): TemplateNode {
    const saved = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    if (kind === 'range') this.rangeDepth++;
    const [list, next] = this.itemList();
    if (kind === 'range') this.rangeDepth--;
    let elseList: TemplateNode[] | undefined;
    if (next.kind === 'else') {
      const peek = this.peek();
      if ((kind === 'if' || kind === 'with') && peek.type === 'keyword' && peek.val === kind) {
        this.next();
        elseList = [this.control(kind)];
      } else {
        const [l, n2] = this.itemList();
        if (n2.kind !== 'end') this.fail(n2.line, `expected end; found {{${n2.kind}}}`);
        elseList = l;
      }
    }
    this.vars.length = saved;
    return { kind, pipe, list, elseList, pos: pipe.pos, line: pipe.line };
  }

  private itemList(): [TemplateNode[], Terminator] {
    const list: TemplateNode[] = [];
    while (this.peekNonSpace().type !== 'eof') {
      if (this.peek().type === 'error') this.unexpected(this.peek(), 'input');
      const n = this.textOrAction();
      if ('token' in n) return [list, n];
      list.push(n);
    }
    return this.fail(this.peek().line, 'unexpected EOF');
  }

  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): Pipe {
    const first = this.peekNonSpace();
    const decl: string[] = [];
    let isAssign = false;
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      const save = this.i;
      this.next();
      const nxt = this.peekNonSpace();
      if (nxt.type === 'assign' || nxt.type === 'declare') {
        isAssign = nxt.type === 'assign';
        this.nextNonSpace();
        decl.push(v.val);
        if (!isAssign) this.vars.push(v.val);
        else if (!this.vars.includes(v.val)) this.fail(v.line, `undefined variable "${v.val}"`);
        break;
      }
      if (nxt.type === 'comma') {
        this.nextNonSpace();
        decl.push(v.val);
        this.vars.push(v.val);
        if (context === 'range' && decl.length < 2) {
          const p = this.peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue;
          this.fail(v.line, 'range can only initialize variables');
        }
        this.fail(v.line, `too many declarations in ${context}`);
      }
      // Not a declaration: put the variable (and the space after it) back.
      this.i = save;
      break;
    }
    const cmds: Command[] = [];
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        if (cmds.length === 0) this.fail(t.line, `missing value for ${context}`);
        cmds.slice(1).forEach((c, i) => {
          const k = c.args[0]?.kind;
          if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string')
            this.fail(t.line, `non executable command in pipeline stage ${i + 2}`);
        });
        return { isAssign, decl, cmds, pos: first.pos, line: first.line };
      }
      if (OPERAND_START.has(t.type)) {
        this.backup();
        cmds.push(this.command());
      } else this.unexpected(t, context);
    }
  }

  private command(): Command {
    const start = this.peekNonSpace();
    const args: Operand[] = [];
    for (;;) {
      this.peekNonSpace();
      const op = this.operand();
      if (op) args.push(op);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (args.length === 0) this.fail(start.line, 'empty command');
    return { args, pos: start.pos, line: start.line };
  }

  private operand(): Operand | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().type !== 'field') return node;
    const chainTok = this.peek();
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
    const at = { pos: chainTok.pos, line: chainTok.line };
    switch (node.kind) {
      case 'field':
        return { kind: 'field', idents: [...node.idents, ...fields], ...at };
      case 'variable':
        return { kind: 'variable', idents: [...node.idents, ...fields], ...at };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return this.fail(
          chainTok.line,
          `unexpected . after term ${JSON.stringify(nodeText(node))}`,
        );
      default:
        return { kind: 'chain', node, fields, ...at };
    }
  }

  private term(): Operand | undefined {
    const t = this.nextNonSpace();
    const at = { pos: t.pos, line: t.line };
    switch (t.type) {
      case 'identifier':
        if (!this.hasFunction(t.val)) this.fail(t.line, `function "${t.val}" not defined`);
        return { kind: 'identifier', name: t.val, ...at };
      case 'dot':
        return { kind: 'dot', ...at };
      case 'nil':
        return { kind: 'nil', ...at };
      case 'variable': {
        if (!this.vars.includes(t.val)) this.fail(t.line, `undefined variable "${t.val}"`);
        return { kind: 'variable', idents: [t.val], ...at };
      }
      case 'field':
        return { kind: 'field', idents: [t.val.slice(1)], ...at };
      case 'bool':
        return { kind: 'bool', value: t.val === 'true', ...at };
      case 'number':
        return numberNode(t, (msg) => this.fail(t.line, msg));
      case 'charConstant': {
        const u = unquoteGo(`"${t.val.slice(1, -1).replace(/"/g, '\\"')}"`);
        const cp = u.ok ? [...u.value] : [];
        if (!u.ok || cp.length !== 1) this.fail(t.line, `malformed character constant: ${t.val}`);
        return {
          kind: 'number',
          text: t.val,
          value: cp[0]?.codePointAt(0) ?? 0,
          isInt: true,
          ...at,
        };
      }
      case 'leftParen':
        return { kind: 'pipe', pipe: this.pipeline('parenthesized pipeline', 'rightParen'), ...at };
      case 'string':
      case 'rawString': {
        const u =
          t.type === 'rawString'
            ? { ok: true as const, value: t.val.slice(1, -1) }
            : unquoteGo(t.val);
        if (!u.ok) this.fail(t.line, `invalid syntax`);
        return { kind: 'string', text: t.val, value: u.value, ...at };
      }
      default:
        this.backup();
        return undefined;
    }
  }
}

function nodeText(n: Operand): string {
  if (n.kind === 'string' || n.kind === 'number') return n.text;
  if (n.kind === 'bool') return String(n.value);
  return n.kind === 'dot' ? '.' : 'nil';
}

function numberNode(t: Token, fail: (msg: string) => never): Operand {
  const text = t.val.replace(/_/g, '');
  let value: number;
  let isInt: boolean;
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(text)) {
    value = parseInt(text.replace(/^[+-]?0[xX]/, ''), 16) * (text.startsWith('-') ? -1 : 1);
    isInt = true;
  } else if (/^[+-]?0[bB][01]+$/.test(text)) {
    value = parseInt(text.replace(/^[+-]?0[bB]/, ''), 2) * (text.startsWith('-') ? -1 : 1);
    isInt = true;
  } else if (/^[+-]?0[oO]?[0-7]+$/.test(text)) {
    value = parseInt(text.replace(/^[+-]?0[oO]?/, ''), 8) * (text.startsWith('-') ? -1 : 1);
    isInt = true;
  } else if (/^[+-]?\d+$/.test(text)) {
    value = Number(text);
    isInt = true;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    value = Number(text);
    isInt = Number.isInteger(value) && !/[.eE]/.test(text) ? true : false;
  } else return fail(`bad number syntax: "${t.val}"`);
  return { kind: 'number', text: t.val, value, isInt, pos: t.pos, line: t.line };
}

/** Parse a template; throws TemplateParseError with Go's message. */
export function parseTemplate(
  text: string,
  hasFunction: (name: string) => boolean,
): TemplateNode[] {
  return new Parser(lex(text), hasFunction).parseRoot();
}
