// The programs a machine offers, grouped so each group's code loads on first use.

import type { Engine } from '../engine/engine';
import { utilities } from '../shell';
import type { Command } from '../shell/types';
import { lazyCommands, type CommandGroup } from '../shell/lazy-commands';
import { COREUTIL_NAMES } from '../shell/coreutils/names';
import { SYSTEM_PROGRAM_NAMES } from '../shell/programs/system/names';
import { EDITOR_NAMES } from '../shell/programs/editors/names';
import { SERVER_NAMES } from '../shell/programs/servers/names';
import { PYTHON_NAMES } from '../shell/programs/python/names';
import { JVM_NAMES } from '../shell/programs/jvm/names';
import { GO_NAMES } from '../shell/programs/go/names';
import type { ProgramNet } from '../shell/programs/servers/net';

export const COREUTILS_GROUP: CommandGroup = {
  names: COREUTIL_NAMES,
  load: () => import('../shell/coreutils').then((m) => m.coreutils),
};

export const EDITORS_GROUP: CommandGroup = {
  names: EDITOR_NAMES,
  load: () => import('../shell/programs/editors').then((m) => m.editors),
};

export const PACKAGES_GROUP: CommandGroup = {
  names: ['apt-get', 'apt', 'dpkg', 'yum', 'rpm', 'apk', 'pip', 'pip3'],
  load: () => import('../shell/programs/packages').then((m) => m.packagePrograms),
};

export const NET_GROUP: CommandGroup = {
  names: ['curl', 'wget'],
  load: () => import('../shell/programs/net').then((m) => m.netPrograms),
};

export const ARCHIVE_GROUP: CommandGroup = {
  names: ['tar', 'gzip', 'gunzip', 'zcat'],
  load: () => import('../shell/programs/archive').then((m) => m.archivePrograms),
};

export const BUILD_TOOLS_GROUP: CommandGroup = {
  names: ['make', 'gcc', 'cc'],
  load: () => import('../shell/programs/build-tools').then((m) => m.buildTools),
};

export const GOSU_GROUP: CommandGroup = {
  names: ['gosu'],
  load: () => import('../shell/programs/gosu').then((m) => m.gosuPrograms),
};

/** The docker client, talking to this lab's engine (whose chunk may still be on its way). */
export function dockerGroup(whenEngine: () => Promise<Engine>): CommandGroup {
  return {
    names: ['docker'],
    load: async () => {
      const [cli, commands, engine] = await Promise.all([
        import('../docker-cli'),
        import('../docker-cli/commands'),
        whenEngine(),
      ]);
      return { docker: cli.createDockerCommand({ engine, commands: commands.dockerCommands }) };
    },
  };
}

export const SYSTEM_GROUP: CommandGroup = {
  names: SYSTEM_PROGRAM_NAMES,
  load: () => import('../shell/programs/system').then((m) => m.systemPrograms),
};

/** Groups the host loads lazily, in the order the page preloads them. */
export function hostGroups(whenEngine: () => Promise<Engine>): readonly CommandGroup[] {
  return [
    COREUTILS_GROUP,
    dockerGroup(whenEngine),
    EDITORS_GROUP,
    NET_GROUP,
    ARCHIVE_GROUP,
    SYSTEM_GROUP,
  ];
}

/**
 * Groups every container can draw on; the image's files decide which programs exist. The servers
 * and python share one lab network (`net`): pass one whose listeners see the engine
 * (`net.listeners.setView(engineNetworkView(engine.containers))`).
 */
export function containerGroups(net: ProgramNet): readonly CommandGroup[] {
  return [
    COREUTILS_GROUP,
    EDITORS_GROUP,
    PACKAGES_GROUP,
    // curl and wget reach the other containers, the host's published ports and the internet.
    {
      names: NET_GROUP.names,
      load: () =>
        import('../shell/programs/net').then((m) =>
          m.createMachineNetPrograms(net.listeners, (ctx) => net.netnsOf(ctx)),
        ),
    },
    ARCHIVE_GROUP,
    BUILD_TOOLS_GROUP,
    SYSTEM_GROUP,
    {
      names: SERVER_NAMES,
      load: () => import('../shell/programs/servers').then((m) => m.createServerPrograms(net)),
    },
    {
      names: PYTHON_NAMES,
      load: () => import('../shell/programs/python').then((m) => m.createPythonPrograms(net)),
    },
    GOSU_GROUP,
    {
      names: JVM_NAMES,
      load: () => import('../shell/programs/jvm').then((m) => m.createJvmPrograms(net)),
    },
    {
      names: GO_NAMES,
      load: () => import('../shell/programs/go').then((m) => m.createGoPrograms(net)),
    },
  ];
}

/** Everything the host's shell can run: builtins that are also programs, then the groups. */
export function hostCommands(groups: readonly CommandGroup[]): Record<string, Command> {
  const table: Record<string, Command> = { ...utilities };
  for (const g of groups) Object.assign(table, lazyCommands(g));
  return table;
}
