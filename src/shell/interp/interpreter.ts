// The interpreter: walks the AST, expands words, applies redirections, and dispatches commands to
// functions, builtins or programs. One Interpreter is one shell process; subshells, pipeline
// stages and `$(…)` run in a clone (see state.ts).
//
// Every exec function returns a Status: a number when everything it ran finished synchronously,
// a Promise when something awaited (maybe.ts). The sync path is the fast one; when a call returns
// a Promise, the function hands the rest of its work to an async continuation (`…Async`), which
// keeps calling the same sync-first functions. Counters (noErrexit, loopDepth) are restored on
// normal completion; frames that catch control signals (loop bodies, function calls, processes)
// restore them on the way out, so intermediate frames need no try/finally.

import type { AndOr, Command as AstCommand, Pipeline, Script, SimpleCommand } from '../parser/ast';
import type { Builtin } from '../builtins/builtin';
import type { CommandContext, InputStream, OutputStream } from '../types';
import { execCase, execFor, execIf, execWhile } from './compound';
import { BuiltinCall, programContext } from './context';
import { AbortSignal, BreakSignal, ExitSignal, ExpansionError, ReturnSignal } from './control';
import { Expander, type ExpandHost } from './expand';
import type { InterruptSource } from './interrupt';
import { runExternal } from './external';
import type { Maybe, Status } from './maybe';
import { shellQuote } from './quote';
import { applyRedirects } from './redirect';
import type { Runtime } from './runtime';
import type { ShellState, Var } from './state';
import { execStages } from './stages';
import { Collector, isDrainable } from './streams';

export interface IO {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly signal: InterruptSource;
}

const MAX_FUNCTION_DEPTH = 1000;
/** A loop body's result when it ran `break` (a status is 0…255). */
export const BREAK = -1;
/** A stage writing into a pipe gives its reader a turn this often (steps). */
const PIPE_TURN_EVERY = 16;

type Assigns = [string, string][];

export class Interpreter implements ExpandHost {
  readonly expander: Expander;
  /** Inside an `if`/`while` condition or a non-final `&&`/`||` part: `set -e` does not apply. */
  noErrexit = 0;
  loopDepth = 0;
  funcDepth = 0;
  sourceDepth = 0;
  /** Status of the last `$(…)`, which is `$?` of a command made only of assignments. */
  private substStatus = 0;
  private io: IO | null = null;
  private pipeTurn = 0;

  constructor(
    readonly rt: Runtime,
    public state: ShellState,
  ) {
    this.expander = new Expander(this);
  }

  get fs() {
    return this.rt.fs;
  }

  get pid(): number {
    return this.rt.pid;
  }

  /** A forked copy of this process (subshell, pipeline stage, command substitution). */
  fork(): Interpreter {
    return new Interpreter(this.rt, this.state.clone());
  }

  /** A new shell process (a script, `bash -c`) with its own state, on this machine. */
  childProcess(state: ShellState): Interpreter {
    return new Interpreter(this.rt, state);
  }

  /** Forget counters a stopped run may have left (Ctrl+C inside a loop); before each line. */
  resetCounters(): void {
    this.noErrexit = 0;
    this.loopDepth = 0;
    this.funcDepth = 0;
    this.sourceDepth = 0;
  }

  // ---- ExpandHost ------------------------------------------------------------------------

  commandSubstitution(body: Script): Maybe<string> {
    const io = this.currentIO();
    const out = new Collector();
    const child = this.fork();
    const sio: IO = { stdin: io.stdin, stdout: out, stderr: io.stderr, signal: io.signal };
    const r = child.runProcess(() => child.execScript(body, sio));
    if (typeof r === 'number') {
      this.substStatus = r;
      return trimNewlines(out.text);
    }
    return r.then((s) => {
      this.substStatus = s;
      return trimNewlines(out.text);
    });
  }

  error(message: string): void {
    this.currentIO().stderr.write(`${this.rt.errorPrefix}: ${message}\n`);
  }

  home(user: string): string {
    if (user === '') return this.state.get('HOME') ?? '/root';
    if (user === 'root') return '/root';
    return `/home/${user}`;
  }

  private currentIO(): IO {
    if (!this.io) throw new Error('interpreter: no I/O bound');
    return this.io;
  }

  /** The streams expansions report to (`$(…)` inherits stdin/stderr; `${x:?}` writes there). */
  bindIO(io: IO): void {
    this.io = io;
  }

  // ---- processes -------------------------------------------------------------------------

