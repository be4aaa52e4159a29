// Test helpers for the image commands: a docker program on a real engine, and a run on a
// terminal (isTTY, a width) with stdin lines, which runDocker does not offer.

import { createEngine, type Engine } from '../../../engine/engine';
import type { FileSystem } from '../../../engine/fs/types';
import type { Command, CommandContext, OutputStream } from '../../../shell/types';
import { createDockerCommand } from '../../dispatch';
import { runDocker, type DockerRun } from '../../testing/run-docker';
import { dockerCommands } from '../index';

export function labDocker(seed = 1): { engine: Engine; docker: Command } {
  const engine = createEngine({ seed });
  return { engine, docker: createDockerCommand({ engine, commands: dockerCommands }) };
}

/** Run argv and fail the test on a non-zero exit (for setup steps). */
export async function must(docker: Command, ...argv: string[]): Promise<DockerRun> {
  const r = await runDocker(docker, ...argv);
  if (r.code !== 0) throw new Error(`docker ${argv.join(' ')}: ${r.stderr}`);
  return r;
}

class Capture implements OutputStream {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns: number,
  ) {}
  write(t: string): void {
    this.text += t;
  }
}

export interface TerminalRunOptions {
  readonly tty?: boolean;
  readonly columns?: number;
  /** Lines stdin gives (each without '\n'); then EOF. */
  readonly stdin?: readonly string[];
}

export async function runOn(
  engine: Engine,
  docker: Command,
  argv: readonly string[],
  o: TerminalRunOptions = {},
): Promise<DockerRun & { slept: number }> {
  const stdout = new Capture(o.tty ?? true, o.columns ?? 80);
  const stderr = new Capture(o.tty ?? true, o.columns ?? 80);
  const lines = [...(o.stdin ?? [])];
  let slept = 0;
  const ctx: CommandContext = {
    argv: ['docker', ...argv],
    cwd: '/root',
    env: {},
    fs: {} as FileSystem,
    stdin: {
      readLine: async () => {
        const l = lines.shift();
        return l === undefined ? null : `${l}\n`;
      },
      readAll: async () => lines.splice(0).join('\n'),
      isTTY: o.tty ?? true,
    },
    stdout,
    stderr,
    signal: { interrupted: false, onInterrupt: () => () => undefined },
    clock: engine.clock,
    sleep: async (ms) => {
      slept += ms;
      engine.clock.advance(ms);
      return true;
    },
    resolve: (p) => p,
    exec: async () => 127,
    system: { hostname: 'layerlab', kernelRelease: '6.8.0-1019-layerlab', uid: 0, gid: 0 },
    checkpoint: async () => true,
  };
  const code = await docker.run(ctx);
  return { stdout: stdout.text, stderr: stderr.text, code, slept };
}
