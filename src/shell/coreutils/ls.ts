// ls: list directory contents. -l -a -A -h -R -d -1 -t -r -S -i -n, --color[=WHEN].
// On a terminal: columns fitted to stdout.columns (GNU's algorithm), names quoted shell-escape
// style, and colours as Debian's `ls --color=auto` gives with the default dircolors. Piped: one
// name per line, no colour, no quoting. Names sort in the C locale (containers have no LANG).

import type { Stat } from '../../engine/fs/types';
import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { cCompare, diskBlocks1K, humanSize, lsDate, modeString } from './lib/format';
import { parseArgs } from './lib/options';
import { baseName, joinPath } from './lib/paths';
import { shellQuote } from './lib/quote';
import { groups, nameOf, users, type IdTable } from './lib/users';

interface Entry {
  /** Name as shown (a basename, or the operand as typed). */
  readonly name: string;
  /** Absolute path. */
  readonly path: string;
  /** lstat of the entry (stat when followed). */
  readonly st: Stat;
  /** For symlinks: the target text and what it points at (undefined when dangling). */
  readonly target?: string;
  readonly targetSt?: Stat;
}

const RESET = '\x1b[0m';
const EXT_COLORS: Array<[RegExp, string]> = [
  [
    /\.(tar|tgz|arc|arj|taz|lha|lz4|lzh|lzma|tlz|txz|tzo|t7z|zip|z|dz|gz|lrz|lz|lzo|xz|zst|tzst|bz2|bz|tbz|tbz2|tz|deb|rpm|jar|war|ear|sar|rar|alz|ace|zoo|cpio|7z|rz|cab|wim|swm|dwm|esd)$/i,
    '01;31',
  ],
  [
    /\.(avif|jpg|jpeg|mjpg|mjpeg|gif|bmp|pbm|pgm|ppm|tga|xbm|xpm|tif|tiff|png|svg|svgz|mng|pcx|mov|mpg|mpeg|m2v|mkv|webm|webp|ogm|mp4|m4v|mp4v|vob|qt|nuv|wmv|asf|rm|rmvb|flc|avi|fli|flv|gl|dl|xcf|xwd|yuv|cgm|emf|ogv|ogx)$/i,
    '01;35',
  ],
  [/\.(aac|au|flac|m4a|mid|midi|mka|mp3|mpc|ogg|ra|wav|oga|opus|spx|xspf)$/i, '00;36'],
  [
    /(~|\.(bak|crdownload|dpkg-dist|dpkg-new|dpkg-old|dpkg-tmp|old|orig|part|rej|rpmnew|rpmorig|rpmsave|swp|tmp|ucf-dist|ucf-new|ucf-old))$/i,
    '00;90',
  ],
];

function colorFor(st: Stat | undefined, name: string, dangling: boolean): string | undefined {
  if (!st) return undefined;
  switch (st.type) {
    case 'dir': {
      const sticky = (st.mode & 0o1000) !== 0;
      const ow = (st.mode & 0o002) !== 0;
      if (sticky && ow) return '30;42';
      if (ow) return '34;42';
      if (sticky) return '37;44';
      return '01;34';
    }
    case 'symlink':
      return dangling ? '40;31;01' : '01;36';
    case 'chardev':
      return '40;33;01';
    case 'file':
      if (st.mode & 0o4000) return '37;41';
      if (st.mode & 0o2000) return '30;43';
      if (st.mode & 0o111) return '01;32';
      for (const [re, c] of EXT_COLORS) if (re.test(name)) return c;
      return undefined;
  }
}

const quote = shellQuote;

interface Settings {
  long: boolean;
  all: boolean;
  almostAll: boolean;
  human: boolean;
  recursive: boolean;
  directory: boolean;
  onePerLine: boolean;
  sortTime: boolean;
  sortSize: boolean;
  reverse: boolean;
  inode: boolean;
  numeric: boolean;
  /** -g hides the owner, -o the group. */
  noOwner: boolean;
  noGroup: boolean;
  /** -F: `/` `*` `@` after names; -p: `/` only. */
  indicator: 'none' | 'slash' | 'classify';
  color: boolean;
  quoting: boolean;
  columns: number;
  now: number;
  users: IdTable;
  groups: IdTable;
}

