// Where COPY/ADD read from: the build context, another stage, or an image, all seen through one
// read-only interface with context-relative paths ('' = the root). Globs in a source are matched
// one path component at a time with Go's filepath.Match, as BuildKit matches them.

import type { FileData, FileSystem, Stat } from '../../fs/types';
import type { BuildContext } from './context';
import { globMatch, hasGlobMeta } from './match';

export interface SourceTree {
  lstat(rel: string): Stat | undefined;
  readdir(rel: string): string[];
  read(rel: string): FileData;
  readlink(rel: string): string;
  checksum(rel: string): string;
}

export function contextTree(ctx: BuildContext): SourceTree {
  return ctx;
}

/** A stage's or image's filesystem as a source (`COPY --from=builder /go/bin/app /app`). */
export function fsTree(fs: FileSystem, checksumOf: (rel: string) => string): SourceTree {
  const abs = (rel: string): string => `/${rel}`;
  return {
    lstat(rel) {
      try {
        return fs.lstat(abs(rel));
      } catch {
        return undefined;
      }
    },
    readdir(rel) {
      try {
        return fs
          .readdir(abs(rel))
          .map((d) => d.name)
          .sort();
      } catch {
        return [];
      }
    },
    read: (rel) => fs.readFile(abs(rel)),
    readlink: (rel) => fs.readlink(abs(rel)),
    checksum: checksumOf,
  };
}

/** Clean a source path to context-relative form; `..` cannot leave the root. */
export function cleanRel(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** The paths a source names: itself, or its glob matches in order (none when nothing matches). */
export function expandSource(tree: SourceTree, src: string): string[] {
  const rel = cleanRel(src);
  if (!hasGlobMeta(rel)) return tree.lstat(rel) ? [rel] : [];
  let current: string[] = [''];
  for (const part of rel.split('/')) {
    const next: string[] = [];
    for (const dir of current) {
      if (!hasGlobMeta(part)) {
        const p = dir === '' ? part : `${dir}/${part}`;
        if (tree.lstat(p)) next.push(p);
        continue;
      }
      const st = tree.lstat(dir);
      if (!st || st.type !== 'dir') continue;
      for (const name of tree.readdir(dir))
        if (globMatch(part, name)) next.push(dir === '' ? name : `${dir}/${name}`);
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}
