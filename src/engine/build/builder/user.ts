// USER as runc resolves it inside a step container: `name`, `uid`, `name:group`, `uid:gid`,
// looked up in the container's /etc/passwd and /etc/group.

import type { FileSystem } from '../../fs/types';

export interface ResolvedUser {
  readonly uid: number;
  readonly gid: number;
  readonly name?: string;
  readonly home: string;
}

function readLines(fs: FileSystem, path: string): string[][] {
  try {
    return fs
      .readText(path)
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

const isNum = (s: string): boolean => /^\d+$/.test(s);

/** The user, or BuildKit's error text. */
export function resolveUser(
  fs: FileSystem,
  spec: string | undefined,
): { ok: true; user: ResolvedUser } | { ok: false; error: string } {
  if (!spec) return { ok: true, user: { uid: 0, gid: 0, name: 'root', home: '/root' } };
  const colon = spec.indexOf(':');
  const userPart = colon < 0 ? spec : spec.slice(0, colon);
  const groupPart = colon < 0 ? undefined : spec.slice(colon + 1);
  const passwd = readLines(fs, '/etc/passwd');
  const entry = passwd.find((p) => (isNum(userPart) ? p[2] === userPart : p[0] === userPart));
  if (!entry && !isNum(userPart))
    return {
      ok: false,
      error: `unable to find user ${userPart}: no matching entries in passwd file`,
    };
  const uid = entry ? Number(entry[2]) : Number(userPart);
  let gid = entry ? Number(entry[3]) : 0;
  if (groupPart !== undefined && groupPart !== '') {
    if (isNum(groupPart)) gid = Number(groupPart);
    else {
      const g = readLines(fs, '/etc/group').find((p) => p[0] === groupPart);
      if (!g)
        return {
          ok: false,
          error: `unable to find group ${groupPart}: no matching entries in group file`,
        };
      gid = Number(g[2]);
    }
  }
  return {
    ok: true,
    user: { uid, gid, ...(entry?.[0] ? { name: entry[0] } : {}), home: entry?.[5] ?? '/' },
  };
}

/** `--chown=user:group` for COPY/ADD: names looked up in the destination image. */
export function resolveChown(
  fs: FileSystem,
  spec: string,
): { ok: true; uid: number; gid: number } | { ok: false; error: string } {
  const colon = spec.indexOf(':');
  const u = colon < 0 ? spec : spec.slice(0, colon);
  const g = colon < 0 ? undefined : spec.slice(colon + 1);
  let uid: number;
  let gid: number;
  if (isNum(u)) {
    uid = Number(u);
    gid = uid;
  } else {
    const e = readLines(fs, '/etc/passwd').find((p) => p[0] === u);
    if (!e)
      return {
        ok: false,
        error: `unable to convert uid/gid chown string to host mapping: can't find uid for user ${u}: no such user: ${u}`,
      };
    uid = Number(e[2]);
    gid = Number(e[3]);
  }
  if (g !== undefined) {
    if (isNum(g)) gid = Number(g);
    else {
      const e = readLines(fs, '/etc/group').find((p) => p[0] === g);
      if (!e)
        return {
          ok: false,
          error: `unable to convert uid/gid chown string to host mapping: can't find gid for group ${g}: no such group: ${g}`,
        };
      gid = Number(e[2]);
    }
  }
  return { ok: true, uid, gid };
}
