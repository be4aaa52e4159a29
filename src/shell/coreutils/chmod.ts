// chmod: change file mode bits. Octal or symbolic modes (see lib/mode.ts), -R, -v, -c, -f.
// `chmod -w f` works: an argument like -w/-x/-rwx is a mode, not an option, as in GNU.

import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { modeString } from './lib/format';
import { parseMode, type ModeChange } from './lib/mode';
import { parseOptions, usageError } from './lib/options';
import { joinPath } from './lib/paths';

interface Flags {
  recursive: boolean;
  verbose: boolean;
  changes: boolean;
  quiet: boolean;
}

const octal = (m: number): string => m.toString(8).padStart(4, '0');

export const chmod: Command = command('chmod', (ctx) => {
  const args = ctx.argv.slice(1);
  let modeArg: string | undefined;
  const rest: string[] = [];
  for (const a of args) {
    if (modeArg === undefined && /^-[rwxXst]+$/.test(a)) modeArg = a;
    else rest.push(a);
  }
  const r = parseOptions(rest, {
    flags: 'Rvcf',
    long: {
      recursive: { key: 'R' },
      verbose: { key: 'v' },
      changes: { key: 'c' },
      silent: { key: 'f' },
      quiet: { key: 'f' },
      help: { key: '--help' },
    },
  });
  if (!r.ok) return usageError(ctx, 'chmod', r.message);
  if (r.opts.has('--help')) {
    ctx.stdout.write('Usage: chmod [OPTION]... MODE[,MODE]... FILE...\n');
    return 0;
  }
  const ops = [...r.opts.operands];
  if (modeArg === undefined) modeArg = ops.shift();
  if (modeArg === undefined) return usageError(ctx, 'chmod', 'missing operand');
  if (ops.length === 0) return usageError(ctx, 'chmod', `missing operand after '${modeArg}'`);
  const change = parseMode(modeArg);
  if (!change) {
    ctx.stderr.write(
      `chmod: invalid mode: '${modeArg}'\nTry 'chmod --help' for more information.\n`,
    );
    return 1;
  }
  const f: Flags = {
    recursive: r.opts.has('R'),
    verbose: r.opts.has('v'),
    changes: r.opts.has('c'),
    quiet: r.opts.has('f'),
  };
  let status = 0;
  for (const op of ops) if (!apply(ctx, f, change, op, ctx.resolve(op), true)) status = 1;
  return status;
});

function apply(
  ctx: CommandContext,
  f: Flags,
  change: ModeChange,
  shown: string,
  path: string,
  top: boolean,
): boolean {
  let st;
  try {
    st = top ? ctx.fs.stat(path) : ctx.fs.lstat(path);
  } catch (e) {
    if (!f.quiet) ctx.stderr.write(`chmod: cannot access '${shown}': ${errText(e)}\n`);
    return false;
  }
  if (st.type === 'symlink') return true; // links met while recursing are not followed
  const next = change(st.mode, st.type === 'dir');
  try {
    if (next !== st.mode) ctx.fs.chmod(path, next);
  } catch (e) {
    if (!f.quiet) ctx.stderr.write(`chmod: changing permissions of '${shown}': ${errText(e)}\n`);
    return false;
  }
  const desc = (m: number): string => `${octal(m)} (${modeString(st.type, m).slice(1)})`;
  if (next !== st.mode && (f.verbose || f.changes)) {
    ctx.stdout.write(`mode of '${shown}' changed from ${desc(st.mode)} to ${desc(next)}\n`);
  } else if (next === st.mode && f.verbose) {
    ctx.stdout.write(`mode of '${shown}' retained as ${desc(st.mode)}\n`);
  }
  let ok = true;
  if (f.recursive && st.type === 'dir') {
    for (const d of ctx.fs.readdir(path)) {
      ok = apply(ctx, f, change, joinPath(shown, d.name), joinPath(path, d.name), false) && ok;
    }
  }
  return ok;
}
