// stat: display file status in GNU's default layout, or with -c/--format/--printf FORMAT.
// -L follows links. The lab keeps one timestamp per file, so access/change times equal the
// modification time and Birth is `-`; the device is a fixed overlay-like `0,52`.

import type { Stat } from '../../engine/fs/types';
import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { diskBlocks1K, modeString, statDate } from './lib/format';
import { parseArgs, usageError } from './lib/options';
import { shellQuote } from './lib/quote';
import { groups, nameOf, users } from './lib/users';

const DEV_MAJOR = 0;
const DEV_MINOR = 52;

function typeName(st: Stat): string {
  switch (st.type) {
    case 'file':
      return st.size === 0 ? 'regular empty file' : 'regular file';
    case 'dir':
      return 'directory';
    case 'symlink':
      return 'symbolic link';
    case 'chardev':
      return 'character special file';
  }
}

const DEFAULT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n' +
  'Device: %Hd,%Ld\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n' +
  'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n';
const DEFAULT_DEV =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n' +
  'Device: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n' +
  'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n';

function expand(
  ctx: CommandContext,
  format: string,
  name: string,
  path: string,
  st: Stat,
  escapes: boolean,
): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (escapes && c === '\\' && i + 1 < format.length) {
      const e = format[++i];
      out += e === 'n' ? '\n' : e === 't' ? '\t' : e === '\\' ? '\\' : `\\${e}`;
      continue;
    }
    if (c !== '%') {
      out += c;
      continue;
    }
    const m = /^%([-0#+ ]*)(\d*)(?:\.(\d+))?([HL]?)([a-zA-Z%])/.exec(format.slice(i));
    if (!m) {
      out += c;
      continue;
    }
    i += m[0].length - 1;
    const [, flags, width, prec, hl, conv] = m;
    let v: string;
    const dev = st.rdev ?? { major: 0, minor: 0 };
    switch (conv) {
      case '%':
        v = '%';
        break;
      case 'n':
        v = name;
        break;
      case 'N':
        v = shellQuote(name);
        if (st.type === 'symlink') v += ` -> ${shellQuote(ctx.fs.readlink(path))}`;
        break;
      case 's':
        v = String(st.size);
        break;
      case 'b':
        v = String(diskBlocks1K(st) * 2);
        break;
      case 'B':
        v = '512';
        break;
      case 'o':
        v = '4096';
        break;
      case 'F':
        v = typeName(st);
        break;
      case 'a':
        v = st.mode.toString(8);
        break;
      case 'A':
        v = modeString(st.type, st.mode);
        break;
      case 'f':
        v = (
          ({ file: 0o100000, dir: 0o40000, symlink: 0o120000, chardev: 0o20000 } as const)[
            st.type
          ] | st.mode
        ).toString(16);
        break;
      case 'u':
        v = String(st.uid);
        break;
      case 'U':
        v = nameOf(users(ctx.fs), st.uid);
        break;
      case 'g':
        v = String(st.gid);
        break;
      case 'G':
        v = nameOf(groups(ctx.fs), st.gid);
        break;
      case 'i':
        v = String(st.ino);
        break;
      case 'h':
        v = String(st.nlink);
        break;
      case 'd':
        v = hl === 'H' ? String(DEV_MAJOR) : hl === 'L' ? String(DEV_MINOR) : String(DEV_MINOR);
        break;
      case 'D':
        v = DEV_MINOR.toString(16);
        break;
      case 'r':
        v =
          hl === 'H'
            ? String(dev.major)
            : hl === 'L'
              ? String(dev.minor)
              : String(dev.major * 256 + dev.minor);
        break;
      case 't':
        v = dev.major.toString(16);
        break;
      case 'T':
        v = dev.minor.toString(16);
        break;
      case 'x':
      case 'y':
      case 'z':
        v = statDate(st.mtimeMs);
        break;
      case 'w':
        v = '-';
        break;
      case 'X':
      case 'Y':
      case 'Z':
        v = String(Math.floor(st.mtimeMs / 1000));
        break;
      case 'W':
        v = '0';
        break;
      case 'm':
        v = '/';
        break;
      default:
        v = `?`;
    }
    if (prec !== undefined) v = v.slice(0, Number(prec));
    const w = Number(width || 0);
    if (flags.includes('-')) v = v.padEnd(w);
    else if (flags.includes('0') || (width.startsWith('0') && width.length > 1))
      v = v.padStart(w, '0');
    else v = v.padStart(w);
    out += v;
  }
  return out;
}

export const stat: Command = command('stat', (ctx) => {
  const opts = parseArgs(
    ctx,
    'stat',
    {
      flags: 'Lt',
      withArg: 'c',
      long: {
        dereference: { key: 'L' },
        format: { key: 'c', arg: 'required' },
        printf: { key: 'printf', arg: 'required' },
        terse: { key: 't' },
      },
    },
    '[OPTION]... FILE...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return usageError(ctx, 'stat', 'missing operand');
  let status = 0;
  for (const f of opts.operands) {
    const p = ctx.resolve(f);
    let st: Stat;
    try {
      st = opts.has('L') ? ctx.fs.stat(p) : ctx.fs.lstat(p);
    } catch (e) {
      ctx.stderr.write(`stat: cannot statx '${f}': ${errText(e)}\n`);
      status = 1;
      continue;
    }
    const printf = opts.get('printf');
    const fmt = opts.get('c');
    if (printf !== undefined) ctx.stdout.write(expand(ctx, printf, f, p, st, true));
    else if (fmt !== undefined) ctx.stdout.write(`${expand(ctx, fmt, f, p, st, false)}\n`);
    else if (opts.has('t')) {
      ctx.stdout.write(
        `${expand(ctx, '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o', f, p, st, false)}\n`,
      );
    } else
      ctx.stdout.write(expand(ctx, st.type === 'chardev' ? DEFAULT_DEV : DEFAULT, f, p, st, false));
  }
  return status;
});
