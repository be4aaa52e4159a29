// chown: change owner and group. OWNER, OWNER:GROUP, OWNER:, :GROUP (also OWNER.GROUP), names from
// the filesystem's /etc/passwd and /etc/group or numeric ids; -R, -v, -c, -f, -h (accepted; the
// lab's FileSystem has no lchown, so -h changes the target, see README).

import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { joinPath } from './lib/paths';
import { groups, nameOf, users, type IdTable } from './lib/users';

interface Spec {
  uid: number;
  gid: number;
}

function lookupId(t: IdTable, s: string): number | undefined {
  const byName = t.byName.get(s);
  if (byName !== undefined) return byName;
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

function parseSpec(ctx: CommandContext, spec: string, u: IdTable, g: IdTable): Spec | string {
  const m = /^([^:.]*)(?:([:.])(.*))?$/.exec(spec) ?? /^([^:]*)(?:(:)(.*))?$/.exec(spec);
  if (!m) return `invalid spec: '${spec}'`;
  const [, owner, sep, group] = m;
  let uid = -1;
  let gid = -1;
  if (owner !== '') {
    const id = lookupId(u, owner);
    if (id === undefined) return `invalid user: '${spec}'`;
    uid = id;
  }
  if (sep !== undefined) {
    if (group !== undefined && group !== '') {
      const id = lookupId(g, group);
      if (id === undefined) return `invalid group: '${spec}'`;
      gid = id;
    } else if (owner !== '') {
      const lg = u.loginGid.get(owner);
      if (lg === undefined) return `invalid spec: '${spec}'`;
      gid = lg;
    }
  }
  void ctx;
  return { uid, gid };
}

export const chown: Command = command('chown', (ctx) => {
  const opts = parseArgs(
    ctx,
    'chown',
    {
      flags: 'RvcfhHLP',
      long: {
        recursive: { key: 'R' },
        verbose: { key: 'v' },
        changes: { key: 'c' },
        silent: { key: 'f' },
        quiet: { key: 'f' },
        'no-dereference': { key: 'h' },
      },
    },
    '[OPTION]... [OWNER][:[GROUP]] FILE...',
  );
  if (typeof opts === 'number') return opts;
  const ops = [...opts.operands];
  const specText = ops.shift();
  if (specText === undefined) return usageError(ctx, 'chown', 'missing operand');
  if (ops.length === 0) return usageError(ctx, 'chown', `missing operand after '${specText}'`);
  const u = users(ctx.fs);
  const g = groups(ctx.fs);
  const spec = parseSpec(ctx, specText, u, g);
  if (typeof spec === 'string') {
    ctx.stderr.write(`chown: ${spec}\n`);
    return 1;
  }
  const who = (uid: number, gid: number): string => `${nameOf(u, uid)}:${nameOf(g, gid)}`;
  let status = 0;
  const apply = (shown: string, path: string, top: boolean): void => {
    let st;
    try {
      st = top ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    } catch (e) {
      if (!opts.has('f')) ctx.stderr.write(`chown: cannot access '${shown}': ${errText(e)}\n`);
      status = 1;
      return;
    }
    if (st.type !== 'symlink') {
      const uid = spec.uid < 0 ? st.uid : spec.uid;
      const gid = spec.gid < 0 ? st.gid : spec.gid;
      try {
        ctx.fs.chown(path, uid, gid);
      } catch (e) {
        if (!opts.has('f'))
          ctx.stderr.write(`chown: changing ownership of '${shown}': ${errText(e)}\n`);
        status = 1;
        return;
      }
      const changed = uid !== st.uid || gid !== st.gid;
      if (changed && (opts.has('v') || opts.has('c'))) {
        ctx.stdout.write(
          `changed ownership of '${shown}' from ${who(st.uid, st.gid)} to ${who(uid, gid)}\n`,
        );
      } else if (!changed && opts.has('v')) {
        ctx.stdout.write(`ownership of '${shown}' retained as ${who(uid, gid)}\n`);
      }
    }
    if (opts.has('R') && st.type === 'dir') {
      for (const d of ctx.fs.readdir(path))
        apply(joinPath(shown, d.name), joinPath(path, d.name), false);
    }
  };
  for (const op of ops) apply(op, ctx.resolve(op), true);
  return status;
});
