// df: report filesystem usage. The lab has no block devices, so df describes the filesystem it
// is handed: a container (its root has /.dockerenv) shows `overlay` on / plus tmpfs /dev and
// shm /dev/shm; the host shows /dev/vda1 (ext4). Size is 60G; Used is what the files visible in
// this filesystem occupy (see du) — on the host, the host disk's figures (src/shell/disk.ts),
// which full writes fail against with ENOSPC; Available is the rest. -h, -T, -k, -m; FILE operands pick the
// mount that holds them.

import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { HOST_DISK_BYTES, measureUsed } from '../disk';
import { humanSize } from './lib/format';
import { parseArgs } from './lib/options';

const SMALL_BYTES = 64 * 1024 ** 2;

interface Mount {
  source: string;
  type: string;
  size: number;
  used: number;
  target: string;
}

export const df: Command = command('df', (ctx) => {
  const opts = parseArgs(
    ctx,
    'df',
    {
      flags: 'hTkmaHPi',
      long: {
        'human-readable': { key: 'h' },
        'print-type': { key: 'T' },
        si: { key: 'H' },
        all: { key: 'a' },
        portability: { key: 'P' },
        inodes: { key: 'i' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.has('i')) {
    ctx.stderr.write('layerlab: df -i is not part of this lab\n');
    return 1;
  }
  const container = ctx.fs.exists('/.dockerenv');
  // The machine's disk when the shell has one (the host's: its writes are charged to it, see
  // src/shell/disk.ts), else what this filesystem's files occupy on a 60G disk.
  const disk = ctx.system.disk;
  const size = disk?.sizeBytes ?? HOST_DISK_BYTES;
  const used = disk ? disk.usedBytes() : measureUsed(ctx.fs);
  const root: Mount = container
    ? { source: 'overlay', type: 'overlay', size, used, target: '/' }
    : { source: '/dev/vda1', type: 'ext4', size, used, target: '/' };
  let mounts: Mount[] = container
    ? [
        root,
        { source: 'tmpfs', type: 'tmpfs', size: SMALL_BYTES, used: 0, target: '/dev' },
        { source: 'shm', type: 'tmpfs', size: SMALL_BYTES, used: 0, target: '/dev/shm' },
      ]
    : [
        root,
        {
          source: 'tmpfs',
          type: 'tmpfs',
          size: 398 * 1024 ** 2,
          used: 1024 * 1024,
          target: '/run',
        },
        { source: 'tmpfs', type: 'tmpfs', size: 1990 * 1024 ** 2, used: 0, target: '/dev/shm' },
      ];
  let status = 0;
  if (opts.operands.length) {
    const picked: Mount[] = [];
    for (const f of opts.operands) {
      try {
        const p = ctx.fs.realpath(ctx.resolve(f));
        const m = mounts
          .filter((x) => p === x.target || p.startsWith(x.target === '/' ? '/' : `${x.target}/`))
          .sort((a, b) => b.target.length - a.target.length)[0];
        picked.push(m ?? root);
      } catch (e) {
        ctx.stderr.write(`df: ${f}: ${errText(e)}\n`);
        status = 1;
      }
    }
    mounts = picked;
    if (mounts.length === 0) return status;
  }
  const human = opts.has('h') || opts.has('H');
  const unit = opts.has('m') ? 1024 * 1024 : 1024;
  const num = (b: number): string => (human ? humanSize(b) : String(Math.ceil(b / unit)));
  const header = [
    'Filesystem',
    ...(opts.has('T') ? ['Type'] : []),
    human ? 'Size' : opts.has('m') ? '1M-blocks' : '1K-blocks',
    'Used',
    human ? 'Avail' : 'Available',
    'Use%',
    'Mounted on',
  ];
  const rows = mounts.map((m) => {
    // The lab's accounting can overshoot a full disk by a block (the daemon's own files); a
    // filesystem cannot: Used stops at Size, Avail at 0. Use% is GNU's used / (used + avail).
    const used = Math.min(m.used, m.size);
    const avail = m.size - used;
    const pct = m.size === 0 ? '-' : `${Math.ceil((used * 100) / (used + avail))}%`;
    return [
      m.source,
      ...(opts.has('T') ? [m.type] : []),
      num(m.size),
      num(used),
      num(avail),
      pct,
      m.target,
    ];
  });
  const all = [header, ...rows];
  const min = [14, ...(opts.has('T') ? [4] : []), 5, 5, 5, 4, 0];
  const widths = header.map((_, i) => Math.max(min[i], ...all.map((r) => r[i].length)));
  const leftCols = new Set([0, header.length - 1, ...(opts.has('T') ? [1] : [])]);
  const line = (r: string[]): string =>
    r
      .map((c, i) =>
        i === r.length - 1 ? c : leftCols.has(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]),
      )
      .join(' ');
  ctx.stdout.write(`${all.map(line).join('\n')}\n`);
  return status;
});
