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

import type {
  AndOr,
  Assignment,
  Command as AstCommand,
  Pipeline,
  Script,
  SimpleCommand,
  Word,
} from '../parser/ast';
import { evaluateArith } from './arith';
import type { Builtin } from '../builtins/builtin';
import type { CommandContext, InputStream, OutputStream } from '../types';
import { execArith, execArithFor, execCase, execFor, execIf, execWhile } from './compound';
import { execCond } from './cond';
import { BuiltinCall, programContext } from './context';
import { AbortSignal, BreakSignal, ExitSignal, ExpansionError, ReturnSignal } from './control';
import { Expander, type ExpandHost } from './expand';
import type { InterruptSource } from './interrupt';
import { runExternal } from './external';
import type { Maybe, Status } from './maybe';
import { shellQuote } from './quote';
import { applyRedirects, FileOutput } from './redirect';
import { parse } from '../parser/parser';
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

// Deep enough for any lesson script; shallow enough that the JS stack never runs out first.
// bash itself sets no limit (FUNCNEST is unset): it recurses until it crashes, so the lab stops
// the whole line with its own message instead of printing bash's FUNCNEST error.
export const MAX_FUNCTION_DEPTH = 200;
/** A loop body's result when it ran `break` (a status is 0…255). */
export const BREAK = -1;
/** A stage writing into a pipe gives its reader a turn this often (steps). */
const PIPE_TURN_EVERY = 16;

type Assigns = [string, string][];
/** An assignment's expanded value: a string, an array's elements, or `a[i]=v`. */
type AssignValue = string | string[] | { index: string; value: string };

export class Interpreter implements ExpandHost {
  readonly expander: Expander;
  /** Inside an `if`/`while` condition or a non-final `&&`/`||` part: `set -e` does not apply. */
  noErrexit = 0;
  loopDepth = 0;
  funcDepth = 0;
  sourceDepth = 0;
  /** How many forks (subshells, pipeline stages, `$(…)`) separate this process from its shell. */
  forkDepth = 0;
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
  fork(rt: Runtime = this.rt): Interpreter {
    const child = new Interpreter(rt, this.state.clone());
    child.baseIO = this.baseIO;
    child.where = this.where;
    child.line = this.line;
    child.fds = this.fds && { ...this.fds };
    // A subshell or pipeline stage inherits the nesting: `f(){ f | f; }` must hit the limit too.
    child.funcDepth = this.funcDepth;
    child.forkDepth = this.forkDepth + 1;
    return child;
  }

  /** Non-interactive: the name errors start with (`s.sh`, or `bash` for `bash -c`). */
  where: string | null = null;
  /** The line of the command running (for `s.sh: line 3: …`). */
  line = 1;

  /** What the shell's own error messages start with: `bash`, or `s.sh: line 3` in a script. */
  errorPrefix(): string {
    return this.where === null ? this.rt.errorPrefix : `${this.where}: line ${this.line}`;
  }

  /** The streams this process started with (`exec >file` replaces these, not pipes). */
  baseIO: IO | null = null;
  /** `exec` redirections: what replaces fd 0, 1, 2 of baseIO from now on. */
  private fds: { 0?: InputStream; 1?: OutputStream; 2?: OutputStream } | null = null;

  /** `io` with the process's `exec` redirections applied to the streams it started with. */
  private mapIO(io: IO): IO {
    const fds = this.fds;
    const base = this.baseIO;
    if (!fds || !base) return io;
    const stdin = fds[0] && io.stdin === base.stdin ? fds[0] : io.stdin;
    const stdout = fds[1] && io.stdout === base.stdout ? fds[1] : io.stdout;
    const stderr = fds[2] && io.stderr === base.stderr ? fds[2] : io.stderr;
    if (stdin === io.stdin && stdout === io.stdout && stderr === io.stderr) return io;
    return { stdin, stdout, stderr, signal: io.signal };
  }

  /** `exec >file 2>&1`: the redirections stay for the rest of the process. */
  private execRedirect(io: IO, rio: IO): number {
    const base = this.baseIO ?? io;
    this.baseIO = base;
    const fds = (this.fds ??= {});
    // Compare with what the stream was before: a pipe or a group's redirection is not replaced.
    if (rio.stdin !== io.stdin) fds[0] = rio.stdin;
    if (rio.stdout !== io.stdout) fds[1] = rio.stdout;
    if (rio.stderr !== io.stderr) fds[2] = rio.stderr;
    for (const fd of [0, 1, 2] as const) {
      const original = fd === 0 ? base.stdin : fd === 1 ? base.stdout : base.stderr;
      if (fds[fd] === original) delete fds[fd];
    }
    return 0;
  }

