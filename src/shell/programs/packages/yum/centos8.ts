// CentOS 8 reached its end of life in December 2021 and its mirror list host is gone: `yum` (dnf
// 4 there) fails to fetch the AppStream metadata for any command that needs the repositories, as
// `docker run centos yum install -y httpd` does today. The seeds were written when `centos` meant
// CentOS 7; the lab keeps that image (`centos:7`) working and says the truth about `centos:8`.

import type { CommandContext } from '../../../types';
import { parseOsRelease } from '../distro';

const MIRRORLIST =
  'http://mirrorlist.centos.org/?release=8&arch=x86_64&repo=AppStream&infra=container';
const CURL = `Curl error (6): Couldn't resolve host name for ${MIRRORLIST} [Could not resolve host: mirrorlist.centos.org]`;

/** dnf subcommands that load repository metadata first. */
const NEEDS_REPOS = new Set([
  'install',
  'update',
  'upgrade',
  'makecache',
  'list',
  'search',
  'info',
  'provides',
  'groupinstall',
  'reinstall',
  'downgrade',
  'check-update',
  'repolist',
]);

export function isCentos8(ctx: CommandContext): boolean {
  try {
    const os = parseOsRelease(ctx.fs.readText('/etc/os-release'));
    return os.ID === 'centos' && os.VERSION_ID === '8';
  } catch {
    return false;
  }
}

/** What dnf prints on an EOL CentOS 8 for `op`; undefined when `op` does not touch the mirrors. */
export function centos8Yum(ctx: CommandContext, op: string, quiet: boolean): number | undefined {
  if (op === 'clean') {
    ctx.stdout.write('0 files removed\n');
    return 0;
  }
  if (!NEEDS_REPOS.has(op)) return undefined;
  if (!quiet)
    ctx.stdout.write(
      `${'CentOS Linux 8 - AppStream'.padEnd(40)}  0.0  B/s |   0  B     00:00    \n`,
    );
  ctx.stderr.write(
    `Errors during downloading metadata for repository 'appstream':\n  - ${CURL}\nError: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: ${CURL}\n`,
  );
  return 1;
}
