// Test harness: a shell on a memory filesystem with the usual directories, and `sh(…)` to run
// one command line and get back what the terminal showed and the status.

import { createMemoryFs } from '../../engine/storage';
import { createManualClock } from '../../engine/clock/clock';
import { createShell, type Shell, type ShellOptions } from '../create-shell';
import type { Command } from '../types';
import { FakeTty } from './fake-tty';

export interface Harness {
  shell: Shell;
  tty: FakeTty;
  fs: ReturnType<typeof createMemoryFs>;
  /** Run a line; resolves to [output, status]. */
  sh(source: string): Promise<[string, number]>;
  /** Put a runnable program file at /usr/bin/<name> and register it. */
  program(name: string, command?: Command): void;
}

export function createHarness(options: Partial<ShellOptions> & { lines?: string[] } = {}): Harness {
  const clock = options.clock ?? createManualClock();
  const fs = createMemoryFs(clock);
  for (const d of ['/root', '/tmp', '/bin', '/usr/bin', '/usr/local/bin', '/etc', '/home'])
    fs.mkdir(d, { recursive: true });
  const commands: Record<string, Command> = { ...(options.commands ?? {}) };
  for (const name of ['sh', 'bash'])
    fs.writeFile(`/bin/${name}`, { kind: 'blob', size: 1000, digest: 'x' }, { mode: 0o755 });
  for (const name of Object.keys(commands))
    fs.writeFile(`/usr/bin/${name}`, { kind: 'blob', size: 100, digest: 'x' }, { mode: 0o755 });
  const shell = createShell({ fs, clock, ...options, commands });
  const tty = new FakeTty(options.lines ?? []);
  return {
    shell,
    tty,
    fs,
    async sh(source) {
      tty.take();
      const status = await shell.run(source, tty);
      return [tty.take(), status];
    },
    program(name, command) {
      fs.writeFile(`/usr/bin/${name}`, { kind: 'blob', size: 100, digest: 'x' }, { mode: 0o755 });
      if (command) commands[name] = command;
    },
  };
}

/** A tiny `cat` for tests (the real coreutils live elsewhere). */
export const testCat: Command = {
  name: 'cat',
  async run(ctx) {
    const files = ctx.argv.slice(1);
    if (files.length === 0) {
      for (let l = await ctx.stdin.readLine(); l !== null; l = await ctx.stdin.readLine()) {
        ctx.stdout.write(l);
        if (!(await ctx.checkpoint())) break;
      }
      return 0;
    }
    for (const f of files) ctx.stdout.write(ctx.fs.readText(ctx.resolve(f)));
    return 0;
  },
};

/** `yes` for tests: writes forever, politely. */
export const testYes: Command = {
  name: 'yes',
  async run(ctx) {
    const word = ctx.argv[1] ?? 'y';
    while (await ctx.checkpoint()) ctx.stdout.write(`${word}\n`);
    return ctx.signal.interrupted ? 141 : 0;
  },
};

/** `head -1`-ish for tests: first N lines (-N). */
export const testHead: Command = {
  name: 'head',
  async run(ctx) {
    const n = Number((ctx.argv[1] ?? '-10').slice(1));
    for (let i = 0; i < n; i++) {
      const l = await ctx.stdin.readLine();
      if (l === null) break;
      ctx.stdout.write(l);
    }
    return 0;
  },
};
