// Test helpers for docker build: a docker program on an engine whose builder runs RUN steps in
// the real lab shell, a host filesystem for the context, and a terminal-like run.

import { createEngine, type Engine } from '../../engine/engine';
import { createBuilder, type Builder } from '../../engine/build/builder';
import { shellRunner } from '../../engine/build/builder/testing';
import type { FileSystem } from '../../engine/fs/types';
import { createMemoryFs } from '../../engine/storage';
import { defaultWorld } from '../../engine/world';
import type { Command, CommandContext, OutputStream } from '../../shell/types';
import { createDockerCommand } from '../dispatch';
import { dockerCommands } from './index';

export interface BuildLab {
  readonly engine: Engine;
  readonly docker: Command;
  readonly host: FileSystem;
  files(dir: string, files: Record<string, string>): void;
  run(
    argv: readonly string[],
    o?: {
      tty?: boolean;
      columns?: number;
      /** SystemInfo.displayPace: the page's pace factor (absent: lab time). */
      displayPace?: number;
      env?: Record<string, string>;
      stdin?: string;
      cwd?: string;
    },
  ): Promise<{ stdout: string; stderr: string; code: number; sleptMs: number }>;
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

export function buildLab(seed = 1): BuildLab {
  const engine = createEngine({ seed });
  const builder: Builder = createBuilder({
    images: engine.images,
    runner: shellRunner,
    clock: engine.clock,
    random: engine.random,
    world: defaultWorld,
  });
  Object.assign(engine, { builder: async () => builder });
  const docker = createDockerCommand({ engine, commands: dockerCommands });
  const host = createMemoryFs(engine.clock);
  return {
    engine,
    docker,
    host,
    files(dir, files) {
      host.mkdir(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) {
        const path = `${dir}/${name}`;
        host.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
        host.writeFile(path, text);
      }
    },
    async run(argv, o = {}) {
      const tty = o.tty ?? false;
      const stdout = new Capture(tty, o.columns ?? 80);
      const stderr = new Capture(tty, o.columns ?? 80);
      const cwd = o.cwd ?? '/ctx';
      const input = o.stdin ?? '';
      let sleptMs = 0;
      const pace = o.displayPace;
      const ctx: CommandContext = {
        argv: ['docker', ...argv],
        cwd,
        env: o.env ?? {},
        fs: host,
        stdin: { readLine: async () => null, readAll: async () => input, isTTY: tty },
        stdout,
        stderr,
        signal: { interrupted: false, onInterrupt: () => () => undefined },
        clock: engine.clock,
        sleep: async (ms) => {
          sleptMs += ms;
          engine.clock.advance(ms);
          return true;
        },
        resolve: (p) => (p.startsWith('/') ? p : `${cwd === '/' ? '' : cwd}/${p}`),
        exec: async () => 127,
        system: {
          hostname: 'layerlab',
          kernelRelease: '6.8.0',
          uid: 0,
          gid: 0,
          ...(pace !== undefined ? { displayPace: () => pace } : {}),
        },
        checkpoint: async () => true,
      };
      const code = await docker.run(ctx);
      return { stdout: stdout.text, stderr: stderr.text, code, sleptMs };
    },
  };
}
