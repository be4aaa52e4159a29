// The build context: a folder on the host, seen through .dockerignore. Paths are relative to the
// context root, '/'-separated, without a leading '/' ('' is the root). Ignored paths behave as
// missing, as they never reach the daemon. Reads go straight to the host filesystem: nothing is
// copied until a COPY needs it.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { isFsError } from '../../fs/errors';
import type { FileData, FileSystem, Stat } from '../../fs/types';
import { utf8Length } from '../../text/utf8';
import { parseDockerignore, type IgnoreMatcher } from './dockerignore';

export interface ContextEntry {
  readonly rel: string;
  readonly stat: Stat;
}

export interface BuildContext {
  /** False for `docker build -` (no context): every COPY source is missing. */
  readonly present: boolean;
  /** Bytes of .dockerignore (0 when there is none). */
  readonly dockerignoreSize: number;
  lstat(rel: string): Stat | undefined;
  /** Names in a directory, sorted, ignored ones left out. */
  readdir(rel: string): string[];
  read(rel: string): FileData;
  readlink(rel: string): string;
  /** Every entry under `rel` (itself first), in walk order; `limit` stops a runaway walk. */
  walk(rel: string, visit: (e: ContextEntry) => void): void;
  /** Content checksum of a path (file or tree) for the cache: equal content, equal checksum. */
  checksum(rel: string): string;
}

const join = (root: string, rel: string): string =>
  rel === '' ? root : root === '/' ? `/${rel}` : `${root}/${rel}`;

const childRel = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);

function hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function dataChecksum(d: FileData): string {
  return d.kind === 'text' ? `t:${hex(d.text)}` : `b:${d.digest}:${d.size}`;
}

export function dataBytes(d: FileData): number {
  return d.kind === 'text' ? utf8Length(d.text) : d.size;
}

export const NO_CONTEXT: BuildContext = {
  present: false,
  dockerignoreSize: 0,
  lstat: () => undefined,
  readdir: () => [],
  read: () => ({ kind: 'text', text: '' }),
  readlink: () => '',
  walk: () => undefined,
  checksum: () => 'none',
};

export function openContext(fs: FileSystem, root: string): BuildContext {
  let ignore: IgnoreMatcher = parseDockerignore('');
  let dockerignoreSize = 0;
  try {
    const di = fs.readText(join(root, '.dockerignore'));
    ignore = parseDockerignore(di);
    dockerignoreSize = utf8Length(di);
  } catch {
    // no .dockerignore: nothing is excluded
  }
  const sums = new Map<string, string>();
  const ok = (rel: string): boolean => rel === '' || !ignore.ignored(rel);
  const lstat = (rel: string): Stat | undefined => {
    if (!ok(rel)) return undefined;
    try {
      return fs.lstat(join(root, rel));
    } catch (e) {
      if (isFsError(e)) return undefined;
      throw e;
    }
  };
  const readdir = (rel: string): string[] => {
    try {
      return fs
        .readdir(join(root, rel))
        .map((d) => d.name)
        .filter((n) => ok(childRel(rel, n)))
        .sort();
    } catch (e) {
      if (isFsError(e)) return [];
      throw e;
    }
  };
  const walk = (rel: string, visit: (e: ContextEntry) => void): void => {
    const stack: string[] = [rel];
    while (stack.length > 0) {
      const r = stack.pop() as string;
      const st = lstat(r);
      if (!st) continue;
      visit({ rel: r, stat: st });
      if (st.type === 'dir') {
        const names = readdir(r);
        for (let i = names.length - 1; i >= 0; i--) stack.push(childRel(r, names[i] as string));
      }
    }
  };
  const ctx: BuildContext = {
    present: true,
    dockerignoreSize,
    lstat,
    readdir,
    read: (rel) => fs.readFile(join(root, rel)),
    readlink: (rel) => fs.readlink(join(root, rel)),
    walk,
    checksum(rel) {
      const hit = sums.get(rel);
      if (hit) return hit;
      const parts: string[] = [];
      walk(rel, (e) => {
        const name = e.rel.slice(rel.length);
        const m = `${e.stat.type}:${e.stat.mode.toString(8)}:${name}`;
        if (e.stat.type === 'file') parts.push(`${m}:${dataChecksum(ctx.read(e.rel))}`);
        else if (e.stat.type === 'symlink') parts.push(`${m}:${ctx.readlink(e.rel)}`);
        else parts.push(m);
      });
      const sum = hex(parts.join('\n'));
      sums.set(rel, sum);
      return sum;
    },
  };
  return ctx;
}

/** The tar the legacy CLI sends (`Sending build context to Docker daemon  2.048kB`). */
export function contextTarSize(ctx: BuildContext): number {
  if (!ctx.present) return 0;
  let n = 1024;
  ctx.walk('', (e) => {
    if (e.rel === '') return;
    n += 512;
    if (e.rel.length > 100) n += 1024;
    if (e.stat.type === 'file') n += Math.ceil(e.stat.size / 512) * 512;
  });
  return n;
}
