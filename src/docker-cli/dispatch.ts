// The `docker` program: global options, `docker help X`, management forms (`docker container ls`
// = `docker ps`), usage errors with docker's texts and exit codes, `--help` for every captured
// command, and an honest message for subcommands the lab does not implement yet.

import { connectDaemon } from '../shell/daemon-socket';
import type { Command, CommandContext } from '../shell/types';
import { DEFAULT_SERVER_INFO, VERSION_LINE, type ServerInfo } from './client-info';
import { isManagementCommand, listedCommands } from './command-list';
import { daemonDown } from './daemon-down';
import { versionCommand } from './commands/version';
import { flagBool, flagList, flagString } from './flags/accessors';
import { parseFlags } from './flags/parse';
import type { CommandSpec } from './flags/types';
import { argCountError, flagError } from './flags/usage-errors';
import { HELP_TEXTS } from './help/help-texts';
import { optionsFromHelp, useLineOf } from './help/options';
import { canonicalPath, specFromHelp } from './help/spec';
import type { DockerRegistry, DockerSubcommand, GlobalOptions, Invocation } from './types';

export interface DockerOptions<E> {
  readonly engine: E;
  /** Implemented subcommands, keyed by canonical path; aliases come from their specs. */
  readonly commands: DockerRegistry<E>;
  /** The daemon `docker version` reports; undefined = no daemon. */
  readonly serverInfo?: () => ServerInfo | undefined;
}

const ROOT_USE = 'docker [OPTIONS] COMMAND';
const GLOBAL_FLAGS = optionsFromHelp(HELP_TEXTS[''] ?? '', 'Global Options:');

