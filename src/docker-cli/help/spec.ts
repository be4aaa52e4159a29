// CommandSpecs built from the captured help: name, aliases, use line, flags and the help text
// come from the text; a subcommand file adds only what help does not say (argument counts,
// interspersed flags, flags the Linux view hides).

import type { CommandSpec, FlagSpec } from '../flags/types';
import { HELP_ALIASES, HELP_TEXTS } from './help-texts';
import { optionsFromHelp, useLineOf } from './options';

export interface SpecExtras {
  readonly minArgs?: number;
  readonly maxArgs?: number;
  readonly interspersed?: boolean;
  /** Flags the real client parses but this help does not list (hidden ones). */
  readonly hiddenFlags?: readonly FlagSpec[];
}

/** The canonical path for a typed path ('container list' → 'container ls'), if known. */
export function canonicalPath(path: string): string | undefined {
  if (Object.hasOwn(HELP_ALIASES, path)) return HELP_ALIASES[path];
  if (Object.hasOwn(HELP_TEXTS, path)) return path;
  return undefined;
}

/** Every path that names the same command as `path` (its aliases, itself first). */
export function pathsOf(path: string): string[] {
  const canon = canonicalPath(path) ?? path;
  const text = HELP_TEXTS[canon] ?? '';
  const at = text.split('\n').indexOf('Aliases:');
  if (at < 0) return [canon];
  const listed = (text.split('\n')[at + 1] ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^docker /, ''))
    .filter(Boolean);
  return [canon, ...listed.filter((p) => p !== canon)];
}

/** Build a command's spec from its captured help text. */
export function specFromHelp(path: string, extras: SpecExtras = {}): CommandSpec {
  const name = canonicalPath(path) ?? path;
  const help = HELP_TEXTS[name] ?? '';
  const useLine = useLineOf(help);
  const usage = useLine.replace(new RegExp(`^docker ${name.replace(/ /g, ' ')}\\s*`), '');
  return {
    name,
    aliases: pathsOf(name).filter((p) => p !== name),
    usage,
    minArgs: extras.minArgs ?? 0,
    maxArgs: extras.maxArgs ?? Infinity,
    flags: [
      ...optionsFromHelp(help),
      ...(extras.hiddenFlags ?? []).map((f) => ({ ...f, hidden: true })),
    ],
    help,
    interspersed: extras.interspersed ?? true,
  };
}
