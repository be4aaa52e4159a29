// User and group names from the machine's /etc/passwd and /etc/group, falling back to root.

import type { FileSystem } from '../../engine/fs/types';

function lookup(fs: FileSystem, file: string, id: number): string | null {
  try {
    for (const line of fs.readText(file).split('\n')) {
      const f = line.split(':');
      if (f.length >= 3 && Number(f[2]) === id) return f[0];
    }
  } catch {
    // no such file on this machine
  }
  return id === 0 ? 'root' : null;
}

export function userName(fs: FileSystem, uid: number): string | null {
  return lookup(fs, '/etc/passwd', uid);
}

export function groupName(fs: FileSystem, gid: number): string | null {
  return lookup(fs, '/etc/group', gid);
}
