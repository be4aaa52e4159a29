// Tab-completion data for `docker`: subcommands, management subcommands, and the flags of the
// command being typed. Shaped as the console's ArgCompleter; the lead registers it with
// `registry.register('docker', dockerCompleter)` and may add names and IDs from the engine.

import type { ArgContext } from '../console/completion';
import { isManagementCommand, listedCommands } from './command-list';
import { HELP_TEXTS } from './help/help-texts';
import { optionsFromHelp } from './help/options';
import { canonicalPath } from './help/spec';

/** Top-level commands, or a management command's subcommands. */
export function dockerSubcommands(group = ''): string[] {
  return listedCommands(group);
}

/** `--long` and `-s` forms of a command's flags ('' = the global options). */
export function dockerFlags(path: string): string[] {
  const canon = path === '' ? '' : (canonicalPath(path) ?? path);
  const help = HELP_TEXTS[canon];
  if (help === undefined) return [];
  const flags = optionsFromHelp(help, canon === '' ? 'Global Options:' : 'Options:');
  const out = flags.flatMap((f) => (f.short ? [`--${f.long}`, `-${f.short}`] : [`--${f.long}`]));
  return [...out, '--help'];
}

/** Candidates for the word being completed after `docker …`. */
export function dockerCompleter(ctx: ArgContext): readonly string[] {
  const words = ctx.words.slice(1).filter((w) => !w.startsWith('-'));
  const [first, second] = words;
  if (first === undefined)
    return ctx.prefix.startsWith('-') ? dockerFlags('') : dockerSubcommands('');
  if (isManagementCommand(first)) {
    if (second === undefined)
      return ctx.prefix.startsWith('-') ? ['--help'] : dockerSubcommands(first);
    return ctx.prefix.startsWith('-') ? dockerFlags(`${first} ${second}`) : [];
  }
  return ctx.prefix.startsWith('-') ? dockerFlags(first) : [];
}
