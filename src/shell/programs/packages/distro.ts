// Which distribution a root filesystem is: /etc/os-release's ID, VERSION_ID and codename.

import type { FileSystem } from '../../../engine/fs/types';

export type Family = 'debian' | 'centos' | 'alpine';

export interface Distro {
  readonly id: string;
  readonly family: Family | undefined;
  readonly versionId: string;
  /** Debian/Ubuntu codename (bookworm, jammy…); for Alpine the `v3.19` branch. */
  readonly codename: string;
  readonly prettyName: string;
}

export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2].replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
  }
  return out;
}

const DEBIAN_CODENAMES: Record<string, string> = {
  '8': 'jessie',
  '9': 'stretch',
  '10': 'buster',
  '11': 'bullseye',
  '12': 'bookworm',
  '13': 'trixie',
};

export function detectDistro(fs: FileSystem): Distro {
  let text = '';
  for (const p of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      text = fs.readText(p);
      break;
    } catch {
      // try the next
    }
  }
  const f = parseOsRelease(text);
  const id = (f.ID ?? '').toLowerCase();
  const like = (f.ID_LIKE ?? '').toLowerCase();
  const family: Family | undefined =
    id === 'debian' || id === 'ubuntu' || like.includes('debian')
      ? 'debian'
      : id === 'centos' || id === 'rhel' || id === 'fedora' || like.includes('rhel')
        ? 'centos'
        : id === 'alpine'
          ? 'alpine'
          : undefined;
  const versionId = f.VERSION_ID ?? '';
  let codename = f.VERSION_CODENAME ?? '';
  if (codename === '' && id === 'debian') {
    const m = /\(([a-z]+)\)/.exec(f.VERSION ?? '');
    codename = m ? m[1] : (DEBIAN_CODENAMES[versionId.split('.')[0]] ?? 'bookworm');
  }
  if (id === 'alpine') codename = `v${versionId.split('.').slice(0, 2).join('.')}`;
  return { id, family, versionId, codename, prettyName: f.PRETTY_NAME ?? '' };
}