  /** The terminal's output, for `>/dev/tty` (undone `exec >file`); else null. */
  terminalOut(): OutputStream | null {
    return this.baseIO?.stdout.isTTY ? this.baseIO.stdout : null;
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
    const r = child.runProcess(() => child.execScript(body, sio), sio);
    if (typeof r === 'number') {
      this.substStatus = r;
      return trimNewlines(out.text);
    }
    return r.then((s) => {
      this.substStatus = s;
      return trimNewlines(out.text);
    });
  }

  error(message: string, plain = false): void {
    this.currentIO().stderr.write(plain ? `${message}\n` : `${this.errorPrefix()}: ${message}\n`);
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

  /**
   * Run `body` as a whole process: `exit`, stray `break`/`return` end it with a status. With
   * `io`, an EXIT trap the process set runs at the end.
   */
  runProcess(body: () => Status, io?: IO): Status {
    let r: Status;
    try {
      r = body();
    } catch (e) {
      return this.exitTrap(processStatus(e), io);
    }
    if (typeof r === 'number') return this.exitTrap(r, io);
    return r.then(undefined, processStatus).then((st) => this.exitTrap(st, io));
  }

  /** Runs the EXIT trap, if any, once; the status stays unless the trap runs `exit N`. */
  exitTrap(status: number, io?: IO): Status {
    const action = this.state.traps.get('EXIT');
    if (action === undefined || !io) return status;
    this.state.traps.delete('EXIT');
    const parsed = parse(action);
    if (!parsed.ok) {
      io.stderr.write(`${this.rt.errorPrefix}: ${parsed.error.message}\n`);
      return status;
    }
    this.state.status = status;
    this.resetCounters();
    const after = (e: unknown): number => {
      if (e instanceof ExitSignal) return e.status;
      if (e instanceof AbortSignal) throw e;
      return status;
    };
    let r: Status;
    try {
      r = this.execScript(parsed.script, io);
    } catch (e) {
      return after(e);
    }
    if (typeof r === 'number') return status;
    return r.then(() => status, after);
  }

  /**
   * A script as a shell reads it, line by line: an expansion error abandons the rest of its
   * line (status 1) and the next line runs; a fatal one (`${x:?}`, `set -u`) exits with
   * `fatalStatus`, or — interactive, `fatalStatus` null — abandons the line too.
   */
  async runLines(script: Script, io: IO, fatalStatus: number | null): Promise<number> {
    this.baseIO = io;
    const items = script.items;
    let status = this.state.status;
    for (let i = 0; i < items.length; i++) {
      try {
        if (items[i].background) this.noteBackground(io);
        const r = this.execAndOr(items[i].command, io);
        status = typeof r === 'number' ? r : await r;
      } catch (e) {
        if (!(e instanceof ExpansionError)) throw e;
        if (e.fatal && fatalStatus !== null) throw new ExitSignal(fatalStatus);
        this.resetCounters();
        status = e.status;
        this.state.status = status;
        const line = items[i].line;
        while (line !== undefined && i + 1 < items.length && items[i + 1].line === line) i++;
      }
    }
    return status;
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
    if (this.fds) io = this.mapIO(io);
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
    const r: Maybe<IO | null> = applyRedirects(this, cmd.redirs, io);
    if (r instanceof Promise) return r.then((rio) => (rio ? this.execCompound(cmd, rio) : 1));
    return r ? this.execCompound(cmd, r) : 1;
  }

  private execCompound(cmd: Exclude<AstCommand, SimpleCommand | { type: 'function' }>, io: IO) {
    switch (cmd.type) {
      case 'subshell': {
        const child = this.fork();
        return child.runProcess(() => child.execScript(cmd.body, io), io);
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
      case 'cond': {
        const turn = this.step(io);
        return turn ? turn.then(() => execCond(this, cmd, io)) : execCond(this, cmd, io);
      }
      case 'arith':
        return execArith(this, cmd, io);
      case 'arithfor':
        return execArithFor(this, cmd, io);
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
    this.line = cmd.line;
    this.substStatus = 0;
    const argv: Maybe<string[]> = this.expander.fieldsOf(cmd.words);
    if (argv instanceof Promise) return argv.then((a) => this.assignSimple(cmd, io, a, 0, null));
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
      let v: Maybe<AssignValue>;
      try {
        v = a.array || a.index ? this.expandAssign(a) : this.expander.string(a.value);
        if (!(v instanceof Promise)) temp = this.assign(a, v, argv, temp);
      } catch (e) {
        if (temp) this.restoreTemp(temp);
        throw e;
      }
      if (v instanceof Promise) {
        const t = temp;
        return v.then(
          (value) => {
            const next = this.assign(a, value, argv, t);
            return this.assignSimple(cmd, io, argv, i + 1, next);
          },
          (e: unknown) => {
            if (t) this.restoreTemp(t);
            throw e;
          },
        );
      }
    }
    return this.runSimple(cmd, io, argv, temp);
  }

  private expandAssign(a: Assignment): Maybe<AssignValue> {
    if (a.array) return this.expander.fieldsOf(a.array);
    const index = this.expander.string(a.index as Word);
    const value = this.expander.string(a.value);
    if (index instanceof Promise || value instanceof Promise)
      return Promise.all([index, value]).then(([i, v]) => ({ index: i, value: v }));
    return { index, value };
  }

  /**
   * One assignment, with bash's attributes: readonly refuses, integer evaluates, `+=` appends.
   * Into the shell when the command has no words, else into `temp` (see assignSimple).
   */
  private assign(
    a: Assignment,
    v: AssignValue,
    argv: string[],
    temp: Assigns | null,
  ): Assigns | null {
    const name = a.name;
    const st = this.state;
    const cur = st.vars.get(name);
    if (cur?.readonly) {
      this.error(`${name}: readonly variable`);
      if (argv.length === 0) throw new ExpansionError(1);
      return temp;
    }
    if (Array.isArray(v)) {
      st.setArray(name, cur?.integer ? v.map((x) => this.integer(x)) : v, a.append);
      return temp;
    }
    if (typeof v === 'object') {
      const i = this.expander.subscriptOf(name, v.index);
      if (i === null) throw new ExpansionError(1);
      const old = st.getAt(name, i);
      let value = v.value;
      if (cur?.integer) value = this.integer(a.append ? `${old || 0}+(${value})` : value);
      else if (a.append) value = (old ?? '') + value;
      st.setAt(name, i, value);
      return temp;
    }
    let value = v;
    if (cur?.integer) value = this.integer(a.append ? `${cur.value || 0}+(${v})` : v);
    else if (a.append) value = (cur?.value ?? '') + v;
    if (argv.length === 0) {
      st.set(name, value);
      return temp;
    }
    const t = temp ?? [];
    t.push([name, value]);
    this.tempSaved.push([name, cur]);
    st.vars.set(name, { value, exported: true });
    return t;
  }

  /** The value of an integer variable's assignment (`declare -i`). */
  private integer(expr: string): string {
    const r = evaluateArith(expr, this.expander.arithVars());
    if (r.ok) return String(r.value);
    this.error(r.message);
    throw new ExpansionError(1);
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
      throw e;
    }
    if (r instanceof Promise)
      return r.then(
        (rio) => this.afterRedirects(argv, rio, temp, io),
        (e: unknown) => {
          if (temp) this.restoreTemp(temp);
          throw e;
        },
      );
    return this.afterRedirects(argv, r, temp, io);
  }

  private afterRedirects(argv: string[], rio: IO | null, temp: Assigns | null, io: IO): Status {
    if (!rio) {
      if (temp) this.restoreTemp(temp);
      return 1;
    }
    if (argv.length === 0) return this.substStatus;
    if (argv.length === 1 && argv[0] === 'exec' && !this.state.functions.has('exec'))
      return this.execRedirect(io, rio);
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
    if (this.funcDepth >= MAX_FUNCTION_DEPTH) throw this.rt.budget.stop(runawayMessage(name, this));
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
    const file =
      io.stdout instanceof FileOutput && io.stdout.writeError === null ? io.stdout : null;
    if (file) file.writer = `${this.errorPrefix()}: ${argv[0]}`;
    try {
      r = builtin.run(new BuiltinCall(this, argv, io));
    } catch (e) {
      return builtinFailure(e, argv, io);
    }
    // `echo x > full`: bash's echo and printf fail with status 1 after `write error: …`.
    if (typeof r === 'number') return file?.writeError ? 1 : r;
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

/**
 * Why a recursion was stopped. Most levels went through a fork (`:(){ :|:& };:`, `f(){ (f); }`):
 * real bash would keep starting processes until the machine ran out of them.
 */
function runawayMessage(name: string, sh: Interpreter): string {
  if (sh.forkDepth * 2 >= MAX_FUNCTION_DEPTH)
    return `'${name}' keeps starting copies of itself (a fork bomb); a real machine would run out of processes`;
  return `function '${name}' nested ${MAX_FUNCTION_DEPTH} deep; real bash has no limit and recurses until it crashes`;
}

function processStatus(e: unknown): number {
  if (e instanceof ExitSignal) return e.status;
  if (e instanceof ReturnSignal) return e.status;
  if (e instanceof BreakSignal) return 0;
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
