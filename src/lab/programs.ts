// The programs a machine offers, grouped so each group's code loads on first use.

import { utilities } from '../shell';
import type { Command } from '../shell/types';
import { lazyCommands, type CommandGroup } from '../shell/lazy-commands';
import { COREUTIL_NAMES } from '../shell/coreutils/names';
import { EDITOR_NAMES } from '../shell/programs/editors/names';

export const COREUTILS_GROUP: CommandGroup = {
  names: COREUTIL_NAMES,
  load: () => import('../shell/coreutils').then((m) => m.coreutils),
};

export const EDITORS_GROUP: CommandGroup = {
  names: EDITOR_NAMES,
  load: () => import('../shell/programs/editors').then((m) => m.editors),
};

/** Groups the host loads lazily, in the order the page preloads them. */
export const HOST_GROUPS: readonly CommandGroup[] = [COREUTILS_GROUP, EDITORS_GROUP];

/** Everything the host's shell can run: builtins that are also programs, then the groups. */
export function hostCommands(): Record<string, Command> {
  const table: Record<string, Command> = { ...utilities };
  for (const g of HOST_GROUPS) Object.assign(table, lazyCommands(g));
  return table;
}
