// The contract between the shell and the programs it runs: builtins, coreutils, docker, and the
// simulated programs inside images. A command is `{ name, run(ctx) }`; it reports failure through
// its exit status and stderr, never by throwing. Everything it may touch comes in through ctx.

import type { Clock } from '../engine/clock/clock';
import type { FileSystem } from '../engine/fs/types';
import type { Tty } from '../console/tty';

export interface InputStream {
  /** The next line including its '\n' (the last line of a file may lack one), or null at EOF. */
  readLine(): Promise<string | null>;
  /** Everything up to EOF. */
  readAll(): Promise<string>;
  /** True when this is the learner's terminal. */
  readonly isTTY: boolean;
  /** The terminal itself, when stdin is the terminal: full-screen programs read it raw. */
  readonly tty?: Tty;
}

export interface OutputStream {
  write(text: string): void;
  readonly isTTY: boolean;
  /** Terminal width for column layouts (ls); 80 when not a terminal. */
  readonly columns: number;
}

/** Ctrl+C reaches a running command through this. */
export interface Interrupt {
  readonly interrupted: boolean;
  /** Called once when Ctrl+C arrives; returns an unsubscribe function. */
  onInterrupt(listener: () => void): () => void;
}

export interface CommandContext {
  /** argv[0] is the command name as typed. */
  readonly argv: readonly string[];
  /** Absolute working directory. */
  readonly cwd: string;
  /** The exported environment, a copy the command may read (changes do not reach the shell). */
  readonly env: Readonly<Record<string, string>>;
  readonly fs: FileSystem;
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly signal: Interrupt;
  readonly clock: Clock;
  /**
   * Wait `ms` of lab time (instant pace: the clock jumps; normal pace: real time passes).
   * Resolves false when interrupted by Ctrl+C.
   */
  sleep(ms: number): Promise<boolean>;
  /** Resolve a path against cwd (no symlink resolution). */
  resolve(path: string): string;
  /**
   * Run a command (builtin, function or program; no parsing) in a child of the shell on the same
   * filesystem (xargs, env, find -exec). `env` adds to the environment it gets.
   */
  exec(
    argv: readonly string[],
    io?: {
      stdin?: InputStream;
      stdout?: OutputStream;
      stderr?: OutputStream;
      env?: Readonly<Record<string, string>>;
    },
  ): Promise<number>;
  /** Services of the machine the shell runs on: its identity, users, and (on the host) docker. */
  readonly system: SystemInfo;
  /**
   * Call once per unit of work in a long-running loop (yes, cat /dev/zero, ping): it counts
   * against the run's step budget, lets a pipe's reader catch up and the console handle Ctrl+C.
   * Resolves false when the command must stop (Ctrl+C, budget spent, or its reader is gone).
   */
  checkpoint(): Promise<boolean>;
}

/** Who and where: enough for uname, hostname, whoami, id, ps and the prompt. */
export interface SystemInfo {
  readonly hostname: string;
  /** Kernel release shown by `uname -r` — the host's, in every container too. */
  readonly kernelRelease: string;
  readonly uid: number;
  readonly gid: number;
}

export interface Command {
  readonly name: string;
  run(ctx: CommandContext): Promise<number> | number;
}
