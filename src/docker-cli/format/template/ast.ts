// Parse tree of a template, shaped like Go's text/template/parse nodes, with Go's String()
// forms (they appear in error messages: `executing "" at <.Config.Nope>`).

export interface Pos {
  readonly pos: number;
  readonly line: number;
}

export type Operand =
  | (Pos & { kind: 'field'; idents: string[] })
  | (Pos & { kind: 'variable'; idents: string[] })
  | (Pos & { kind: 'chain'; node: Operand; fields: string[] })
  | (Pos & { kind: 'identifier'; name: string })
  | (Pos & { kind: 'dot' })
  | (Pos & { kind: 'nil' })
  | (Pos & { kind: 'bool'; value: boolean })
  | (Pos & { kind: 'number'; text: string; value: number; isInt: boolean })
  | (Pos & { kind: 'string'; text: string; value: string })
  | (Pos & { kind: 'pipe'; pipe: Pipe });

export interface Command extends Pos {
  readonly args: Operand[];
}

export interface Pipe extends Pos {
  readonly isAssign: boolean;
  readonly decl: string[];
  readonly cmds: Command[];
}

export type TemplateNode =
  | (Pos & { kind: 'text'; text: string })
  | (Pos & { kind: 'action'; pipe: Pipe })
  | (Pos & {
      kind: 'if' | 'with' | 'range';
      pipe: Pipe;
      list: TemplateNode[];
      elseList?: TemplateNode[];
    })
  | (Pos & { kind: 'break' | 'continue' });

export function operandString(n: Operand): string {
  switch (n.kind) {
    case 'field':
      return n.idents.map((i) => '.' + i).join('');
    case 'variable':
      return n.idents.join('.');
    case 'chain': {
      const inner = n.node.kind === 'pipe' ? `(${operandString(n.node)})` : operandString(n.node);
      return inner + n.fields.map((f) => '.' + f).join('');
    }
    case 'identifier':
      return n.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(n.value);
    case 'number':
      return n.text;
    case 'string':
      return n.text;
    case 'pipe':
      return pipeString(n.pipe);
  }
}

export function commandString(c: Command): string {
  return c.args
    .map((a) => (a.kind === 'pipe' ? `(${operandString(a)})` : operandString(a)))
    .join(' ');
}

export function pipeString(p: Pipe): string {
  const decl = p.decl.length > 0 ? `${p.decl.join(', ')} ${p.isAssign ? '=' : ':='} ` : '';
  return decl + p.cmds.map(commandString).join(' | ');
}
