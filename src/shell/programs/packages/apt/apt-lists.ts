// apt's package lists: what `apt-get update` fetches per release, and whether any are present.

import type { FileSystem } from '../../../../engine/fs/types';
import type { Distro } from '../distro';
import { parseSize } from '../catalog/types';
import { sha256OfText } from '../../../../engine/storage';

export const LISTS = '/var/lib/apt/lists';

interface Source {
  readonly url: string;
  readonly suite: string;
  /** [what, size] per index fetched: the InRelease, then Packages. */
  readonly files: ReadonlyArray<readonly [string, string]>;
}

export function sourcesFor(d: Distro): Source[] {
  const c = d.codename || 'bookworm';
  if (d.id === 'ubuntu') {
    return [
      {
        url: 'http://archive.ubuntu.com/ubuntu',
        suite: c,
        files: [
          ['InRelease', '270k'],
          ['main amd64 Packages', '1792k'],
          ['universe amd64 Packages', '17.5M'],
        ],
      },
      {
        url: 'http://security.ubuntu.com/ubuntu',
        suite: `${c}-security`,
        files: [
          ['InRelease', '129k'],
          ['main amd64 Packages', '2097k'],
        ],
      },
      {
        url: 'http://archive.ubuntu.com/ubuntu',
        suite: `${c}-updates`,
        files: [
          ['InRelease', '128k'],
          ['main amd64 Packages', '2372k'],
        ],
      },
    ];
  }
  const old = ['jessie', 'stretch', 'buster'].includes(c);
  return [
    {
      url: 'http://deb.debian.org/debian',
      suite: c,
      files: [
        ['InRelease', old ? '118k' : '151k'],
        ['main amd64 Packages', old ? '7080k' : '8792k'],
      ],
    },
    old
      ? {
          url: 'http://security.debian.org/debian-security',
          suite: `${c}/updates`,
          files: [
            ['InRelease', '59.1k'],
            ['main amd64 Packages', '522k'],
          ],
        }
      : {
          url: 'http://deb.debian.org/debian-security',
          suite: `${c}-security`,
          files: [
            ['InRelease', '48.0k'],
            ['main amd64 Packages', '229k'],
          ],
        },
    {
      url: 'http://deb.debian.org/debian',
      suite: `${c}-updates`,
      files: [
        ['InRelease', old ? '51.9k' : '55.4k'],
        ['main amd64 Packages', old ? '7380' : '13.5k'],
      ],
    },
  ];
}

/** The file name apt stores an index under: the URL with '/' turned into '_'. */
export function listFileName(url: string, suite: string, what: string): string {
  const base = url.replace(/^https?:\/\//, '').replace(/\//g, '_');
  const s = suite.replace(/\//g, '_');
  if (what === 'InRelease') return `${base}_dists_${s}_InRelease`;
  const [comp, arch] = what.split(' ');
  return `${base}_dists_${s}_${comp}_binary-${arch}_Packages.lz4`;
}

export function hasLists(fs: FileSystem): boolean {
  try {
    return fs.readdir(LISTS).some((e) => e.name.includes('_Packages'));
  } catch {
    return false;
  }
}

export interface UpdateResult {
  readonly lines: string[];
  readonly fetched: number;
}

export function runUpdate(fs: FileSystem, d: Distro, seed: string): UpdateResult {
  fs.mkdir(`${LISTS}/partial`, { recursive: true });
  if (!fs.exists(`${LISTS}/lock`)) fs.writeFile(`${LISTS}/lock`, '', { mode: 0o640 });
  const lines: string[] = [];
  let n = 0;
  let fetched = 0;
  for (const src of sourcesFor(d)) {
    for (const [what, size] of src.files) {
      const bytes = parseSize(size);
      fetched += bytes;
      n++;
      const label = what === 'InRelease' ? `${src.suite} InRelease` : `${src.suite}/${what}`;
      lines.push(
        `Get:${n} ${src.url} ${label} [${size.replace(/([kM])$/, ' $1B').replace(/^(\d+)$/, '$1 B')}]`,
      );
      // Stored decompressed lz4 indexes run about 2.3× the download.
      const stored = what === 'InRelease' ? bytes : Math.round(bytes * 2.3);
      fs.writeFile(`${LISTS}/${listFileName(src.url, src.suite, what)}`, {
        kind: 'blob',
        size: stored,
        digest: sha256OfText(`apt list ${seed} ${n}`),
      });
    }
  }
  return { lines, fetched };
}
