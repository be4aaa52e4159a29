// gosu: run a command as another user, the way the official images' entrypoints drop root
// (`exec gosu redis "$0" "$@"`). tianon/gosu's texts: the usage with its blank last line,
// `--version`, `error: failed switching to 'x': …` (an unknown user, or not root), and
// `error: exec: "x": executable file not found in $PATH`. HOME becomes the user's home.

import type { Command, CommandContext } from '../../types';

const GO = 'go1.18.2 on linux/amd64; gc';

function version(ctx: CommandContext): string {
  return `${ctx.env.GOSU_VERSION || '1.17'} (${GO})`;
}

function usage(ctx: CommandContext): string {
  const self = ctx.argv[0] ?? 'gosu';
  return (
    `Usage: ${self} user-spec command [args]\n` +
    `   eg: ${self} tianon bash\n` +
    `       ${self} nobody:root bash -c 'whoami && id'\n` +
    `       ${self} 1000:1 id\n\n` +
    `${self} version: ${version(ctx)}\n` +
    `${self} license: Apache-2.0 (full text at https://github.com/tianon/gosu)\n\n`
  );
}

interface Entry {
  readonly name: string;
  readonly id: number;
  readonly gid: number;
  readonly home: string;
}

function table(ctx: CommandContext, path: string): string[][] {
  try {
    return ctx.fs
      .readText(path)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

/** `user`, `uid`, `user:group`, `uid:gid` → ids and home, or moby/sys/user's error text. */
function resolveSpec(ctx: CommandContext, spec: string): Entry | string {
  const [u = '', g] = spec.split(':', 2);
  const passwd = table(ctx, '/etc/passwd');
  const row =
    passwd.find((r) => r[0] === u) ??
    (/^\d+$/.test(u) ? passwd.find((r) => r[2] === u) : undefined);
  let user: Entry;
  if (row)
    user = { name: row[0] ?? u, id: Number(row[2]), gid: Number(row[3]), home: row[5] ?? '/' };
  else if (/^\d+$/.test(u)) user = { name: u, id: Number(u), gid: Number(u), home: '/' };
  else return `unable to find user ${u}: no matching entries in passwd file`;
  if (g === undefined || g === '') return user;
  const grow = table(ctx, '/etc/group').find((r) => r[0] === g || (/^\d+$/.test(g) && r[2] === g));
  if (grow) return { ...user, gid: Number(grow[2]) };
  if (/^\d+$/.test(g)) return { ...user, gid: Number(g) };
  return `unable to find group ${g}: no matching entries in group file`;
}

/** exec.LookPath: a name with a slash must exist; others are searched on PATH. */
function lookPath(ctx: CommandContext, name: string): string | undefined {
  const runnable = (p: string) => {
    try {
      const st = ctx.fs.stat(p);
      return st.type === 'file' && (st.mode & 0o111) !== 0;
    } catch {
      return false;
    }
  };
  if (name.includes('/')) return runnable(ctx.resolve(name)) ? name : undefined;
  for (const dir of (ctx.env.PATH ?? '').split(':')) {
    const p = `${dir || '.'}/${name}`;
    if (runnable(ctx.resolve(p))) return p;
  }
  return undefined;
}

export const gosu: Command = {
  name: 'gosu',
  async run(ctx) {
    const a1 = ctx.argv[1];
    if (a1 === '--help' || a1 === '-h' || a1 === '-?') {
      ctx.stdout.write(usage(ctx));
      return 0;
    }
    if (a1 === '--version' || a1 === '-v') {
      ctx.stdout.write(`${version(ctx)}\n`);
      return 0;
    }
    if (ctx.argv.length <= 2) {
      ctx.stderr.write(usage(ctx));
      return 1;
    }
    const spec = a1 ?? '';
    const user = resolveSpec(ctx, spec);
    if (typeof user === 'string') {
      ctx.stderr.write(`error: failed switching to '${spec}': ${user}\n`);
      return 1;
    }
    // setgroups/setgid/setuid need root.
    if (ctx.system.uid !== 0) {
      ctx.stderr.write(`error: failed switching to '${spec}': operation not permitted\n`);
      return 1;
    }
    const name = ctx.argv[2] ?? '';
    if (lookPath(ctx, name) === undefined) {
      ctx.stderr.write(
        name.includes('/')
          ? `error: exec: "${name}": stat ${name}: no such file or directory\n`
          : `error: exec: "${name}": executable file not found in $PATH\n`,
      );
      return 1;
    }
    // gosu clears HOME so that switching to the user sets it to the user's home.
    return ctx.exec(ctx.argv.slice(2), {
      env: { HOME: user.home },
      user: { uid: user.id, gid: user.gid },
    });
  },
};
