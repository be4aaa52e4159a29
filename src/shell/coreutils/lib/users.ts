// Names for uids and gids, read from the filesystem's /etc/passwd and /etc/group as libc would.
// A filesystem with no /etc/passwd at all (a bare test fs, scratch) still knows root = 0.

import type { FileSystem } from '../../../engine/fs/types';

export interface IdTable {
  readonly byId: Map<number, string>;
  readonly byName: Map<string, number>;
  /** /etc/passwd only: a user's login group id (field 4). */
  readonly loginGid: Map<string, number>;
}

function load(fs: FileSystem, path: string): IdTable {
  const byId = new Map<number, string>();
  const byName = new Map<string, number>();
  const loginGid = new Map<string, number>();
  let text: string | undefined;
  try {
    text = fs.readText(path);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    byId.set(0, 'root');
    byName.set('root', 0);
    loginGid.set('root', 0);
  } else {
    for (const line of text.split('\n')) {
      const f = line.split(':');
      if (f.length < 3 || f[0] === '') continue;
      const id = Number(f[2]);
      if (!Number.isInteger(id)) continue;
      if (!byId.has(id)) byId.set(id, f[0]);
      if (!byName.has(f[0])) byName.set(f[0], id);
      const g = Number(f[3]);
      if (f.length > 3 && f[3] !== '' && Number.isInteger(g)) loginGid.set(f[0], g);
    }
  }
  return { byId, byName, loginGid };
}

export function users(fs: FileSystem): IdTable {
  return load(fs, '/etc/passwd');
}

export function groups(fs: FileSystem): IdTable {
  return load(fs, '/etc/group');
}

export function nameOf(t: IdTable, id: number): string {
  return t.byId.get(id) ?? String(id);
}
