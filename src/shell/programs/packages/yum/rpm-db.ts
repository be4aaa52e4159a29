// The rpm database. /var/lib/rpm/Packages is a Berkeley DB in real life; here it is a blob (with a
// realistic size) whose digest keys the list of installed NEVRAs in a content-addressed index, the
// same trick as tar archives. An image's own Packages blob the lab has never seen reads as the
// catalog's base set.

import type { FileSystem } from '../../../../engine/fs/types';
import { sha256OfText } from '../../../../engine/storage';
import type { Catalog } from '../catalog/types';

export const RPMDB = '/var/lib/rpm';
const PACKAGES = `${RPMDB}/Packages`;
const index = new Map<string, readonly string[]>();

export interface Nevra {
  readonly name: string;
  readonly version: string;
  readonly arch: string;
}

/** `httpd-2.4.6-99.el7.centos.1.x86_64` → name, version-release, arch. */
export function parseNevra(s: string): Nevra {
  const archAt = s.lastIndexOf('.');
  const arch = s.slice(archAt + 1);
  const rest = s.slice(0, archAt);
  const rel = rest.lastIndexOf('-');
  const ver = rest.lastIndexOf('-', rel - 1);
  return { name: rest.slice(0, ver), version: rest.slice(ver + 1), arch };
}

export function nevraOf(name: string, version: string, arch: string): string {
  return `${name}-${version.replace(/^\d+:/, '')}.${arch}`;
}

export function readRpmDb(fs: FileSystem, catalog: Catalog): string[] {
  try {
    const data = fs.readFile(PACKAGES);
    if (data.kind === 'blob') {
      const known = index.get(data.digest);
      if (known) return [...known];
    } else if (data.text.trim() !== '') {
      return data.text.split('\n').filter((l) => l.trim() !== '');
    }
  } catch {
    // no database yet: the image's base set
  }
  return [...catalog.base];
}

export function writeRpmDb(fs: FileSystem, nevras: readonly string[]): void {
  const sorted = [...nevras].sort();
  const digest = sha256OfText(`layerlab rpmdb\n${sorted.join('\n')}`);
  index.set(digest, sorted);
  fs.mkdir(RPMDB, { recursive: true });
  // About 95 KiB of header data per package, in 4 KiB pages.
  const size = Math.ceil((sorted.length * 97_000) / 4096) * 4096;
  fs.writeFile(PACKAGES, { kind: 'blob', size, digest });
  for (const [file, per] of [
    ['Name', 140],
    ['Basenames', 9000],
    ['Providename', 3500],
    ['Requirename', 2600],
    ['Dirnames', 2300],
  ] as const)
    fs.writeFile(`${RPMDB}/${file}`, {
      kind: 'blob',
      size: Math.ceil((sorted.length * per + 12_288) / 4096) * 4096,
      digest: sha256OfText(`${digest} ${file}`),
    });
}
