// The command names a help text lists (`docker --help`, `docker container --help`), for the
// dispatcher (is this a management command?) and for Tab completion.

import { HELP_TEXTS } from './help/help-texts';

const SECTIONS = ['Common Commands:', 'Management Commands:', 'Swarm Commands:', 'Commands:'];

/** Names listed under the command sections of `docker <path> --help`. */
export function listedCommands(path: string): string[] {
  const text = HELP_TEXTS[path];
  if (text === undefined) return [];
  const names: string[] = [];
  let inSection = false;
  for (const line of text.split('\n')) {
    if (SECTIONS.includes(line)) inSection = true;
    else if (line === '') inSection = false;
    else if (inSection) {
      const m = /^ {2}([a-z][a-z0-9-]*)\s/.exec(line);
      if (m) names.push(m[1] as string);
    }
  }
  return names;
}

/** `docker container`, `docker image`, …: a command whose help lists subcommands. */
export function isManagementCommand(name: string): boolean {
  return listedCommands(name).length > 0;
}
