// The ProcessRunner contract: how the engine runs a container's programs without knowing the shell.
// The lab implements it with src/shell and the simulated programs; tests use a small fake. The
// engine hands in everything a process may touch (its root filesystem, environment, stdio, the
// terminal, signals and a lab-time sleep) and gets back a promise of the exit status.
//
// The shapes of ProcessInput/ProcessOutput match the shell's InputStream/OutputStream, so a runner
// passes them straight through.

import type { Clock } from '../clock/clock';
import type { FileSystem } from '../fs/types';
import type { Tty } from '../../console/tty';
import type { Signal } from './signals';

export interface ProcessInput {
  /** The next line including its '\n', or null at EOF (stdin closed, or the process was killed). */
  readLine(): Promise<string | null>;
  readAll(): Promise<string>;
  readonly isTTY: boolean;
  /** Set when stdin is the container's terminal (`-t`). */
  readonly tty?: Tty;
}

export interface ProcessOutput {
  write(text: string): void;
  readonly isTTY: boolean;
  readonly columns: number;
}

export interface ProcessSignals {
  /**
   * Install a handler: the program now catches signals. Without one, a signal's default action
   * applies — which for PID 1 of a container means it is ignored (the kernel's rule for a
   * namespace's init), so `sleep` or `bash` as PID 1 outlive `docker stop` until the SIGKILL.
   * A handler decides for itself whether to exit (by resolving the run promise). Returns uninstall.
   */
  onSignal(handler: (signal: Signal) => void): () => void;
  /** True once the process has been killed (SIGKILL, or a signal's default action). */
  readonly killed: boolean;
  /** Called once when the process is killed: stop work and resolve soon; the status is ignored. */
  onKill(listener: () => void): () => void;
}

export interface ProcessUser {
  readonly uid: number;
  readonly gid: number;
  /** Name from the container's /etc/passwd, when it has one. */
  readonly name?: string;
  readonly home: string;
}

export interface ProcessSpec {
  /** argv as Docker passes it (argv[0] as written in Cmd/Entrypoint). */
  readonly argv: readonly string[];
  /** argv[0] resolved against PATH in the container (what runc execs). */
  readonly executable: string;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly user: ProcessUser;
  /** The container's root filesystem (union mount with /etc/hosts, hostname, resolv.conf bound). */
  readonly fs: FileSystem;
  readonly hostname: string;
  /** PID inside the container: 1 for the main process. */
  readonly pid: number;
  /** The container's terminal (`-t`); reads wait until someone attaches. */
  readonly tty?: Tty;
  readonly stdin: ProcessInput;
  readonly stdout: ProcessOutput;
  /** With a TTY this is the same stream as stdout (the terminal merges them). */
  readonly stderr: ProcessOutput;
  readonly signals: ProcessSignals;
  /**
   * Wait `ms` of lab time. Resolves true when the time has passed, false when the process was
   * killed first. At instant pace the clock jumps only when a foreground client drives it
   * (see timers.ts); a detached container's `sleep 100` really takes 100 lab seconds.
   */
  sleep(ms: number): Promise<boolean>;
  readonly clock: Clock;
  /** Which container this runs in, for programs that print it (nginx's error log, prompts). */
  readonly container: { readonly id: string; readonly name: string; readonly image: string };
  /** `exec` sessions set this; the main process has it false. */
  readonly isExec: boolean;
}

export interface ProcessRunner {
  /**
   * Run a program to completion. Resolve with its exit status (0–255; 128+n after signal n).
   * Never reject: report failures through stderr and the status, as a real process would.
   */
  run(spec: ProcessSpec): Promise<number>;
}

/** The shell's `Interrupt` shape for a process: it trips when the process is killed. */
export function interruptOf(signals: ProcessSignals): {
  readonly interrupted: boolean;
  onInterrupt(listener: () => void): () => void;
} {
  return {
    get interrupted() {
      return signals.killed;
    },
    onInterrupt: (listener) => signals.onKill(listener),
  };
}
