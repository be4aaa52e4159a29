// Executes a parsed template over plain JS data with Go's text/template semantics: fields of
// maps and structs, methods (function-valued fields), pipelines passing the previous value as
// the last argument, variables with block scope, range/if/with/else, break/continue, and Go's
// error texts located as `template: :1:2: executing "" at <.Nope>: …`.

import {
  commandString,
  operandString,
  pipeString,
  type Command,
  type Operand,
  type Pipe,
  type TemplateNode,
} from './ast';
import { FuncError, type FuncMap, type ParamType, type TemplateFunc } from './funcs';
import { goFloat, isGoMap, isRecord, structInfo } from '../go-values';
import { goTypeName, isFloatValue, numberOf, printValue, truth } from './print';

export class TemplateExecError extends Error {}

const NO_FINAL = Symbol('noFinal');
type Final = unknown | typeof NO_FINAL;

class BreakSignal {}
class ContinueSignal {}

interface At {
  readonly pos: number;
  readonly text: string;
}

export class Executor {
  private readonly vars: { name: string; value: unknown }[] = [];
  private at: At = { pos: 0, text: '' };
  readonly out: string[] = [];

  constructor(
    private readonly source: string,
    private readonly funcs: FuncMap,
    /**
     * Go's `missingkey=error` (docker inspect's fallback over the raw JSON): a missing key of a
     * plain record fails. goMap records keep `<no value>`: they stand for maps inside a typed
     * struct, which docker's first, typed pass reads without error.
     */
    private readonly missingKeyError = false,
  ) {}

  run(nodes: readonly TemplateNode[], data: unknown): void {
    this.vars.push({ name: '$', value: data });
    this.walkList(data, nodes);
  }

  private fail(msg: string): never {
    const before = this.source.slice(0, this.at.pos);
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    const col = new TextEncoder().encode(before.slice(lineStart)).length;
    throw new TemplateExecError(
      `template: :${line}:${col}: executing "" at <${this.at.text}>: ${msg}`,
    );
  }

  private setAt(pos: number, text: string): void {
    this.at = { pos, text };
  }

  private walkList(dot: unknown, nodes: readonly TemplateNode[]): void {
    for (const n of nodes) this.walk(dot, n);
  }

  private walk(dot: unknown, node: TemplateNode): void {
    switch (node.kind) {
      case 'text':
        this.out.push(node.text);
        return;
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out.push(printValue(v));
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const v = this.evalPipeline(dot, node.pipe);
        if (truth(v)) this.walkList(node.kind === 'with' ? v : dot, node.list);
        else if (node.elseList) this.walkList(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
    }
  }

  private walkRange(
    dot: unknown,
    node: { pipe: Pipe; list: TemplateNode[]; elseList?: TemplateNode[] },
  ): void {
    const mark = this.vars.length;
    const v = this.evalPipeline(dot, node.pipe);
    let items: [unknown, unknown][];
    if (v === undefined || v === null) items = [];
    else if (Array.isArray(v)) items = v.map((x, i) => [i, x]);
    else if (isRecord(v) && !structInfo(v))
      items = Object.keys(v)
        .sort()
        .map((k) => [k, v[k]]);
    else if (typeof v === 'number' && Number.isInteger(v))
      items = Array.from({ length: Math.max(0, v) }, (_x, i) => [i, i]);
    else {
      this.setAt(node.pipe.pos, pipeString(node.pipe));
      return this.fail(`range can't iterate over ${printValue(v)}`);
    }
    const decl = node.pipe.decl;
    for (const [k, x] of items) {
      const inner = this.vars.length;
      if (decl.length === 1) this.setTop(decl[0] as string, x);
      if (decl.length === 2) {
        this.setTop(decl[0] as string, k);
        this.setTop(decl[1] as string, x);
      }
      try {
        this.walkList(x, node.list);
      } catch (e) {
        if (e instanceof BreakSignal) break;
        if (!(e instanceof ContinueSignal)) throw e;
      } finally {
        this.vars.length = inner;
      }
    }
    if (items.length === 0 && node.elseList) this.walkList(dot, node.elseList);
    this.vars.length = mark;
  }

  private setTop(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as { name: string; value: unknown };
      if (v.name === name) {
        v.value = value;
        return;
      }
    }
    this.vars.push({ name, value });
  }

