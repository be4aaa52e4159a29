// Test helper: run the docker program with argv and capture stdout, stderr and the exit code.

import { createManualClock } from '../../engine/clock/clock';
import type { FileSystem } from '../../engine/fs/types';
import type { Command, CommandContext, OutputStream, SystemInfo } from '../../shell/types';

class Capture implements OutputStream {
  text = '';
  readonly isTTY = false;
  readonly columns = 80;
  write(t: string): void {
    this.text += t;
  }
}

export interface DockerRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export function runDocker(docker: Command, ...argv: string[]): Promise<DockerRun> {
  return runDockerOn(docker, {}, ...argv);
}

/** runDocker on a machine with these SystemInfo fields (a daemon, a hostname). */
export async function runDockerOn(
  docker: Command,
  system: Partial<SystemInfo>,
  ...argv: string[]
): Promise<DockerRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CommandContext = {
    argv: ['docker', ...argv],
    cwd: '/root',
    env: {},
    // The docker CLI never touches the shell's filesystem; subcommands that do use their own harness.
    fs: {} as FileSystem,
    stdin: { readLine: async () => null, readAll: async () => '', isTTY: false },
    stdout,
    stderr,
    signal: { interrupted: false, onInterrupt: () => () => undefined },
    clock: createManualClock(),
    sleep: async () => true,
    resolve: (p) => p,
    exec: async () => 127,
    system: { hostname: 'host', kernelRelease: '6.8.0', uid: 0, gid: 0, ...system },
    checkpoint: async () => true,
  };
  const code = await docker.run(ctx);
  return { stdout: stdout.text, stderr: stderr.text, code };
}