export const ls: Command = command('ls', (ctx) => {
  const opts = parseArgs(
    ctx,
    'ls',
    {
      flags: 'laAhRd1trSinUCgoFp',
      long: {
        all: { key: 'a' },
        'almost-all': { key: 'A' },
        'human-readable': { key: 'h' },
        recursive: { key: 'R' },
        directory: { key: 'd' },
        reverse: { key: 'r' },
        inode: { key: 'i' },
        'numeric-uid-gid': { key: 'n' },
        color: { key: 'color', arg: 'optional' },
        colour: { key: 'color', arg: 'optional' },
        classify: { key: 'F' },
        'indicator-style': { key: 'indicator', arg: 'required' },
      },
    },
    '[OPTION]... [FILE]...',
    2,
  );
  if (typeof opts === 'number') return opts;
  const when = opts.get('color');
  let color = ctx.stdout.isTTY;
  if (when !== undefined) {
    if (['', 'always', 'yes', 'force'].includes(when)) color = true;
    else if (['never', 'no', 'none'].includes(when)) color = false;
    else if (['auto', 'tty', 'if-tty'].includes(when)) color = ctx.stdout.isTTY;
    else {
      ctx.stderr.write(
        `ls: invalid argument '${when}' for '--color'\nValid arguments are:\n  - 'always', 'yes', 'force'\n  - 'never', 'no', 'none'\n  - 'auto', 'tty', 'if-tty'\nTry 'ls --help' for more information.\n`,
      );
      return 2;
    }
  }
  // Sorting and layout flags: the last of a family wins, as in GNU.
  let sortTime = false;
  let sortSize = false;
  let onePerLine = !ctx.stdout.isTTY;
  for (const [k] of opts.list) {
    if (k === 't') [sortTime, sortSize] = [true, false];
    else if (k === 'S') [sortTime, sortSize] = [false, true];
    else if (k === 'U') [sortTime, sortSize] = [false, false];
    else if (k === '1') onePerLine = true;
    else if (k === 'C') onePerLine = false;
  }
  const s: Settings = {
    long: opts.has('l') || opts.has('n') || opts.has('g') || opts.has('o'),
    all: opts.has('a'),
    almostAll: opts.has('A'),
    human: opts.has('h'),
    recursive: opts.has('R'),
    directory: opts.has('d'),
    onePerLine,
    sortTime,
    sortSize,
    reverse: opts.has('r'),
    inode: opts.has('i'),
    numeric: opts.has('n'),
    noOwner: opts.has('g'),
    noGroup: opts.has('o'),
    indicator:
      opts.has('F') || opts.get('indicator') === 'classify'
        ? 'classify'
        : opts.has('p') || opts.get('indicator') === 'slash'
          ? 'slash'
          : 'none',
    color,
    quoting: ctx.stdout.isTTY,
    columns: ctx.stdout.columns || 80,
    now: ctx.clock.now(),
    users: users(ctx.fs),
    groups: groups(ctx.fs),
  };
  return list(ctx, s, opts.operands);
});

function list(ctx: CommandContext, s: Settings, operands: string[]): number {
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  const names = operands.length ? operands : ['.'];
  for (const name of names) {
    const path = ctx.resolve(name);
    let e: Entry;
    try {
      e = entryFor(ctx, name, path);
    } catch (err) {
      ctx.stderr.write(`ls: cannot access '${name}': ${errText(err)}\n`);
      status = 2;
      continue;
    }
    const followLink = e.st.type === 'symlink' && !s.long && !s.directory && e.targetSt;
    const isDir = e.st.type === 'dir' || (followLink && e.targetSt?.type === 'dir');
    if (isDir && !s.directory) dirs.push(e);
    else files.push(e);
  }
  sortEntries(files, s);
  sortEntries(dirs, s);
  let printed = false;
  if (files.length) {
    print(ctx, s, files, false);
    printed = true;
  }
  const header = files.length > 0 || dirs.length > 1 || s.recursive || status !== 0;
  for (const d of dirs) {
    status = Math.max(status, listDir(ctx, s, d.name, d.path, header, printed));
    printed = true;
  }
  return status;
}

