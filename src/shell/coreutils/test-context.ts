// A small harness for driving coreutils in tests: a memory filesystem from storage, a manual lab
// clock, stdin from a string, stdout/stderr captured as strings, and `exec` that runs other
// coreutils (for xargs and find -exec). Not part of the lab's runtime.

import { createManualClock, type Clock } from '../../engine/clock/clock';
import type { FileSystem } from '../../engine/fs/types';
import { createMemoryFs } from '../../engine/storage';
import type {
  Command,
  CommandContext,
  InputStream,
  Interrupt,
  OutputStream,
  SystemInfo,
} from '../types';
import { normalize } from './lib/paths';

export class TextInput implements InputStream {
  private offset = 0;
  constructor(
    private readonly text: string,
    readonly isTTY = false,
  ) {}
  readLine(): Promise<string | null> {
    if (this.offset >= this.text.length) return Promise.resolve(null);
    const nl = this.text.indexOf('\n', this.offset);
    const end = nl < 0 ? this.text.length : nl + 1;
    const line = this.text.slice(this.offset, end);
    this.offset = end;
    return Promise.resolve(line);
  }
  readAll(): Promise<string> {
    const rest = this.text.slice(this.offset);
    this.offset = this.text.length;
    return Promise.resolve(rest);
  }
}

export class TextOutput implements OutputStream {
  text = '';
  constructor(
    readonly isTTY = false,
    readonly columns = 80,
  ) {}
  write(text: string): void {
    this.text += text;
  }
}

export class ManualInterrupt implements Interrupt {
  interrupted = false;
  private listeners: Array<() => void> = [];
  onInterrupt(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
  fire(): void {
    this.interrupted = true;
    for (const l of this.listeners) l();
  }
}

export interface Lab {
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly signal: ManualInterrupt;
  /** Commands `exec` can find (defaults to the coreutils registry passed in). */
  readonly commands: Record<string, Command>;
  cwd: string;
  env: Record<string, string>;
  /** Checkpoints allowed per run before checkpoint() says stop (the step budget). */
  budget: number;
  /** Called on every checkpoint (a test may fire Ctrl+C from here). */
  onCheckpoint?: (n: number) => void;
}

export interface RunOptions {
  stdin?: string;
  tty?: boolean;
  columns?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function createLab(commands: Record<string, Command> = {}): Lab {
  const clock = createManualClock();
  return {
    fs: createMemoryFs(clock),
    clock,
    signal: new ManualInterrupt(),
    commands,
    cwd: '/',
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/root' },
    budget: 10_000,
  };
}

const SYSTEM: SystemInfo = {
  hostname: 'layerlab',
  kernelRelease: '6.8.0-layerlab',
  uid: 0,
  gid: 0,
};

export function makeContext(
  lab: Lab,
  argv: readonly string[],
  io: { stdin: InputStream; stdout: OutputStream; stderr: OutputStream },
): CommandContext {
  let steps = 0;
  const resolve = (p: string): string =>
    p.startsWith('/') ? normalize(p) : normalize(`${lab.cwd}/${p}`);
  const ctx: CommandContext = {
    argv,
    cwd: lab.cwd,
    env: { ...lab.env },
    fs: lab.fs,
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    signal: lab.signal,
    clock: lab.clock,
    system: SYSTEM,
    sleep(ms) {
      lab.clock.advance(ms);
      return Promise.resolve(!lab.signal.interrupted);
    },
    resolve,
    async exec(args, sub) {
      const cmd = lab.commands[args[0] ?? ''];
      if (!cmd) {
        io.stderr.write(`bash: ${args[0]}: command not found\n`);
        return 127;
      }
      return cmd.run(
        makeContext(lab, args, {
          stdin: sub?.stdin ?? io.stdin,
          stdout: sub?.stdout ?? io.stdout,
          stderr: io.stderr,
        }),
      );
    },
    checkpoint() {
      steps++;
      lab.onCheckpoint?.(steps);
      return Promise.resolve(!lab.signal.interrupted && steps <= lab.budget);
    },
  };
  return ctx;
}

export async function run(
  lab: Lab,
  command: Command,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const stdout = new TextOutput(options.tty ?? false, options.columns ?? 80);
  const stderr = new TextOutput(options.tty ?? false, options.columns ?? 80);
  const stdin = new TextInput(options.stdin ?? '', options.tty ?? false);
  const ctx = makeContext(lab, [command.name, ...args], { stdin, stdout, stderr });
  const code = await command.run(ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Write files (text; a trailing '/' makes a directory) creating parents as needed. */
export function seed(fs: FileSystem, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('/')) {
      fs.mkdir(path, { recursive: true });
      continue;
    }
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    fs.mkdir(dir, { recursive: true });
    fs.writeFile(path, text);
  }
}
