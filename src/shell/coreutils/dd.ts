// dd (GNU coreutils 9.1): copy in blocks. if= a file, /dev/zero, or stdin; of= a file or stdout;
// bs= ibs= obs= count= with GNU's size suffixes (c w b K M G, KB MB GB, KiB…), status=none.
// Data from /dev/zero is written as size-only bytes (blobs), so `dd if=/dev/zero of=f bs=1M
// count=1024` makes a 1 GiB file in one step per block — and on a full disk stops with
// `dd: error writing 'f': No space left on device`, the records and bytes that made it, exit 1.
// The transfer statistics use a lab throughput (2 GB/s) on the lab clock.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { isFsError } from '../../engine/fs/errors';
import type { FileData } from '../../engine/fs/types';
import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';

const MULT: Record<string, number> = {
  '': 1,
  c: 1,
  w: 2,
  b: 512,
  K: 1024,
  k: 1024,
  KiB: 1024,
  KB: 1000,
  kB: 1000,
  M: 1024 ** 2,
  MiB: 1024 ** 2,
  MB: 1000 ** 2,
  G: 1024 ** 3,
  GiB: 1024 ** 3,
  GB: 1000 ** 3,
  T: 1024 ** 4,
  TB: 1000 ** 4,
};

function parseSize(v: string): number | null {
  const m = /^(\d+)([a-zA-Z]*)$/.exec(v);
  if (!m) return null;
  const mult = MULT[m[2] as string];
  return mult === undefined ? null : Number(m[1]) * mult;
}

/** GNU human_readable with autoscale, rounding to nearest: `105 MB`, `1.0 GiB`, `60 GiB`. */
function human(n: number, base: 1000 | 1024): string {
  const units =
    base === 1000 ? ['kB', 'MB', 'GB', 'TB', 'PB'] : ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n;
  let u = -1;
  while (v >= base && u < units.length - 1) {
    v /= base;
    u++;
  }
  if (u < 0) return `${n} B`;
  if (v < 10 && Math.round(v * 10) / 10 < 10)
    return `${(Math.round(v * 10) / 10).toFixed(1)} ${units[u]}`;
  return `${Math.round(v)} ${units[u]}`;
}

/** C's %g: six significant digits, no trailing zeros. */
function g(x: number): string {
  if (x === 0) return '0';
  const s = x.toPrecision(6);
  return s.includes('e') ? s : s.replace(/\.?0+$/, '');
}

function stats(ctx: CommandContext, recsIn: string, recsOut: string, bytes: number): void {
  const secs = Math.max(bytes / 2e9, 0.000_123);
  const rate = `${human(Math.round(bytes / secs), 1000)}/s`;
  const size =
    bytes < 1000
      ? `${bytes} byte${bytes === 1 ? '' : 's'} copied`
      : bytes < 1024
        ? `${bytes} bytes (${human(bytes, 1000)}) copied`
        : `${bytes} bytes (${human(bytes, 1000)}, ${human(bytes, 1024)}) copied`;
  ctx.stderr.write(
    `${recsIn} records in\n${recsOut} records out\n${size}, ${g(secs)} s, ${rate}\n`,
  );
}