  /** Run `body` as a whole process: `exit`, stray `break`/`return` end it with a status. */
  runProcess(body: () => Status): Status {
    let r: Status;
    try {
      r = body();
    } catch (e) {
      return processStatus(e);
    }
    if (typeof r === 'number') return r;
    return r.then(undefined, processStatus);
  }

  // ---- lists -----------------------------------------------------------------------------

  execScript(script: Script, io: IO): Status {
    const items = script.items;
    let status = this.state.status;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.background) this.noteBackground(io);
      const r = this.execAndOr(item.command, io);
      if (typeof r !== 'number') return this.scriptAsync(script, io, i, r);
      status = r;
    }
    return status;
  }

  private async scriptAsync(
    script: Script,
    io: IO,
    i: number,
    pending: Promise<number>,
  ): Promise<number> {
    let status = await pending;
    const items = script.items;
    for (let j = i + 1; j < items.length; j++) {
      if (items[j].background) this.noteBackground(io);
      const r = this.execAndOr(items[j].command, io);
      status = typeof r === 'number' ? r : await r;
    }
    return status;
  }

  private noteBackground(io: IO): void {
    if (this.rt.backgroundNoted) return;
    this.rt.backgroundNoted = true;
    io.stderr.write(
      'layerlab: background jobs (&) are not modelled; the command runs in the foreground\n',
    );
  }

  private execAndOr(list: AndOr, io: IO): Status {
    const n = list.rest.length;
    if (n === 0) {
      const r = this.execPipeline(list.first, io);
      if (typeof r === 'number') return this.errexit(r, true, list.first.bang);
      return r.then((s) => this.errexit(s, true, list.first.bang));
    }
    // Only the last pipeline of `a && b || c` is subject to `set -e`, and only if it ran.
    const base = this.noErrexit;
    this.noErrexit = base + 1;
    const r = this.execPipeline(list.first, io);
    if (typeof r !== 'number') return this.andOrAsync(list, io, base, -1, r);
    return this.andOrFrom(list, io, base, 0, r);
  }

  /** Runs the rest of an and-or list from `i` (the status so far is `status`). */
  private andOrFrom(list: AndOr, io: IO, base: number, i: number, status: number): Status {
    const n = list.rest.length;
    let lastRan = false;
    for (; i < n; i++) {
      const { op, pipeline } = list.rest[i];
      if ((op === '&&') !== (status === 0)) continue;
      const last = i === n - 1;
      this.noErrexit = last ? base : base + 1;
      const r = this.execPipeline(pipeline, io);
      if (typeof r !== 'number') return this.andOrAsync(list, io, base, i, r);
      status = r;
      lastRan = last;
    }
    this.noErrexit = base;
    return this.errexit(status, lastRan, list.rest[n - 1].pipeline.bang);
  }

  private async andOrAsync(
    list: AndOr,
    io: IO,
    base: number,
    i: number,
    pending: Promise<number>,
  ): Promise<number> {
    const status = await pending;
    const n = list.rest.length;
    if (i === n - 1) {
      this.noErrexit = base;
      return this.errexit(status, true, list.rest[n - 1].pipeline.bang);
    }
    const r = this.andOrFrom(list, io, base, i + 1, status);
    return typeof r === 'number' ? r : await r;
  }

  private errexit(status: number, lastRan: boolean, bang: boolean): number {
    if (status !== 0 && lastRan && !bang && this.state.flags.errexit && this.noErrexit === 0)
      throw new ExitSignal(status);
    return status;
  }

  private execPipeline(p: Pipeline, io: IO): Status {
    if (p.commands.length === 1 && !p.bang) {
      const r = this.execCommand(p.commands[0], io);
      if (typeof r === 'number') {
        this.state.status = r;
        return r;
      }
      return r.then((s) => (this.state.status = s));
    }
    const base = this.noErrexit;
    if (p.bang) this.noErrexit = base + 1;
    const r =
      p.commands.length === 1
        ? this.execCommand(p.commands[0], io)
        : execStages(this, p.commands, io);
    if (typeof r === 'number') return this.endPipeline(p, base, r);
    return r.then((s) => this.endPipeline(p, base, s));
  }

  private endPipeline(p: Pipeline, base: number, status: number): number {
    this.noErrexit = base;
    if (p.bang) status = status === 0 ? 1 : 0;
    this.state.status = status;
    return status;
  }

  // ---- commands --------------------------------------------------------------------------

  /**
   * One step of the run's budget; also stops a pipeline stage whose reader went away. Returns a
   * promise only when the host or a pipe's reader is due a turn.
   */
  step(io: IO): Promise<void> | undefined {
    const turn = this.rt.budget.step();
    if (turn) return turn.then(() => this.afterTurn(io));
    if (io.signal.interrupted) throw new ExitSignal(141);
    const out = io.stdout;
    if (isDrainable(out) && ++this.pipeTurn % PIPE_TURN_EVERY === 0)
      return out.drained().then(() => this.afterTurn(io));
    return undefined;
  }

  private afterTurn(io: IO): void {
    this.rt.budget.check();
    if (io.signal.interrupted) throw new ExitSignal(141);
  }

  execCommand(cmd: AstCommand, io: IO): Status {
    switch (cmd.type) {
      case 'simple':
        return this.execSimple(cmd, io);
      case 'function':
        this.state.functions.set(cmd.name, cmd.body);
        return 0;
    }
    if (cmd.redirs.length === 0) return this.execCompound(cmd, io);
    this.io = io;
    let r: Maybe<IO | null>;
    try {
      r = applyRedirects(this, cmd.redirs, io);
    } catch (e) {
      return expansionStatus(e);
    }
    if (r instanceof Promise)
      return r.then((rio) => (rio ? this.execCompound(cmd, rio) : 1), expansionStatus);
    return r ? this.execCompound(cmd, r) : 1;
  }

  private execCompound(cmd: Exclude<AstCommand, SimpleCommand | { type: 'function' }>, io: IO) {
    switch (cmd.type) {
      case 'subshell': {
        const child = this.fork();
        return child.runProcess(() => child.execScript(cmd.body, io));
      }
      case 'group':
        return this.execScript(cmd.body, io);
      case 'if':
        return execIf(this, cmd, io);
      case 'for':
        return execFor(this, cmd, io);
      case 'while':
        return execWhile(this, cmd, io);
      case 'case':
        return execCase(this, cmd, io);
    }
  }

  /** A condition (`if`, `while`): `set -e` does not apply inside. */
  condition(script: Script, io: IO): Status {
    const base = this.noErrexit;
    this.noErrexit = base + 1;
    const r = this.execScript(script, io);
    if (typeof r === 'number') {
      this.noErrexit = base;
      return r;
    }
    return r.then((s) => {
      this.noErrexit = base;
      return s;
    });
  }

  /** One loop body: its status, or BREAK; `continue` is status 0; outer levels rethrow. */
  loopBody(body: Script, io: IO): Status {
    const base = this.noErrexit;
    const depth = this.loopDepth;
    let r: Status;
    try {
      r = this.execScript(body, io);
    } catch (e) {
      return this.loopSignal(e, base, depth);
    }
    if (typeof r === 'number') return r;
    return r.then(undefined, (e: unknown) => this.loopSignal(e, base, depth));
  }

  private loopSignal(e: unknown, base: number, depth: number): number {
    if (!(e instanceof BreakSignal)) throw e;
    this.noErrexit = base;
    this.loopDepth = depth;
    if (e.levels > 1) {
      e.levels--;
      throw e;
    }
    return e.kind === 'break' ? BREAK : 0;
  }

  private execSimple(cmd: SimpleCommand, io: IO): Status {
    const turn = this.step(io);
    if (turn) return turn.then(() => this.expandSimple(cmd, io));
    return this.expandSimple(cmd, io);
  }

  private expandSimple(cmd: SimpleCommand, io: IO): Status {
    this.io = io;
    this.substStatus = 0;
    let argv: Maybe<string[]>;
    try {
      argv = this.expander.fieldsOf(cmd.words);
    } catch (e) {
      return expansionStatus(e);
    }
    if (argv instanceof Promise)
      return argv.then((a) => this.assignSimple(cmd, io, a, 0, null), expansionStatus);
    return this.assignSimple(cmd, io, argv, 0, null);
  }

  /**
   * Assignments, left to right, each seeing the ones before: into the shell when there is no
   * command, else into `temp` (the command's environment; set in the shell meanwhile).
   */
  private assignSimple(
    cmd: SimpleCommand,
    io: IO,
    argv: string[],
    from: number,
    temp: Assigns | null,
  ): Status {
    const list = cmd.assigns;
    for (let i = from; i < list.length; i++) {
      const a = list[i];
      let v: Maybe<string>;
      try {
        v = this.expander.string(a.value);
      } catch (e) {
        if (temp) this.restoreTemp(temp);
        return expansionStatus(e);
      }
      if (typeof v !== 'string') {
        const t = temp;
        return v.then(
          (value) => {
            temp = this.assign(a.name, a.append, value, argv, t);
            return this.assignSimple(cmd, io, argv, i + 1, temp);
          },
          (e: unknown) => {
            if (t) this.restoreTemp(t);
            return expansionStatus(e);
          },
        );
      }
      temp = this.assign(a.name, a.append, v, argv, temp);
    }
    return this.runSimple(cmd, io, argv, temp);
  }

  private assign(
    name: string,
    append: boolean,
    value: string,
    argv: string[],
    temp: Assigns | null,
  ): Assigns | null {
    if (append) value = (this.state.get(name) ?? '') + value;
    if (argv.length === 0) {
      this.state.set(name, value);
      return temp;
    }
    const t = temp ?? [];
    const old = this.state.vars.get(name);
    t.push([name, value]);
    this.tempSaved.push([name, old]);
    this.state.vars.set(name, { value, exported: true });
    return t;
  }

  /** Values the temporary assignments of the running command replaced (a stack). */
  private tempSaved: [string, Var | undefined][] = [];

  private restoreTemp(temp: Assigns): void {
    for (let k = 0; k < temp.length; k++) {
      const [name, old] = this.tempSaved.pop() as [string, Var | undefined];
      if (old) this.state.vars.set(name, old);
      else this.state.vars.delete(name);
    }
  }

  private runSimple(cmd: SimpleCommand, io: IO, argv: string[], temp: Assigns | null): Status {
    if (this.state.flags.xtrace) this.trace(io, cmd, argv);
    if (cmd.redirs.length === 0) {
      if (argv.length === 0) return this.substStatus;
      return this.dispatch(argv, io, temp);
    }
    let r: Maybe<IO | null>;
    try {
      r = applyRedirects(this, cmd.redirs, io);
    } catch (e) {
      if (temp) this.restoreTemp(temp);
      return expansionStatus(e);
    }
    if (r instanceof Promise)
      return r.then(
        (rio) => this.afterRedirects(argv, rio, temp),
        (e: unknown) => {
          if (temp) this.restoreTemp(temp);
          return expansionStatus(e);
        },
      );
    return this.afterRedirects(argv, r, temp);
  }

  private afterRedirects(argv: string[], rio: IO | null, temp: Assigns | null): Status {
    if (!rio) {
      if (temp) this.restoreTemp(temp);
      return 1;
    }
    if (argv.length === 0) return this.substStatus;
    this.io = rio;
    return this.dispatch(argv, rio, temp);
  }

  /** Run the command with its temporary assignments, then drop them. */
  private dispatch(argv: string[], io: IO, temp: Assigns | null): Status {
    let r: Status;
    try {
      r = this.runArgv(argv, io, temp ?? undefined);
    } catch (e) {
      if (temp) this.restoreTemp(temp);
      throw e;
    }
    if (typeof r === 'number') {
      if (temp) this.restoreTemp(temp);
      // A program that stopped because the budget ran out or Ctrl+C ends the whole line.
      this.rt.budget.check();
      return r;
    }
    return r.then(
      (s) => {
        if (temp) this.restoreTemp(temp);
        this.rt.budget.check();
        return s;
      },
      (e: unknown) => {
        if (temp) this.restoreTemp(temp);
        throw e;
      },
    );
  }

  private trace(io: IO, cmd: SimpleCommand, argv: string[]): void {
    const ps4 = this.state.get('PS4') ?? '+ ';
    for (const a of cmd.assigns)
      io.stderr.write(`${ps4}${a.name}=${shellQuote(this.state.get(a.name) ?? '')}\n`);
    if (argv.length > 0) io.stderr.write(`${ps4}${argv.map(shellQuote).join(' ')}\n`);
  }

  /**
   * Run an already expanded command: function, builtin, or program on PATH. `assigns` are the
   * command's own variables: for a function or builtin they are set in the shell while it runs
   * (the caller of runArgv from execSimple has set them already).
   */
  runArgv(argv: readonly string[], io: IO, assigns?: Assigns): Status {
    const name = argv[0];
    const fn = this.state.functions.get(name);
    if (fn !== undefined) return this.callFunction(name, fn, argv.slice(1), io);
    const builtin = this.rt.builtins[name];
    if (builtin !== undefined) return this.runBuiltin(builtin, argv, io);
    const env = this.state.environment();
    if (assigns) for (const [k, v] of assigns) env[k] = v;
    return runExternal(this, argv, io, env);
  }

  /** runArgv for a caller that did not set `assigns` in the shell (ctx.exec, xargs, env). */
  runWithAssigns(argv: readonly string[], io: IO, assigns: Assigns): Status {
    if (assigns.length === 0) return this.runArgv(argv, io);
    for (const [k, v] of assigns) {
      this.tempSaved.push([k, this.state.vars.get(k)]);
      this.state.vars.set(k, { value: v, exported: true });
    }
    let r: Status;
    try {
      r = this.runArgv(argv, io, assigns);
    } catch (e) {
      this.restoreTemp(assigns);
      throw e;
    }
    if (typeof r === 'number') {
      this.restoreTemp(assigns);
      return r;
    }
    return r.finally(() => this.restoreTemp(assigns));
  }

  private callFunction(name: string, body: AstCommand, args: string[], io: IO): Status {
    const turn = this.step(io);
    if (turn) return turn.then(() => this.enterFunction(name, body, args, io));
    return this.enterFunction(name, body, args, io);
  }

  private enterFunction(name: string, body: AstCommand, args: string[], io: IO): Status {
    if (this.funcDepth >= MAX_FUNCTION_DEPTH) {
      io.stderr.write(
        `${this.rt.errorPrefix}: ${name}: maximum function nesting level exceeded (${MAX_FUNCTION_DEPTH})\n`,
      );
      throw new ExitSignal(1);
    }
    const frame = new FunctionFrame(this, args);
    let r: Status;
    try {
      r = this.execCommand(body, io);
    } catch (e) {
      return frame.leaveWith(e);
    }
    if (typeof r === 'number') {
      frame.leave();
      return r;
    }
    return r.then(
      (s) => {
        frame.leave();
        return s;
      },
      (e: unknown) => frame.leaveWith(e),
    );
  }

  private runBuiltin(builtin: Builtin, argv: readonly string[], io: IO): Status {
    let r: Status;
    try {
      r = builtin.run(new BuiltinCall(this, argv, io));
    } catch (e) {
      return builtinFailure(e, argv, io);
    }
    if (typeof r === 'number') return r;
    return r.then(undefined, (e: unknown) => builtinFailure(e, argv, io));
  }

  /** The context a program runs with. */
  context(argv: readonly string[], io: IO, env: Record<string, string>): CommandContext {
    return programContext(this, argv, io, env);
  }

  // ---- used by builtins ------------------------------------------------------------------

  /** `eval`, `source`: run parsed text in this very process. */
  runInThisShell(script: Script, io: IO): Status {
    return this.execScript(script, io);
  }
}