function entryFor(ctx: CommandContext, name: string, path: string): Entry {
  const st = ctx.fs.lstat(path);
  if (st.type !== 'symlink') return { name, path, st };
  const target = ctx.fs.readlink(path);
  let targetSt: Stat | undefined;
  try {
    targetSt = ctx.fs.stat(path);
  } catch {
    targetSt = undefined;
  }
  return targetSt ? { name, path, st, target, targetSt } : { name, path, st, target };
}

function sortEntries(entries: Entry[], s: Settings): void {
  entries.sort((a, b) => {
    if (s.sortTime && a.st.mtimeMs !== b.st.mtimeMs) return b.st.mtimeMs - a.st.mtimeMs;
    if (s.sortSize && a.st.size !== b.st.size) return b.st.size - a.st.size;
    return cCompare(a.name, b.name);
  });
  if (s.reverse) entries.reverse();
}

function listDir(
  ctx: CommandContext,
  s: Settings,
  shown: string,
  path: string,
  header: boolean,
  blankBefore: boolean,
): number {
  if (blankBefore) ctx.stdout.write('\n');
  if (header) ctx.stdout.write(`${s.quoting ? quote(shown) : shown}:\n`);
  let names: string[];
  try {
    names = ctx.fs.readdir(path).map((d) => d.name);
  } catch (err) {
    ctx.stderr.write(`ls: cannot open directory '${shown}': ${errText(err)}\n`);
    return 2;
  }
  if (!s.all && !s.almostAll) names = names.filter((n) => !n.startsWith('.'));
  if (s.all) names = ['.', '..', ...names];
  const entries: Entry[] = [];
  let status = 0;
  for (const n of names) {
    const p = n === '.' ? path : n === '..' ? parentOf(path) : joinPath(path, n);
    try {
      entries.push(entryFor(ctx, n, p));
    } catch (err) {
      ctx.stderr.write(`ls: cannot access '${joinPath(shown, n)}': ${errText(err)}\n`);
      status = 1;
    }
  }
  sortEntries(entries, s);
  print(ctx, s, entries, true);
  if (s.recursive) {
    for (const e of entries) {
      if (e.st.type !== 'dir' || e.name === '.' || e.name === '..') continue;
      status = Math.max(status, listDir(ctx, s, joinPath(shown, e.name), e.path, true, true));
    }
  }
  return status;
}

