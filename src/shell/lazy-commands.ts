// Commands whose code loads on first use. The first chunk of the page carries the shell core;
// coreutils, docker and the simulated programs arrive as separate chunks (fetched right after the
// prompt paints), so the terminal is usable sooner. In Node the import is just as lazy.

import type { Command } from './types';

export interface CommandGroup {
  /** The command names the group provides, known without loading it (files on PATH need them). */
  readonly names: readonly string[];
  readonly load: () => Promise<Readonly<Record<string, Command>>>;
}

/** Groups whose code is in: their commands run without waiting even a microtask. */
const loaded = new WeakMap<CommandGroup, Readonly<Record<string, Command>>>();

/** Load a group once; later loads and runs reuse it. */
export function loadGroup(group: CommandGroup): Promise<Readonly<Record<string, Command>>> {
  const have = loaded.get(group);
  if (have) return Promise.resolve(have);
  return group.load().then((table) => {
    loaded.set(group, table);
    return table;
  });
}

/** Stand-ins that load their group once, then run the real command. */
export function lazyCommands(group: CommandGroup): Record<string, Command> {
  let loading: Promise<Readonly<Record<string, Command>>> | null = null;
  const load = () => (loading ??= loadGroup(group));
  const out: Record<string, Command> = {};
  for (const name of group.names) {
    out[name] = {
      name,
      async run(ctx) {
        let table: Readonly<Record<string, Command>> | undefined = loaded.get(group);
        try {
          // A program starts a turn after it is exec'd, as a real process does: whoever
          // spawned it (the containers engine records the PID) has finished first.
          if (table) await Promise.resolve();
          else table = await load();
        } catch {
          loading = null; // a failed fetch (offline before the chunk was cached) may be retried
          ctx.stderr.write(`layerlab: ${name}: could not load this program; try again\n`);
          return 126;
        }
        const real = table[name];
        if (!real) {
          ctx.stderr.write(`layerlab: ${name}: missing from its program group\n`);
          return 127;
        }
        return real.run(ctx);
      },
    };
  }
  return out;
}

/** Start loading groups early (the page calls this once the prompt is painted). */
export function preload(groups: readonly CommandGroup[]): void {
  for (const g of groups) void loadGroup(g).catch(() => undefined);
}