function write(ctx: CommandContext, stream: 'stdout' | 'stderr', text: string): void {
  ctx[stream].write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Index every name and alias of the given commands. */
function indexCommands<E>(commands: DockerRegistry<E>): Map<string, DockerSubcommand<E>> {
  const index = new Map<string, DockerSubcommand<E>>();
  for (const [key, sub] of Object.entries(commands)) {
    for (const p of [key, sub.spec.name, ...sub.spec.aliases]) {
      index.set(p, sub);
      const c = canonicalPath(p);
      if (c !== undefined) index.set(c, sub);
    }
  }
  return index;
}

export function createDockerCommand<E>(options: DockerOptions<E>): Command {
  const serverInfo = options.serverInfo ?? (() => DEFAULT_SERVER_INFO);
  const builtins: DockerRegistry<E> = { version: versionCommand<E>(serverInfo) };
  const index = indexCommands({ ...builtins, ...options.commands });

  return {
    name: 'docker',
    async run(ctx) {
      try {
        return await dispatch(ctx, options.engine, index);
      } catch (e) {
        write(
          ctx,
          'stderr',
          `layerlab: internal error in docker: ${e instanceof Error ? e.message : String(e)}`,
        );
        return 1;
      }
    },
  };
}

async function dispatch<E>(
  ctx: CommandContext,
  engine: E,
  index: Map<string, DockerSubcommand<E>>,
): Promise<number> {
  const root = parseFlags(GLOBAL_FLAGS, ctx.argv.slice(1), false);
  if (!root.ok) {
    const e = flagError(root.error, 'docker', ROOT_USE);
    write(ctx, 'stderr', e.message);
    return e.exitCode;
  }
  const g = root.parsed;
  if (flagBool(g, 'version')) {
    write(ctx, 'stdout', VERSION_LINE);
    return 0;
  }
  if (g.help) {
    ctx.stdout.write(HELP_TEXTS[''] ?? '');
    return 0;
  }
  const globals: GlobalOptions = {
    debug: flagBool(g, 'debug'),
    hosts: flagList(g, 'host'),
    context: flagString(g, 'context'),
    logLevel: flagString(g, 'log-level') || 'info',
  };
  const args = [...g.args];
  if (args.length === 0) {
    ctx.stderr.write(HELP_TEXTS[''] ?? '');
    return 0;
  }
  if (args[0] === 'help') return helpCommand(ctx, args.slice(1));

  // Resolve `docker <group> <sub>` and top-level commands.
  let path = args.shift() as string;
  // The buildx plugin (the lab's default builder, as on a normal Docker 28 install): its build
  // is `docker build`; its other commands are not modelled.
  if (path === 'buildx') {
    const sub = args.shift();
    if (sub === 'build' || sub === 'b') path = 'build';
    else {
      write(
        ctx,
        'stderr',
        `layerlab: 'docker buildx${sub ? ` ${sub}` : ''}' is not available in the lab yet`,
      );
      return 1;
    }
  }
  if (!listedCommands('').includes(path)) {
    write(
      ctx,
      'stderr',
      `docker: unknown command: docker ${path}\n\nRun 'docker --help' for more information`,
    );
    return 1;
  }
  if (isManagementCommand(path)) {
    const next = args[0];
    if (next === undefined) {
      ctx.stderr.write(HELP_TEXTS[path] ?? '');
      return 0;
    }
    if (next.startsWith('-')) {
      const p = parseFlags([], args, false);
      if (p.ok && p.parsed.help) {
        ctx.stdout.write(HELP_TEXTS[path] ?? '');
        return 0;
      }
      const e = flagError(
        p.ok ? `unknown flag: ${next}` : p.error,
        `docker ${path}`,
        `docker ${path} COMMAND`,
      );
      write(ctx, 'stderr', e.message);
      return e.exitCode;
    }
    if (!listedCommands(path).includes(next) && canonicalPath(`${path} ${next}`) === undefined) {
      write(
        ctx,
        'stderr',
        `docker: unknown command: docker ${path} ${next}\n\nUsage:  docker ${path} COMMAND\n\nRun 'docker ${path} --help' for more information`,
      );
      return 1;
    }
    path = `${path} ${args.shift() as string}`;
  }
  const canonical = canonicalPath(path) ?? path;
  const sub = index.get(canonical) ?? index.get(path);
  const help = HELP_TEXTS[canonical];
  const spec: CommandSpec = sub?.spec ?? specFromHelp(canonical);
  const commandPath = `docker ${canonical}`;
  const useLine = help !== undefined ? useLineOf(help) : `${commandPath} ${spec.usage}`.trim();

  const parsed = parseFlags(spec.flags, args, spec.interspersed ?? true);
  if (!parsed.ok) {
    if (!sub && help === undefined) return notAvailable(ctx, canonical);
    const e = flagError(parsed.error, commandPath, useLine);
    write(ctx, 'stderr', e.message);
    return e.exitCode;
  }
  if (parsed.parsed.help) {
    if (help === undefined) return notAvailable(ctx, canonical, 'help for');
    ctx.stdout.write(help);
    return 0;
  }
  if (!sub) return notAvailable(ctx, canonical);
  const countError = argCountError(
    commandPath,
    useLine,
    spec.minArgs,
    spec.maxArgs,
    parsed.parsed.args.length,
  );
  if (countError) {
    write(ctx, 'stderr', countError.message);
    return countError.exitCode;
  }
  const invocation: Invocation = { ...parsed.parsed, commandPath, useLine, globals };
  // Client-side checks are done; now the client connects. A stopped daemon whose socket still
  // listens is started by that (socket activation); with nothing listening every command fails.
  if (!(await connectDaemon(ctx.system.daemon))) return daemonDown(ctx, canonical, invocation);
  return await sub.run(invocation, ctx, engine);
}

function notAvailable(ctx: CommandContext, path: string, what = ''): number {
  const subject = what ? `${what} 'docker ${path}'` : `'docker ${path}'`;
  write(ctx, 'stderr', `layerlab: ${subject} is not available in the lab yet`);
  return 1;
}

/** `docker help [COMMAND...]`: cobra's help command. */
function helpCommand(ctx: CommandContext, topic: string[]): number {
  if (topic.length === 0) {
    ctx.stdout.write(HELP_TEXTS[''] ?? '');
    return 0;
  }
  const path = canonicalPath(topic.join(' '));
  if (path !== undefined && HELP_TEXTS[path] !== undefined) {
    ctx.stdout.write(HELP_TEXTS[path] as string);
    return 0;
  }
  if (topic.length === 1 && listedCommands('').includes(topic[0] as string))
    return notAvailable(ctx, topic[0] as string, 'help for');
  ctx.stdout.write(`Unknown help topic [${topic.map((t) => '`' + t + '`').join(' ')}]\n`);
  ctx.stdout.write(HELP_TEXTS[''] ?? '');
  return 0;
}