/** The -F / -p suffix (a symlink in -l shows its target instead, which gets the suffix). */
function indicator(s: Settings, e: Entry): string {
  if (s.indicator === 'none') return '';
  const st = e.st;
  if (st.type === 'dir') return '/';
  if (s.indicator === 'slash') return '';
  if (st.type === 'symlink') return s.long ? '' : '@';
  if (st.type === 'file' && st.mode & 0o111) return '*';
  return '';
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function paint(
  s: Settings,
  text: string,
  code: string | undefined,
  state: { used: boolean },
): string {
  if (!s.color || code === undefined) return text;
  // GNU emits one reset before the first coloured name of a run.
  const lead = state.used ? '' : RESET;
  state.used = true;
  return `${lead}\x1b[${code}m${text}${RESET}`;
}

function print(ctx: CommandContext, s: Settings, entries: Entry[], isDir: boolean): void {
  const state = { used: false };
  const shown = entries.map((e) => (s.quoting ? quote(e.name) : e.name));
  // When some names are quoted, the others get a space so the names line up.
  const anyQuoted = s.quoting && shown.some((q, i) => q !== entries[i].name);
  const pad = (i: number): string => (anyQuoted && shown[i] === entries[i].name ? ' ' : '');
  const mark = entries.map((e) => indicator(s, e));
  const display = (e: Entry, i: number): string =>
    pad(i) +
    paint(s, shown[i], colorFor(e.st, e.name, e.st.type === 'symlink' && !e.targetSt), state) +
    mark[i];
  if (s.long) {
    printLong(ctx, s, entries, isDir, display, state);
    return;
  }
  const inoWidth = s.inode ? Math.max(...entries.map((e) => String(e.st.ino).length), 0) : 0;
  const cells = entries.map((e, i) => ({
    text: (s.inode ? `${String(e.st.ino).padStart(inoWidth)} ` : '') + display(e, i),
    width: (s.inode ? inoWidth + 1 : 0) + pad(i).length + shown[i].length + mark[i].length,
  }));
  if (s.onePerLine) {
    ctx.stdout.write(cells.map((c) => `${c.text}\n`).join(''));
    return;
  }
  ctx.stdout.write(columns(cells, s.columns));
}

/** GNU ls -C: the most columns that fit, filled top to bottom, two spaces between columns. */
function columns(cells: Array<{ text: string; width: number }>, lineWidth: number): string {
  const n = cells.length;
  if (n === 0) return '';
  let best = { cols: 1, rows: n, widths: [Math.max(...cells.map((c) => c.width))] };
  for (let cols = 2; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    if (Math.ceil(n / rows) !== cols) continue;
    const widths = new Array<number>(cols).fill(0);
    cells.forEach((c, i) => {
      const col = Math.floor(i / rows);
      widths[col] = Math.max(widths[col], c.width + (col === cols - 1 ? 0 : 2));
    });
    const total = widths.reduce((a, b) => a + b, 0);
    if (total < lineWidth) best = { cols, rows, widths };
  }
  let out = '';
  for (let r = 0; r < best.rows; r++) {
    let line = '';
    for (let c = 0; c < best.cols; c++) {
      const i = c * best.rows + r;
      if (i >= n) break;
      const cell = cells[i];
      const isLast = c === best.cols - 1 || (c + 1) * best.rows + r >= n;
      line += cell.text + (isLast ? '' : ' '.repeat(best.widths[c] - cell.width));
    }
    out += `${line}\n`;
  }
  return out;
}

function printLong(
  ctx: CommandContext,
  s: Settings,
  entries: Entry[],
  isDir: boolean,
  display: (e: Entry, i: number) => string,
  state: { used: boolean },
): void {
  if (isDir) {
    const blocks = entries.reduce((a, e) => a + diskBlocks1K(e.st), 0);
    ctx.stdout.write(`total ${s.human ? humanSize(blocks * 1024) : blocks}\n`);
  }
  const rows = entries.map((e) => {
    const st = e.st;
    const owner = s.numeric ? String(st.uid) : nameOf(s.users, st.uid);
    const group = s.numeric ? String(st.gid) : nameOf(s.groups, st.gid);
    const dev = st.type === 'chardev' ? (st.rdev ?? { major: 0, minor: 0 }) : undefined;
    const size = s.human ? humanSize(st.size) : String(st.size);
    return { e, owner, group, dev, size };
  });
  const w = (f: (r: (typeof rows)[number]) => string): number =>
    Math.max(0, ...rows.map((r) => f(r).length));
  const inoW = w((r) => String(r.e.st.ino));
  const linkW = w((r) => String(r.e.st.nlink));
  const ownW = w((r) => r.owner);
  const grpW = w((r) => r.group);
  const majW = w((r) => (r.dev ? String(r.dev.major) : ''));
  const minW = w((r) => (r.dev ? String(r.dev.minor) : ''));
  const sizeW = Math.max(
    w((r) => (r.dev ? '' : r.size)),
    rows.some((r) => r.dev) ? majW + 2 + minW : 0,
  );
  let out = '';
  rows.forEach((r, i) => {
    const st = r.e.st;
    const size = r.dev
      ? `${String(r.dev.major).padStart(majW)}, ${String(r.dev.minor).padStart(minW)}`
      : r.size;
    let line = s.inode ? `${String(st.ino).padStart(inoW)} ` : '';
    line += `${modeString(st.type, st.mode)} ${String(st.nlink).padStart(linkW)} `;
    if (!s.noOwner) line += `${r.owner.padEnd(ownW)} `;
    if (!s.noGroup) line += `${r.group.padEnd(grpW)} `;
    line += `${size.padStart(sizeW)} ${lsDate(st.mtimeMs, s.now)} ${display(r.e, i)}`;
    if (r.e.target !== undefined) {
      const t = s.quoting ? quote(r.e.target) : r.e.target;
      const ts = r.e.targetSt;
      const suffix = ts && s.indicator !== 'none' ? indicator(s, { ...r.e, st: ts }) : '';
      line += ` -> ${paint(s, t, colorFor(ts, baseName(r.e.target), !ts), state)}${suffix}`;
    }
    out += `${line}\n`;
  });
  ctx.stdout.write(out);
}