/** What a function call saves and gives back: positional parameters, locals, counters. */
class FunctionFrame {
  private readonly positional: string[];
  private readonly loopDepth: number;
  private readonly noErrexit: number;

  constructor(
    private readonly sh: Interpreter,
    args: string[],
  ) {
    const st = sh.state;
    this.positional = st.positional;
    this.loopDepth = sh.loopDepth;
    this.noErrexit = sh.noErrexit;
    st.positional = args;
    st.locals.push(new Map());
    sh.funcDepth++;
    sh.loopDepth = 0;
  }

  leave(): void {
    const sh = this.sh;
    const st = sh.state;
    sh.funcDepth--;
    sh.loopDepth = this.loopDepth;
    sh.noErrexit = this.noErrexit;
    st.positional = this.positional;
    const frame = st.locals.pop();
    if (frame) {
      for (const [k, v] of frame) {
        if (v) st.vars.set(k, v);
        else st.vars.delete(k);
      }
    }
  }

  leaveWith(e: unknown): number {
    this.leave();
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  }
}

function trimNewlines(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 10) end--;
  return end === s.length ? s : s.slice(0, end);
}

function processStatus(e: unknown): number {
  if (e instanceof ExitSignal) return e.status;
  if (e instanceof ReturnSignal) return e.status;
  if (e instanceof BreakSignal) return 0;
  if (e instanceof ExpansionError) return e.status;
  throw e;
}

/** An expansion error fails the command (status 1); anything else goes on unwinding. */
export function expansionStatus(e: unknown): number {
  if (e instanceof ExpansionError) return e.status;
  throw e;
}

function builtinFailure(e: unknown, argv: readonly string[], io: IO): number {
  if (isControl(e)) throw e;
  io.stderr.write(`layerlab: ${argv[0]}: internal error: ${String(e)}\n`);
  return 1;
}

function isControl(e: unknown): boolean {
  return (
    e instanceof ExitSignal ||
    e instanceof ReturnSignal ||
    e instanceof BreakSignal ||
    e instanceof AbortSignal ||
    e instanceof ExpansionError
  );
}
