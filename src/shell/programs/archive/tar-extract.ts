// tar -x and -t over an archive's members: strip components, apply excludes and member
// selection, and (for -x) write each entry with its mode, owner and mtime, as root's tar does.

import type { FileSystem } from '../../../engine/fs/types';
import type { TarMember } from '../../../engine/world';
import type { CommandContext } from '../../types';
import { errText } from '../../coreutils/lib/errors';
import { groups, users } from '../../coreutils/lib/users';
import { normalize } from '../../coreutils/lib/paths';
import type { Excluder } from './exclude';
import { LongLister } from './list-format';

export interface ReadInput {
  readonly members: readonly TarMember[];
  readonly extract: boolean;
  readonly base: string;
  readonly strip: number;
  readonly exclude: Excluder;
  readonly verbose: number;
  readonly numericOwner: boolean;
  readonly keepOld: boolean;
  readonly toStdout: boolean;
  /** Member names asked for on the command line (empty: all). */
  readonly wanted: readonly string[];
}

function strip(name: string, n: number): string | undefined {
  if (n === 0) return name;
  const parts = name.split('/');
  const rest = parts.slice(n);
  if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) return undefined;
  return rest.join('/');
}

/** Returns failed; writes listing/verbose output and error lines as it goes. */
export async function readMembers(ctx: CommandContext, input: ReadInput): Promise<boolean> {
  const fs: FileSystem = ctx.fs;
  const lister = new LongLister(input.numericOwner);
  const wanted = input.wanted.map((w) => w.replace(/\/+$/, ''));
  const found = new Set<string>();
  const userTable = input.extract ? users(fs) : undefined;
  const groupTable = input.extract ? groups(fs) : undefined;
  let failed = false;
  let warnedSlash = false;
  let steps = 0;
  for (const m of input.members) {
    if ((++steps & 255) === 0 && !(await ctx.checkpoint())) return true;
    if (input.exclude(m.name)) continue;
    if (wanted.length > 0) {
      const hit = wanted.find(
        (w) => m.name.replace(/\/+$/, '') === w || m.name.startsWith(`${w}/`),
      );
      if (hit === undefined) continue;
      found.add(hit);
    }
    if (!input.extract) {
      ctx.stdout.write(input.verbose > 0 ? lister.line(m, m.name) : `${m.name}\n`);
      continue;
    }
    let rel = strip(m.name, input.strip);
    if (rel === undefined) continue;
    if (rel.startsWith('/')) {
      if (!warnedSlash) ctx.stderr.write("tar: Removing leading `/' from member names\n");
      warnedSlash = true;
      rel = rel.replace(/^\/+/, '');
    }
    if (input.verbose === 1) ctx.stdout.write(`${m.name}\n`);
    else if (input.verbose > 1) ctx.stdout.write(lister.line(m, m.name));
    if (input.toStdout) {
      if (m.type === 'file' && m.data?.kind === 'text') ctx.stdout.write(m.data.text);
      continue;
    }
    const dest = normalize(`${input.base}/${rel}`);
    try {
      writeMember(fs, m, dest, input, userTable, groupTable);
    } catch (e) {
      const shown = rel.replace(/\/+$/, '');
      const what =
        m.type === 'dir'
          ? 'Cannot mkdir'
          : m.type === 'hardlink'
            ? 'Cannot hard link'
            : 'Cannot open';
      ctx.stderr.write(`tar: ${shown}: ${what}: ${errText(e)}\n`);
      failed = true;
    }
  }
  for (const w of wanted)
    if (!found.has(w)) {
      ctx.stderr.write(`tar: ${w}: Not found in archive\n`);
      failed = true;
    }
  return failed;
}

function ensureParent(fs: FileSystem, path: string): void {
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true, mode: 0o755 });
}

function ownerOf(
  m: TarMember,
  numeric: boolean,
  u: ReturnType<typeof users> | undefined,
  g: ReturnType<typeof groups> | undefined,
): [number, number] {
  if (numeric) return [m.uid, m.gid];
  const uid = (m.uname !== '' ? u?.byName.get(m.uname) : undefined) ?? m.uid;
  const gid = (m.gname !== '' ? g?.byName.get(m.gname) : undefined) ?? m.gid;
  return [uid, gid];
}

function writeMember(
  fs: FileSystem,
  m: TarMember,
  dest: string,
  input: ReadInput,
  u: ReturnType<typeof users> | undefined,
  g: ReturnType<typeof groups> | undefined,
): void {
  ensureParent(fs, dest);
  const [uid, gid] = ownerOf(m, input.numericOwner, u, g);
  let existing;
  try {
    existing = fs.lstat(dest);
  } catch {
    existing = undefined;
  }
  if (m.type === 'dir') {
    if (!existing) fs.mkdir(dest, { mode: m.mode });
    else if (existing.type !== 'dir') {
      fs.unlink(dest);
      fs.mkdir(dest, { mode: m.mode });
    }
    fs.chmod(dest, m.mode);
    fs.chown(dest, uid, gid);
    fs.utimes(dest, m.mtimeMs);
    return;
  }
  // Character devices need mknod, which the lab's filesystem interface does not offer.
  if (m.type === 'chardev') return;
  if (existing) {
    if (input.keepOld) return;
    if (existing.type === 'dir') fs.rmdir(dest);
    else fs.unlink(dest);
  }
  if (m.type === 'symlink') {
    fs.symlink(m.target ?? '', dest);
    return;
  }
  if (m.type === 'hardlink') {
    const t = strip(m.target ?? '', input.strip);
    if (t === undefined) return;
    fs.link(normalize(`${input.base}/${t}`), dest);
    return;
  }
  fs.writeFile(dest, m.data ?? '', { mode: m.mode });
  fs.chmod(dest, m.mode);
  fs.chown(dest, uid, gid);
  fs.utimes(dest, m.mtimeMs);
}