export const dd: Command = command('dd', async (ctx) => {
  const ops: Record<string, string> = {};
  for (const a of ctx.argv.slice(1)) {
    if (a === '--help') {
      ctx.stdout.write(
        'Usage: dd [OPERAND]...\n  or:  dd OPTION\nCopy a file, converting and formatting according to the operands.\n',
      );
      return 0;
    }
    if (a === '--version') {
      ctx.stdout.write('dd (GNU coreutils) 9.1\n');
      return 0;
    }
    const eq = a.indexOf('=');
    if (eq <= 0) {
      ctx.stderr.write(`dd: unrecognized operand '${a}'\nTry 'dd --help' for more information.\n`);
      return 1;
    }
    const key = a.slice(0, eq);
    if (['conv', 'iflag', 'oflag', 'skip', 'seek', 'cbs'].includes(key)) {
      ctx.stderr.write(`layerlab: dd: ${key}= is not modelled in the lab\n`);
      return 1;
    }
    if (!['if', 'of', 'bs', 'ibs', 'obs', 'count', 'status'].includes(key)) {
      ctx.stderr.write(`dd: unrecognized operand '${a}'\nTry 'dd --help' for more information.\n`);
      return 1;
    }
    ops[key] = a.slice(eq + 1);
  }
  for (const k of ['bs', 'ibs', 'obs', 'count'] as const) {
    const v = ops[k];
    if (v !== undefined && (parseSize(v) === null || (k !== 'count' && parseSize(v) === 0))) {
      ctx.stderr.write(`dd: invalid number: '${v}'\n`);
      return 1;
    }
  }
  const bs = parseSize(ops.bs ?? ops.ibs ?? '512') ?? 512;
  const count = ops.count !== undefined ? (parseSize(ops.count) ?? 0) : Infinity;
  const quiet = ops.status === 'none';
  const inPath = ops.if;
  const outPath = ops.of;

  // The input: /dev/zero (endless), a file's text, or stdin.
  let source: { zero: true } | { zero: false; text: string };
  if (inPath === undefined) source = { zero: false, text: await ctx.stdin.readAll() };
  else if (ctx.resolve(inPath) === '/dev/zero') source = { zero: true };
  else {
    try {
      source = { zero: false, text: ctx.fs.readText(ctx.resolve(inPath)) };
    } catch (e) {
      ctx.stderr.write(`dd: failed to open '${inPath}': ${errText(e)}\n`);
      return 1;
    }
  }
  // of=/dev/null discards, as stdout does when it is /dev/null.
  const out =
    outPath === undefined || ctx.resolve(outPath) === '/dev/null' ? null : ctx.resolve(outPath);
  const discard = out === null && outPath !== undefined;
  if (out !== null) {
    try {
      ctx.fs.writeFile(out, '');
    } catch (e) {
      ctx.stderr.write(`dd: failed to open '${outPath}': ${errText(e)}\n`);
      return 1;
    }
  }
  const zeroBlock: FileData = {
    kind: 'blob',
    size: bs,
    digest: `sha256:${bytesToHex(sha256(utf8ToBytes(`zeros ${bs}`)))}`,
  };
  let full = 0;
  let partial = 0;
  let bytes = 0;
  let offset = 0;
  const done = (status: number, recsIn = `${full}+${partial}`): number => {
    if (!quiet) stats(ctx, recsIn, `${full}+${partial}`, bytes);
    return status;
  };
  while (full + partial < count) {
    if (!(await ctx.checkpoint())) return ctx.signal.interrupted ? done(130) : 141;
    let block: FileData | string;
    let size: number;
    if (source.zero) {
      block = zeroBlock;
      size = bs;
    } else {
      if (offset >= source.text.length) break;
      block = source.text.slice(offset, offset + bs);
      offset += bs;
      size = block.length;
    }
    try {
      if (discard) {
        // nothing to keep
      } else if (out === null)
        ctx.stdout.write(typeof block === 'string' ? block : '\0'.repeat(size));
      else ctx.fs.writeFile(out, block, { append: true });
    } catch (e) {
      if (!isFsError(e)) throw e;
      // The kernel took what fitted: count it, as dd does, then report the write error.
      let got: number;
      try {
        got = Math.max(0, ctx.fs.stat(out as string).size - bytes);
      } catch {
        got = 0;
      }
      ctx.stderr.write(`dd: error writing '${outPath}': ${errText(e)}\n`);
      // The failed block was read in full; what part of it got out is a partial record.
      const recsIn = size === bs ? `${full + 1}+${partial}` : `${full}+${partial + 1}`;
      if (got > 0) partial++;
      bytes += got;
      return done(1, recsIn);
    }
    if (size === bs) full++;
    else partial++;
    bytes += size;
  }
  return done(0);
});
