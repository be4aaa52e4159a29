// tar -c: walk the named trees (lstat + readdir, once each: linear in the number of entries) and
// collect members in GNU tar's order — a directory, then its entries as readdir gives them.

import type { FileSystem } from '../../../engine/fs/types';
import type { TarMember } from '../../../engine/world';
import type { CommandContext } from '../../types';
import { errText } from '../../coreutils/lib/errors';
import { groups, nameOf, users } from '../../coreutils/lib/users';
import { normalize } from '../../coreutils/lib/paths';
import type { Excluder } from './exclude';
import { LongLister } from './list-format';

export interface CreateInput {
  readonly base: string;
  readonly operands: readonly string[];
  readonly exclude: Excluder;
  readonly verbose: number;
  readonly numericOwner: boolean;
  readonly absoluteNames: boolean;
  /** Absolute path of the archive being written (never put inside itself). */
  readonly archivePath?: string;
}

export interface CreateResult {
  readonly members: TarMember[];
  readonly failed: boolean;
  readonly interrupted: boolean;
}

/** The stored name: leading '/' (and '../') removed unless -P. */
function storedName(shown: string, absolute: boolean): string {
  if (absolute) return shown;
  let n = shown.replace(/^\/+/, '');
  while (n.startsWith('../')) n = n.slice(3);
  return n === '' ? '.' : n;
}

export async function createMembers(
  ctx: CommandContext,
  input: CreateInput,
): Promise<CreateResult> {
  const fs: FileSystem = ctx.fs;
  const userTable = users(fs);
  const groupTable = groups(fs);
  const members: TarMember[] = [];
  const links = new Map<number, string>();
  const lister = new LongLister(input.numericOwner);
  let warnedSlash = false;
  let failed = false;
  let steps = 0;

  const emit = (m: TarMember, shown: string): void => {
    members.push(m);
    if (input.verbose === 1) ctx.stdout.write(`${shown}\n`);
    else if (input.verbose > 1) ctx.stdout.write(lister.line(m, shown));
  };

  const visit = async (abs: string, shown: string): Promise<boolean> => {
    if ((++steps & 255) === 0 && !(await ctx.checkpoint())) return false;
    if (input.exclude(shown) || input.exclude(storedName(shown, false))) return true;
    if (abs === input.archivePath) {
      ctx.stderr.write(`tar: ${shown}: file is the archive; not dumped\n`);
      return true;
    }
    let st;
    try {
      st = fs.lstat(abs);
    } catch (e) {
      ctx.stderr.write(`tar: ${shown}: Cannot stat: ${errText(e)}\n`);
      failed = true;
      return true;
    }
    if (!input.absoluteNames && shown.startsWith('/') && !warnedSlash) {
      warnedSlash = true;
      ctx.stderr.write("tar: Removing leading `/' from member names\n");
    }
    const name = storedName(shown, input.absoluteNames);
    const common = {
      mode: st.mode,
      uid: st.uid,
      gid: st.gid,
      uname: nameOf(userTable, st.uid),
      gname: nameOf(groupTable, st.gid),
      mtimeMs: st.mtimeMs,
    };
    if (st.type === 'dir') {
      const dirName = name.endsWith('/') ? name : `${name}/`;
      const dirShown = shown.endsWith('/') ? shown : `${shown}/`;
      emit({ name: dirName, type: 'dir', ...common }, dirShown);
      let entries;
      try {
        entries = fs.readdir(abs);
      } catch (e) {
        ctx.stderr.write(`tar: ${shown}: Cannot open: ${errText(e)}\n`);
        failed = true;
        return true;
      }
      for (const d of entries) {
        const childAbs = abs === '/' ? `/${d.name}` : `${abs}/${d.name}`;
        if (!(await visit(childAbs, `${dirShown}${d.name}`))) return false;
      }
      return true;
    }
    if (st.type === 'symlink') {
      emit({ name, type: 'symlink', ...common, target: fs.readlink(abs) }, shown);
      return true;
    }
    if (st.type === 'chardev') {
      emit({ name, type: 'chardev', ...common, ...(st.rdev ? { rdev: st.rdev } : {}) }, shown);
      return true;
    }
    if (st.nlink > 1) {
      const first = links.get(st.ino);
      if (first !== undefined) {
        emit({ name, type: 'hardlink', ...common, target: first }, shown);
        return true;
      }
      links.set(st.ino, name);
    }
    let data;
    try {
      data = fs.readFile(abs);
    } catch (e) {
      ctx.stderr.write(`tar: ${shown}: Cannot open: ${errText(e)}\n`);
      failed = true;
      return true;
    }
    emit({ name, type: 'file', ...common, data }, shown);
    return true;
  };

  for (const op of input.operands) {
    const abs = op.startsWith('/') ? normalize(op) : normalize(`${input.base}/${op}`);
    if (!(await visit(abs, op))) return { members, failed, interrupted: true };
  }
  return { members, failed, interrupted: false };
}
