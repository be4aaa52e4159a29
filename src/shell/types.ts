// The contract between the shell and the programs it runs: builtins, coreutils, docker, and the
// simulated programs inside images. A command is `{ name, run(ctx) }`; it reports failure through
// its exit status and stderr, never by throwing. Everything it may touch comes in through ctx.

import type { Clock } from '../engine/clock/clock';
import type { FileSystem } from '../engine/fs/types';
import type { Tty } from '../console/tty';
import type { DiskInfo } from './disk';

export interface InputStream {
  /** The next line including its '\n' (the last line of a file may lack one), or null at EOF. */
  readLine(): Promise<string | null>;
  /** Everything up to EOF. */
  readAll(): Promise<string>;
  /**
   * readLine without waiting, for streams whose text is all there (a file, a here-doc): lets
   * `while read l; do …; done < file` run without a microtask a line. Optional.
   */
  readLineSync?(): string | null;
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
  /**
   * The write size this output prefers (st_blksize): a file on disk takes big writes, so `yes`
   * and `cat /dev/zero` fill it in few steps. Absent: 4 KiB.
   */
  readonly blockSize?: number;
  /** Set once a write failed (the strerror text, e.g. `No space left on device`). */
  readonly writeError?: string | null;
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
      /** Run as another user (gosu, su): the child and what it starts see these ids. */
      user?: { readonly uid: number; readonly gid: number };
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

/**
 * Who and where: enough for uname, hostname, whoami, id and the prompt — plus optional providers
 * the system tools read (ps, top, kill, ip, ifconfig, ping, mount, free, uptime, nproc,
 * systemctl). Each program prints a plain Docker host's defaults when a provider is absent
 * (programs/system/host-defaults.ts); the containers engine supplies them inside a container.
 */
export interface SystemInfo {
  readonly hostname: string;
  /** Kernel release shown by `uname -r` — the host's, in every container too. */
  readonly kernelRelease: string;
  readonly uid: number;
  readonly gid: number;
  /** The process table, PID order not required (ps, top). Inside a container PID 1 is its main process. */
  processes?(): readonly ProcessInfo[];
  /** Deliver a signal (kill). */
  signal?(pid: number, signal: number): 'ok' | 'no-such-process' | 'permission';
  /** Network interfaces (ip addr/link, ifconfig). */
  interfaces?(): readonly NetInterface[];
  /** The main routing table (ip route). */
  routes?(): readonly RouteInfo[];
  /** /proc/mounts lines, e.g. `overlay / overlay rw,relatime,lowerdir=…,upperdir=…,workdir=… 0 0`. */
  mounts?(): readonly string[];
  /** Name → IPv4 address (ping); null when the name does not resolve. */
  resolveHost?(name: string): string | null;
  /** The Docker daemon on the host (systemctl, service); absent inside containers. */
  readonly daemon?: DaemonControl;
  /**
   * How much the page's animation pace stretches displays that only pace what already happened
   * (docker build's step list): 0 at instant, 1 at normal, more when slow. Absent: 1 (lab time,
   * as the transcript runner has it). Never applied to `sleep` or to a program's own timing.
   */
  displayPace?(): number;
  /** Memory figures in KiB (free, top). */
  memory?(): MemoryInfo;
  /** Milliseconds since boot, lab time (uptime, top, ps START). */
  uptimeMs?(): number;
  /** Online CPUs (nproc, top). */
  readonly cpus?: number;
  /** The disk the root filesystem lives on (df; writes past it fail with ENOSPC). */
  readonly disk?: DiskInfo;
}

/** One process, as ps shows it. Absent figures get plausible defaults. */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly uid: number;
  /** User name; default from uid (0 → root). */
  readonly user?: string;
  /** The full command line (`/usr/bin/dockerd -H fd:// …`); kernel threads in brackets. */
  readonly command: string;
  /** The short name (plain ps, top); default: basename of the command's first word. */
  readonly comm?: string;
  /** STAT as ps aux prints it (`Ss`, `Sl`, `R+`); default `S`. */
  readonly stat?: string;
  /** `pts/0`, or `?` (default) for none. */
  readonly tty?: string;
  /** Lab time it started (ms since the epoch); default: boot time. */
  readonly startMs?: number;
  /** CPU time used, ms. */
  readonly cpuMs?: number;
  readonly vszKb?: number;
  readonly rssKb?: number;
}

export interface NetInterface {
  readonly name: string;
  readonly index: number;
  readonly kind: 'loopback' | 'ether' | 'bridge' | 'veth';
  readonly mac?: string;
  readonly mtu?: number;
  readonly up: boolean;
  /** Whether a cable/peer is there (a bridge with no ports is up but NO-CARRIER). */
  readonly carrier?: boolean;
  /** IPv4 addresses with their prefix length. */
  readonly ipv4?: readonly { readonly address: string; readonly prefix: number }[];
  /** The bridge a veth belongs to (`master docker0`). */
  readonly master?: string;
  /** A veth's peer interface index, shown as `vethXXXX@if5`. */
  readonly peerIndex?: number;
  readonly rxBytes?: number;
  readonly txBytes?: number;
  readonly rxPackets?: number;
  readonly txPackets?: number;
}

export interface RouteInfo {
  /** `default` or a prefix (`172.17.0.0/16`). */
  readonly dest: string;
  readonly via?: string;
  readonly dev: string;
  readonly proto?: string;
  readonly scope?: string;
  readonly src?: string;
  readonly metric?: number;
  /** The route's device has no carrier. */
  readonly linkdown?: boolean;
}

/** Figures in KiB, as /proc/meminfo gives them. */
export interface MemoryInfo {
  readonly totalKb: number;
  readonly freeKb: number;
  readonly availableKb: number;
  readonly buffersKb: number;
  readonly cachedKb: number;
  readonly sharedKb: number;
  readonly swapTotalKb: number;
  readonly swapFreeKb: number;
}

/**
 * The Docker daemon as a systemd service (the lab implements it). While it is stopped the docker
 * CLI prints DAEMON_DOWN_MESSAGE and exits 1.
 */
export interface DaemonControl {
  isRunning(): boolean;
  /** Starts dockerd; settles once it has restarted the containers its restore() starts. */
  start(): Promise<void> | void;
  /** Stops dockerd; settles once its shutdown has stopped every container (lab time). */
  stop(): Promise<void> | void;
  /**
   * Lab time of the last start (ms since the epoch), for `Active: active (running) since …`;
   * undefined while it is the one that came up at boot.
   */
  startedAtMs?(): number | undefined;
  /** dockerd's PID (`Main PID:`); undefined while it is the one that came up at boot. */
  mainPid?(): number | undefined;
}

/** What the docker client prints when the daemon is stopped (exit status 1). */
export const DAEMON_DOWN_MESSAGE =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

export interface Command {
  readonly name: string;
  run(ctx: CommandContext): Promise<number> | number;
}
