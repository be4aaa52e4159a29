// CentOS 7's repositories and yum's cache of their metadata under /var/cache/yum (what
// `yum clean all` removes and what makes an un-cleaned layer so large).

import type { FileSystem } from '../../../../engine/fs/types';
import { sha256OfText } from '../../../../engine/storage';

export const CACHE = '/var/cache/yum';
const DIR = `${CACHE}/x86_64/7`;

interface Repo {
  readonly id: string;
  /** [repomd, primary.sqlite.bz2 download, sqlite on disk, group_gz or 0] */
  readonly sizes: readonly [number, number, number, number];
}

const REPOS: readonly Repo[] = [
  { id: 'base', sizes: [3_600, 6_100_000, 32_600_000, 153_000] },
  { id: 'extras', sizes: [2_900, 253_000, 1_300_000, 0] },
  { id: 'updates', sizes: [2_900, 27_000_000, 118_000_000, 0] },
];
const EPEL: Repo = { id: 'epel', sizes: [4_700, 7_000_000, 36_500_000, 99_000] };

export function enabledRepos(fs: FileSystem): Repo[] {
  return fs.exists('/etc/yum.repos.d/epel.repo') ? [...REPOS, EPEL] : [...REPOS];
}

export function isCached(fs: FileSystem, id: string): boolean {
  return fs.exists(`${DIR}/${id}/repomd.xml`);
}

export interface MetaLine {
  readonly label: string;
  readonly bytes: number;
}

/** Fetch the metadata of repos not yet cached; returns the repomd and primary_db lines. */
export function fetchMetadata(
  fs: FileSystem,
  repos: readonly Repo[],
): { repomd: MetaLine[]; primary: MetaLine[] } {
  const repomd: MetaLine[] = [];
  const primary: MetaLine[] = [];
  for (const r of repos) {
    if (isCached(fs, r.id)) continue;
    const [md, bz, sqlite, group] = r.sizes;
    const d = `${DIR}/${r.id}`;
    fs.mkdir(`${d}/gen`, { recursive: true });
    fs.mkdir(`${d}/packages`, { recursive: true });
    fs.writeFile(`${d}/repomd.xml`, {
      kind: 'blob',
      size: md,
      digest: sha256OfText(`repomd ${r.id}`),
    });
    const hash = sha256OfText(`primary ${r.id}`).slice(7);
    fs.writeFile(`${d}/${hash}-primary.sqlite.bz2`, {
      kind: 'blob',
      size: bz,
      digest: `sha256:${hash}`,
    });
    fs.writeFile(`${d}/gen/primary_db.sqlite`, {
      kind: 'blob',
      size: sqlite,
      digest: sha256OfText(`primary db ${r.id}`),
    });
    fs.writeFile(`${d}/cachecookie`, '');
    repomd.push({ label: r.id, bytes: md });
    if (group > 0) {
      fs.writeFile(`${d}/gen/comps.xml`, {
        kind: 'blob',
        size: group * 6,
        digest: sha256OfText(`comps ${r.id}`),
      });
      primary.push({ label: `${r.id}/7/x86_64/group_gz`, bytes: group });
    }
    primary.push({ label: `${r.id}/7/x86_64/primary_db`, bytes: bz });
  }
  if (repomd.length > 0) {
    fs.writeFile(`${DIR}/timedhosts.txt`, 'vault.centos.org 0.12\n');
  }
  return { repomd, primary };
}

/** `yum clean all`: everything under /var/cache/yum goes. */
export function cleanAll(fs: FileSystem): void {
  const rm = (p: string): void => {
    let st;
    try {
      st = fs.lstat(p);
    } catch {
      return;
    }
    if (st.type === 'dir') {
      for (const e of fs.readdir(p)) rm(`${p}/${e.name}`);
      if (p !== CACHE) fs.rmdir(p);
    } else fs.unlink(p);
  };
  rm(CACHE);
}