  private lookup(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as { name: string; value: unknown };
      if (v.name === name) return v.value;
    }
    return this.fail(`undefined variable: ${name}`);
  }

  private evalPipeline(dot: unknown, pipe: Pipe): unknown {
    let value: Final = NO_FINAL;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    const result = value === NO_FINAL ? undefined : value;
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setTop(name, result);
      else this.vars.push({ name, value: result });
    }
    return result;
  }

  private notAFunction(args: readonly Operand[], final: Final): void {
    if (args.length > 1 || final !== NO_FINAL)
      this.fail(`can't give argument to non-function ${operandString(args[0] as Operand)}`);
  }

  private evalCommand(dot: unknown, cmd: Command, final: Final): unknown {
    const first = cmd.args[0] as Operand;
    switch (first.kind) {
      case 'field':
        this.setAt(first.pos, operandString(first));
        return this.evalFieldChain(dot, dot, first, first.idents, cmd.args, final);
      case 'chain': {
        const recv = this.evalArgValue(dot, first.node);
        this.setAt(first.pos, operandString(first));
        return this.evalFieldChain(dot, recv, first, first.fields, cmd.args, final);
      }
      case 'identifier':
        return this.evalFunction(dot, first.name, cmd, final);
      case 'pipe':
        this.setAt(first.pos, operandString(first));
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first.pipe);
      case 'variable': {
        this.setAt(first.pos, operandString(first));
        const v = this.lookup(first.idents[0] as string);
        if (first.idents.length === 1) {
          this.notAFunction(cmd.args, final);
          return v;
        }
        return this.evalFieldChain(dot, v, first, first.idents.slice(1), cmd.args, final);
      }
      case 'dot':
        this.setAt(first.pos, operandString(first));
        this.notAFunction(cmd.args, final);
        return dot;
      default:
        this.setAt(first.pos, operandString(first));
        this.notAFunction(cmd.args, final);
        return this.constant(first);
    }
  }

  private constant(n: Operand): unknown {
    switch (n.kind) {
      case 'bool':
        return n.value;
      case 'string':
        return n.value;
      case 'number':
        return n.isInt ? n.value : goFloat(n.value);
      case 'dot':
        return undefined;
      case 'nil':
        return this.fail('nil is not a command');
      default:
        return undefined;
    }
  }

  private evalFieldChain(
    dot: unknown,
    receiver: unknown,
    node: Operand,
    idents: readonly string[],
    args: readonly Operand[],
    final: Final,
  ): unknown {
    let r = receiver;
    for (let i = 0; i < idents.length - 1; i++)
      r = this.evalField(dot, idents[i] as string, node, [], NO_FINAL, r);
    return this.evalField(dot, idents[idents.length - 1] as string, node, args, final, r);
  }

  private evalField(
    dot: unknown,
    name: string,
    node: Operand,
    args: readonly Operand[],
    final: Final,
    receiver: unknown,
  ): unknown {
    if (receiver === undefined) return undefined;
    this.setAt(node.pos, operandString(node));
    if (receiver === null) return this.fail(`nil pointer evaluating interface {}.${name}`);
    const hasArgs = args.length > 1 || final !== NO_FINAL;
    const st = structInfo(receiver);
    if (st) {
      if (!(name in (receiver as object)))
        return this.fail(`can't evaluate field ${name} in type ${st.typeName}`);
      const v = (receiver as Record<string, unknown>)[name];
      if (typeof v === 'function') {
        const method: TemplateFunc = {
          params: [],
          variadic: 'any',
          call: (a) => (v as (...x: unknown[]) => unknown).call(receiver, ...a),
        };
        return this.evalCall(dot, method, name, args.slice(1), final);
      }
      if (hasArgs) return this.fail(`${name} has arguments but cannot be invoked as function`);
      return v;
    }
    if (isRecord(receiver)) {
      if (hasArgs) return this.fail(`${name} is not a method but has arguments`);
      if (Object.hasOwn(receiver, name)) return receiver[name];
      if (this.missingKeyError && !isGoMap(receiver))
        return this.fail(`map has no entry for key ${JSON.stringify(name)}`);
      return undefined;
    }
    return this.fail(`can't evaluate field ${name} in type ${goTypeName(receiver)}`);
  }

  private evalFunction(dot: unknown, name: string, cmd: Command, final: Final): unknown {
    const f = this.funcs[name];
    this.setAt(cmd.pos, commandString(cmd));
    if (!f) return this.fail(`"${name}" is not a defined function`);
    if (name === 'and' || name === 'or') {
      const nodes = cmd.args.slice(1);
      const total = nodes.length + (final === NO_FINAL ? 0 : 1);
      if (total < 1) return this.fail(`wrong number of args for ${name}: want at least 1 got 0`);
      let v: unknown;
      for (let i = 0; i < total; i++) {
        v = i < nodes.length ? this.evalArgValue(dot, nodes[i] as Operand) : final;
        if (truth(v) === (name === 'or')) return v;
      }
      return v;
    }
    return this.evalCall(dot, f, name, cmd.args.slice(1), final);
  }

  private evalCall(
    dot: unknown,
    f: TemplateFunc,
    name: string,
    argNodes: readonly Operand[],
    final: Final,
  ): unknown {
    const at = this.at;
    const n = argNodes.length + (final === NO_FINAL ? 0 : 1);
    const fixed = f.params.length;
    if (f.variadic ? n < fixed : n !== fixed)
      return this.fail(
        `wrong number of args for ${name}: want ${f.variadic ? 'at least ' : ''}${fixed} got ${n}`,
      );
    const values: unknown[] = [];
    argNodes.forEach((a, i) => {
      const t = f.params[i] ?? f.variadic ?? 'any';
      values.push(this.checkType(this.evalArgValue(dot, a), t, a));
    });
    if (final !== NO_FINAL)
      values.push(this.checkType(final, f.params[n - 1] ?? f.variadic ?? 'any'));
    this.at = at;
    try {
      return f.call(values);
    } catch (e) {
      if (e instanceof FuncError) return this.fail(`error calling ${name}: ${e.message}`);
      throw e;
    }
  }

  private checkType(v: unknown, t: ParamType, node?: Operand): unknown {
    if (t === 'any') return v;
    if (v === undefined) return this.fail(`invalid value; expected ${t}`);
    if (
      node &&
      (node.kind === 'number' || node.kind === 'string' || node.kind === 'bool') &&
      t === 'string' &&
      node.kind !== 'string'
    )
      return this.fail(`expected string; found ${operandString(node)}`);
    const ok =
      (t === 'string' && typeof v === 'string') ||
      (t === 'int' && numberOf(v) !== undefined && !isFloatValue(v)) ||
      (t === '[]string' && Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (!ok) return this.fail(`wrong type for value; expected ${t}; got ${goTypeName(v)}`);
    return v;
  }

  private evalArgValue(dot: unknown, n: Operand): unknown {
    switch (n.kind) {
      case 'dot':
        return dot;
      case 'nil':
        return null;
      case 'field':
        this.setAt(n.pos, operandString(n));
        return this.evalFieldChain(dot, dot, n, n.idents, [n], NO_FINAL);
      case 'variable': {
        this.setAt(n.pos, operandString(n));
        const v = this.lookup(n.idents[0] as string);
        return n.idents.length === 1
          ? v
          : this.evalFieldChain(dot, v, n, n.idents.slice(1), [n], NO_FINAL);
      }
      case 'chain': {
        const recv = this.evalArgValue(dot, n.node);
        return this.evalFieldChain(dot, recv, n, n.fields, [n], NO_FINAL);
      }
      case 'pipe':
        return this.evalPipeline(dot, n.pipe);
      case 'identifier':
        return this.evalFunction(dot, n.name, { args: [n], pos: n.pos, line: n.line }, NO_FINAL);
      default:
        return this.constant(n);
    }
  }
}
