// The interpreter: walks the AST, expands words, applies redirections, and dispatches commands to
// functions, builtins or programs. One Interpreter is one shell process; subshells, pipeline
// stages and `$(…)` run in a clone (see state.ts).

import type {
  AndOr,
  CaseCommand,
  Command as AstCommand,
  ForCommand,
  IfCommand,
  LoopCommand,
  Pipeline,
  Script,
  SimpleCommand,
} from '../parser/ast';
import type { BuiltinContext } from '../builtins/builtin';
import type { CommandContext } from '../types';
import { AbortSignal, BreakSignal, ExitSignal, ExpansionError, ReturnSignal } from './control';
import { Expander, type ExpandHost } from './expand';
import type { InterruptSource } from './interrupt';
import { runExternal } from './external';
import { matchPattern } from './pattern';
import { resolvePath } from './paths';
import { shellQuote } from './quote';
import { applyRedirects } from './redirect';
import type { Runtime } from './runtime';
import type { ShellState } from './state';
import { Collector, Pipe, isDrainable } from './streams';
import type { InputStream, OutputStream } from '../types';

export interface IO {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly signal: InterruptSource;
}

const MAX_FUNCTION_DEPTH = 1000;

export class Interpreter implements ExpandHost {
  readonly expander: Expander;
  /** Inside an `if`/`while` condition or a non-final `&&`/`||` part: `set -e` does not apply. */
  private noErrexit = 0;
  loopDepth = 0;
  funcDepth = 0;
  sourceDepth = 0;
  /** Status of the last `$(…)`, which is `$?` of a command made only of assignments. */
  private substStatus = 0;
  private io: IO | null = null;

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
    const child = new Interpreter(this.rt, this.state.clone());
    child.loopDepth = 0;
    return child;
  }

  /** A new shell process (a script, `bash -c`) with its own state, on this machine. */
  childProcess(state: ShellState): Interpreter {
    return new Interpreter(this.rt, state);
  }

  // ---- ExpandHost ------------------------------------------------------------------------

  async commandSubstitution(body: Script): Promise<string> {
    const io = this.currentIO();
    const out = new Collector();
    const child = this.fork();
    const status = await child.runProcess(() => child.execScript(body, { ...io, stdout: out }));
    this.substStatus = status;
    return out.text.replace(/\n+$/, '');
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

  // ---- processes -------------------------------------------------------------------------

  /** Run `body` as a whole process: `exit`, stray `break`/`return` end it with a status. */
  async runProcess(body: () => Promise<number>): Promise<number> {
    try {
      return await body();
    } catch (e) {
      if (e instanceof ExitSignal) return e.status;
      if (e instanceof ReturnSignal) return e.status;
      if (e instanceof BreakSignal) return 0;
      if (e instanceof ExpansionError) return e.status;
      throw e;
    }
  }

  // ---- lists -----------------------------------------------------------------------------

  async execScript(script: Script, io: IO): Promise<number> {
    let status = this.state.status;
    for (const item of script.items) {
      if (item.background && !this.rt.backgroundNoted) {
        this.rt.backgroundNoted = true;
        io.stderr.write(
          'layerlab: background jobs (&) are not modelled; the command runs in the foreground\n',
        );
      }
      status = await this.execAndOr(item.command, io);
    }
    return status;
  }

  private async execAndOr(list: AndOr, io: IO): Promise<number> {
    const n = list.rest.length;
    // Only the last pipeline of `a && b || c` is subject to `set -e`, and only if it ran.
    if (n > 0) this.noErrexit++;
    let status: number;
    let lastRan = n === 0;
    try {
      status = await this.execPipeline(list.first, io);
      for (let i = 0; i < n; i++) {
        const { op, pipeline } = list.rest[i];
        if ((op === '&&') !== (status === 0)) continue;
        const last = i === n - 1;
        if (last) this.noErrexit--;
        try {
          status = await this.execPipeline(pipeline, io);
        } finally {
          if (last) this.noErrexit++;
        }
        lastRan = last;
      }
    } finally {
      if (n > 0) this.noErrexit--;
    }
    const lastBang = (n === 0 ? list.first : list.rest[n - 1].pipeline).bang;
    if (status !== 0 && lastRan && !lastBang && this.state.flags.errexit && this.noErrexit === 0)
      throw new ExitSignal(status);
    return status;
  }

  private async execPipeline(p: Pipeline, io: IO): Promise<number> {
    if (p.bang) this.noErrexit++;
    let status: number;
    try {
      status =
        p.commands.length === 1
          ? await this.execCommand(p.commands[0], io)
          : await this.execStages(p.commands, io);
    } finally {
      if (p.bang) this.noErrexit--;
    }
    if (p.bang) status = status === 0 ? 1 : 0;
    this.state.status = status;
    return status;
  }

  private async execStages(commands: readonly AstCommand[], io: IO): Promise<number> {
    const n = commands.length;
    const pipes = Array.from({ length: n - 1 }, () => new Pipe());
    const runs = commands.map(async (cmd, i) => {
      const { source, dispose } = io.signal.child();
      if (i < n - 1) pipes[i].onBroken(() => source.trip());
      const stageIO: IO = {
        stdin: i === 0 ? io.stdin : pipes[i - 1].reader,
        stdout: i === n - 1 ? io.stdout : pipes[i].writer,
        stderr: io.stderr,
        signal: source,
      };
      const child = this.fork();
      try {
        return await child.runProcess(() => child.execCommand(cmd, stageIO));
      } finally {
        dispose();
        if (i < n - 1) pipes[i].closeWriter();
        if (i > 0) pipes[i - 1].closeReader();
      }
    });
    const settled = await Promise.allSettled(runs);
    const statuses: number[] = [];
    for (const s of settled) {
      if (s.status === 'rejected') throw s.reason;
      statuses.push(s.value);
    }
    if (this.state.flags.pipefail) {
      for (let i = statuses.length - 1; i >= 0; i--) if (statuses[i] !== 0) return statuses[i];
      return 0;
    }
    return statuses[statuses.length - 1];
  }

  // ---- commands --------------------------------------------------------------------------

  /** One step of the run's budget; also stops a pipeline stage whose reader went away. */
  async step(io: IO): Promise<void> {
    await this.rt.budget.step();
    if (io.signal.interrupted) throw new ExitSignal(141);
  }

  async execCommand(cmd: AstCommand, io: IO): Promise<number> {
    switch (cmd.type) {
      case 'simple':
        return this.execSimple(cmd, io);
      case 'function':
        this.state.functions.set(cmd.name, cmd.body);
        return 0;
    }
    return this.withRedirects(cmd.redirs, io, async (rio) => {
      switch (cmd.type) {
        case 'subshell': {
          const child = this.fork();
          return child.runProcess(() => child.execScript(cmd.body, rio));
        }
        case 'group':
          return this.execScript(cmd.body, rio);
        case 'if':
          return this.execIf(cmd, rio);
        case 'for':
          return this.execFor(cmd, rio);
        case 'while':
          return this.execWhile(cmd, rio);
        case 'case':
          return this.execCase(cmd, rio);
      }
    });
  }

  private async withRedirects(
    redirs: SimpleCommand['redirs'],
    io: IO,
    body: (io: IO) => Promise<number>,
  ): Promise<number> {
    if (redirs.length === 0) return body(io);
    const saved = this.io;
    this.io = io;
    try {
      const r = await applyRedirects(this, redirs, io);
      if (!r) return 1;
      return await body(r);
    } catch (e) {
      if (e instanceof ExpansionError) return e.status;
      throw e;
    } finally {
      this.io = saved;
    }
  }

  private async condition(script: Script, io: IO): Promise<number> {
    this.noErrexit++;
    try {
      return await this.execScript(script, io);
    } finally {
      this.noErrexit--;
    }
  }

  private async execIf(cmd: IfCommand, io: IO): Promise<number> {
    for (const c of cmd.clauses) {
      if ((await this.condition(c.cond, io)) === 0) return this.execScript(c.body, io);
    }
    if (cmd.elseBody) return this.execScript(cmd.elseBody, io);
    return 0;
  }

  /** Runs one loop body; returns 'break' or 'continue' when the loop must react. */
  private async loopBody(body: Script, io: IO): Promise<{ status: number; flow?: 'break' }> {
    try {
      return { status: await this.execScript(body, io) };
    } catch (e) {
      if (!(e instanceof BreakSignal)) throw e;
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return { status: 0, flow: e.kind === 'break' ? 'break' : undefined };
    }
  }

  private async execFor(cmd: ForCommand, io: IO): Promise<number> {
    this.io = io;
    let items: string[];
    try {
      items = cmd.items ? await this.expander.fieldsOf(cmd.items) : [...this.state.positional];
    } catch (e) {
      if (e instanceof ExpansionError) return e.status;
      throw e;
    }
    let status = 0;
    this.loopDepth++;
    try {
      for (const item of items) {
        await this.step(io);
        this.state.set(cmd.name, item);
        const r = await this.loopBody(cmd.body, io);
        status = r.status;
        if (r.flow === 'break') break;
      }
    } finally {
      this.loopDepth--;
    }
    return status;
  }

  private async execWhile(cmd: LoopCommand, io: IO): Promise<number> {
    let status = 0;
    this.loopDepth++;
    try {
      for (;;) {
        await this.step(io);
        const c = await this.condition(cmd.cond, io);
        if ((c === 0) === cmd.until) break;
        const r = await this.loopBody(cmd.body, io);
        status = r.status;
        if (r.flow === 'break') break;
      }
    } finally {
      this.loopDepth--;
    }
    return status;
  }

  private async execCase(cmd: CaseCommand, io: IO): Promise<number> {
    this.io = io;
    try {
      const word = await this.expander.string(cmd.word);
      let fallthrough = false;
      for (const item of cmd.items) {
        let matched = fallthrough;
        for (const p of item.patterns) {
          if (matched) break;
          matched = matchPattern(await this.expander.pattern(p), word);
        }
        if (!matched) continue;
        const status = await this.execScript(item.body, io);
        if (item.terminator === ';;') return status;
        fallthrough = item.terminator === ';&';
        if (!fallthrough && item === cmd.items[cmd.items.length - 1]) return status;
      }
      return 0;
    } catch (e) {
      if (e instanceof ExpansionError) return e.status;
      throw e;
    }
  }

  private async execSimple(cmd: SimpleCommand, io: IO): Promise<number> {
    await this.step(io);
    const saved = this.io;
    this.io = io;
    try {
      this.substStatus = 0;
      const argv = await this.expander.fieldsOf(cmd.words);
      const assigns: [string, string][] = [];
      for (const a of cmd.assigns) {
        let v = await this.expander.string(a.value);
        if (a.append) v = (this.state.get(a.name) ?? '') + v;
        assigns.push([a.name, v]);
      }
      if (this.state.flags.xtrace) this.trace(io, assigns, argv);
      if (argv.length === 0) {
        for (const [k, v] of assigns) this.state.set(k, v);
        if (cmd.redirs.length > 0) {
          const r = await applyRedirects(this, cmd.redirs, io);
          if (!r) return 1;
        }
        return this.substStatus;
      }
      const rio = cmd.redirs.length > 0 ? await applyRedirects(this, cmd.redirs, io) : io;
      if (!rio) return 1;
      this.io = rio;
      const status = await this.runArgv(argv, rio, assigns);
      // A program that stopped because the budget ran out or Ctrl+C ends the whole line.
      this.rt.budget.check();
      return status;
    } catch (e) {
      if (e instanceof ExpansionError) return e.status;
      throw e;
    } finally {
      this.io = saved;
    }
  }

  private trace(io: IO, assigns: [string, string][], argv: string[]): void {
    const ps4 = this.state.get('PS4') ?? '+ ';
    for (const [k, v] of assigns) io.stderr.write(`${ps4}${k}=${shellQuote(v)}\n`);
    if (argv.length > 0) io.stderr.write(`${ps4}${argv.map(shellQuote).join(' ')}\n`);
  }

  /** Run an already expanded command: function, builtin, or program on PATH. */
  async runArgv(
    argv: readonly string[],
    io: IO,
    assigns: [string, string][] = [],
  ): Promise<number> {
    const name = argv[0];
    const fn = this.state.functions.get(name);
    const builtin = this.rt.builtins[name];
    if (fn || builtin) {
      const restore = this.tempAssign(assigns);
      try {
        if (fn) return await this.callFunction(name, fn, argv.slice(1), io);
        return await this.runBuiltin(argv, io);
      } finally {
        restore();
      }
    }
    const env = { ...this.state.environment() };
    for (const [k, v] of assigns) env[k] = v;
    return runExternal(this, argv, io, env);
  }

  private tempAssign(assigns: [string, string][]): () => void {
    if (assigns.length === 0) return () => {};
    const saved = assigns.map(([k]) => [k, this.state.vars.get(k)] as const);
    for (const [k, v] of assigns) this.state.vars.set(k, { value: v, exported: true });
    return () => {
      for (const [k, v] of saved) {
        if (v) this.state.vars.set(k, v);
        else this.state.vars.delete(k);
      }
    };
  }

  private async callFunction(
    name: string,
    body: AstCommand,
    args: string[],
    io: IO,
  ): Promise<number> {
    await this.step(io);
    if (this.funcDepth >= MAX_FUNCTION_DEPTH) {
      io.stderr.write(
        `${this.rt.errorPrefix}: ${name}: maximum function nesting level exceeded (${MAX_FUNCTION_DEPTH})\n`,
      );
      throw new ExitSignal(1);
    }
    const savedPositional = this.state.positional;
    const savedLoop = this.loopDepth;
    this.state.positional = args;
    this.state.locals.push(new Map());
    this.funcDepth++;
    this.loopDepth = 0;
    try {
      return await this.execCommand(body, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      this.funcDepth--;
      this.loopDepth = savedLoop;
      this.state.positional = savedPositional;
      const frame = this.state.locals.pop();
      if (frame) {
        for (const [k, v] of frame) {
          if (v) this.state.vars.set(k, v);
          else this.state.vars.delete(k);
        }
      }
    }
  }

  private async runBuiltin(argv: readonly string[], io: IO): Promise<number> {
    const builtin = this.rt.builtins[argv[0]];
    // Built without spreading: a builtin rarely reads env, so it is computed on first use.
    const ctx = this.context(argv, io, () => this.state.environment()) as BuiltinContext & {
      shell: Interpreter;
      io: IO;
    };
    ctx.shell = this;
    ctx.io = io;
    try {
      return await builtin.run(ctx);
    } catch (e) {
      if (isControl(e)) throw e;
      io.stderr.write(`layerlab: ${argv[0]}: internal error: ${String(e)}\n`);
      return 1;
    }
  }

  /** The context a command runs with. */
  context(
    argv: readonly string[],
    io: IO,
    env: Record<string, string> | (() => Record<string, string>),
  ): CommandContext {
    const cwd = this.state.cwd;
    const budget = this.rt.budget;
    let envValue = typeof env === 'function' ? null : env;
    return {
      argv,
      cwd,
      get env() {
        envValue ??= (env as () => Record<string, string>)();
        return envValue;
      },
      fs: this.rt.fs,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      signal: io.signal,
      clock: this.rt.clock,
      system: this.rt.system,
      sleep: (ms) => this.rt.sleep(ms, io.signal),
      resolve: (p) => resolvePath(cwd, p),
      exec: async (args, streams = {}) => {
        if (args.length === 0) return 0;
        const child = this.fork();
        const cio: IO = {
          stdin: streams.stdin ?? io.stdin,
          stdout: streams.stdout ?? io.stdout,
          stderr: streams.stderr ?? io.stderr,
          signal: io.signal,
        };
        const assigns = Object.entries(streams.env ?? {});
        return child.runProcess(() => child.runArgv(args, cio, assigns));
      },
      checkpoint: async () => {
        if (io.signal.interrupted) return false;
        if (!(await budget.checkpoint())) return false;
        const out = io.stdout;
        if (isDrainable(out)) {
          await out.drained();
          if (out.broken) return false;
        }
        return !io.signal.interrupted;
      },
    };
  }

  // ---- used by builtins ------------------------------------------------------------------

  /** `eval`, `source`: run parsed text in this very process. */
  async runInThisShell(script: Script, io: IO): Promise<number> {
    return this.execScript(script, io);
  }
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
