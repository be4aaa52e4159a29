// How the lab runs a container's programs (the engine's ProcessRunner contract, see
// src/engine/containers/README.md): every process is the lab's shell on the container's root
// filesystem, which finds the program on PATH. Which programs exist in a container is decided by
// the image's files, exactly as on a real machine: the table below only says how each one behaves.

import type { ProcessRunner, ProcessSpec } from '../engine/containers';
import type { FileSystem } from '../engine/fs/types';
import type { HostDisk } from '../shell/disk';
import { createShell, type Flavor } from '../shell';
import { runRepl } from '../shell/repl';
import { createHistory, type History } from '../console/history';
import type { Command, Interrupt } from '../shell/types';

/**
 * Programs that catch SIGTERM/SIGQUIT and exit cleanly; any other PID 1 ignores them. The
 * official images start them through an entrypoint script that `exec`s the server, so the
 * script's name counts too (the signal reaches whatever the script became).
 */
const SIGNAL_CATCHERS = new Set([
  'nginx',
  'httpd',
  'apache2',
  'redis-server',
  'registry',
  'docker-entrypoint.sh',
  'entrypoint.sh',
  'httpd-foreground',
  'catalina.sh',
  'java',
]);

/**
 * Main processes that end with 128 + the signal after docker stop/kill or Ctrl+C: a JVM runs its
 * shutdown hooks and still reports the signal (Tomcat: 143 after SIGTERM). Other catchers are
 * servers that exit cleanly with 0.
 */
const ENDS_WITH_SIGNAL = new Set(['catalina.sh', 'java']);

const SHELLS = new Set(['bash', 'sh', 'ash', 'dash']);

class Trip implements Interrupt {
  interrupted = false;
  private readonly listeners = new Set<() => void>();
  onInterrupt(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  trip(): void {
    if (this.interrupted) return;
    this.interrupted = true;
    for (const l of [...this.listeners]) l();
  }
}

/** Which prompt and shell a container gets, from its /etc/os-release. */
export function flavorOf(fs: FileSystem): Flavor {
  let text: string;
  try {
    text = fs.readText('/etc/os-release');
  } catch {
    return fs.exists('/bin/busybox') ? 'alpine' : 'debian';
  }
  const id = /^ID="?([^"\n]*)"?$/m.exec(text)?.[1] ?? '';
  if (id === 'ubuntu') return 'ubuntu';
  if (id === 'alpine') return 'alpine';
  if (['centos', 'rhel', 'fedora', 'rocky', 'almalinux'].includes(id)) return 'centos';
  return 'debian';
}

function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** An interactive shell: `bash`, `sh -l`, `/bin/bash -i` — no script, no -c. */
function isInteractiveShell(spec: ProcessSpec): boolean {
  const exe = spec.executable.slice(spec.executable.lastIndexOf('/') + 1);
  return SHELLS.has(exe) && spec.argv.slice(1).every((a) => /^-[il]+$|^--login$/.test(a));
}

/** What the shell is asked to run first: the path for scripts, argv[0] for programs. */
function argv0(spec: ProcessSpec): string {
  const written = spec.argv[0];
  if (written === undefined || written.includes('/')) return spec.executable;
  try {
    const data = spec.fs.readFile(spec.executable);
    if (data.kind === 'text') return spec.executable;
  } catch {
    return spec.executable;
  }
  return written;
}

export interface ContainerRunnerOptions {
  /** Every program the lab simulates, by basename (the image's files decide which exist). */
  readonly commands: Readonly<Record<string, Command>>;
  readonly yieldToHost?: () => Promise<void>;
  /** The host's disk: a container's writes fill it too (its upper layer lives on the host). */
  readonly disk?: HostDisk;
}

export function createContainerRunner(options: ContainerRunnerOptions): ProcessRunner {
  const histories = new Map<string, History>();
  const historyOf = (id: string): History => {
    let h = histories.get(id);
    if (!h) histories.set(id, (h = createHistory()));
    return h;
  };
  return {
    async run(spec) {
      const signal = new Trip();
      spec.signals.onKill(() => signal.trip());
      let stoppedBySignal = false;
      let stopNumber = 15;
      const exe = spec.executable.slice(spec.executable.lastIndexOf('/') + 1);
      if (SIGNAL_CATCHERS.has(exe)) {
        spec.signals.onSignal((sig) => {
          stoppedBySignal = true;
          stopNumber = sig.number;
          signal.trip();
        });
      }
      const shell = createShell({
        fs: spec.fs,
        commands: options.commands,
        clock: spec.clock,
        // netns: which container's network the servers and clients in it live in.
        system: {
          hostname: spec.hostname,
          uid: spec.user.uid,
          gid: spec.user.gid,
          ...{ netns: spec.container.id },
        },
        flavor: flavorOf(spec.fs),
        ...(options.disk ? { disk: options.disk } : {}),
        env: spec.env,
        cwd: spec.cwd,
        pid: spec.pid,
        sleep: (ms) => spec.sleep(ms),
        ...(options.yieldToHost ? { yieldToHost: options.yieldToHost } : {}),
      });
      try {
        let status: number;
        if (spec.tty && isInteractiveShell(spec)) {
          // A container's bash keeps its own history, apart from the host's.
          status = await runRepl(shell, spec.tty, undefined, historyOf(spec.container.id));
        } else {
          // runc execs the resolved path with argv[0] as written (`gosu`, not its path); a
          // script's interpreter is handed the path, so $0 is `/usr/local/bin/x.sh`.
          const argv = [argv0(spec), ...spec.argv.slice(1)];
          status = await shell.execute(argv.map(quote).join(' '), {
            stdin: spec.stdin,
            stdout: spec.stdout,
            stderr: spec.stderr,
            signal,
          });
        }
        if (!stoppedBySignal) return status & 255;
        return ENDS_WITH_SIGNAL.has(exe) ? 128 + stopNumber : 0;
      } catch (e) {
        // The contract: never reject. A crash of the lab's own code is reported, not hidden.
        spec.stderr.write(
          `layerlab: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
        );
        return 1;
      }
    },
  };
}
