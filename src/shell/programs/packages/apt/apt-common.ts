// Pieces apt-get, apt and dpkg share: the run's output helpers, the confirmation prompt, the
// multi-arch qualifier, the "(Reading database ..." line.

import type { CommandContext } from '../../../types';
import type { Catalog, PackageSpec } from '../catalog/types';
import { filesOf } from '../install-files';

export interface AptRun {
  readonly ctx: CommandContext;
  readonly yes: boolean;
  out(text: string): void;
}

export function archOf(spec: PackageSpec | undefined): string {
  return spec?.arch ?? 'amd64';
}

/** `libssl3:amd64` for Multi-Arch: same libraries, the bare name otherwise. */
export function qualified(name: string, spec: PackageSpec | undefined): string {
  return name.startsWith('lib') && archOf(spec) !== 'all' && !name.endsWith('-bin')
    ? `${name}:amd64`
    : name;
}

/** apt's question; -y answers it, a terminal is asked, anything else reads EOF and aborts. */
export async function confirm(r: AptRun): Promise<boolean> {
  if (r.yes) return true;
  r.out('Do you want to continue? [Y/n] ');
  const line = r.ctx.stdin.isTTY ? await r.ctx.stdin.readLine() : null;
  if (line === null || /^\s*[nN]/.test(line)) {
    if (line === null) r.out('\n');
    r.out('Abort.\n');
    return false;
  }
  return true;
}

const BASE_FILES = 6090;

export function databaseLine(catalog: Catalog, installed: ReadonlySet<string>): string {
  let n = BASE_FILES;
  const base = new Set(catalog.base);
  for (const p of installed)
    if (!base.has(p) && catalog.packages[p]) n += filesOf(catalog, p).length + 4;
  return `(Reading database ... ${n} files and directories currently installed.)\n`;
}
