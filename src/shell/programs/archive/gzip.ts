// gzip, gunzip and zcat (gzip 1.12). A .gz is a blob recorded in the archive index as pointing at
// what it compresses, so gunzip gives back exactly the original (text stays text). Compressed
// bytes cannot travel through the shell's text pipes: -c on a blob says so instead of faking it.

import type { FileData } from '../../../engine/fs/types';
import { compress, contentBytes, lookupArchive } from '../../../engine/world';
import type { CommandContext } from '../../types';
import { command, errText } from '../../coreutils/lib/errors';
import { parseOptions } from '../../coreutils/lib/options';
import { baseName } from '../../coreutils/lib/paths';

interface GzipOpts {
  decompress: boolean;
  stdout: boolean;
  keep: boolean;
  force: boolean;
  verbose: boolean;
  quiet: boolean;
}

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['.tgz', '.tar'],
  ['.taz', '.tar'],
  ['.gz', ''],
  ['-gz', ''],
  ['.z', ''],
  ['-z', ''],
  ['_z', ''],
  ['.Z', ''],
];

const PIPE_NOTE =
  'gzip: layerlab: compressed bytes cannot flow through a pipe here; use gzip FILE\n';

function ratio(orig: number, packed: number): string {
  const r = orig === 0 ? 0 : (1 - packed / orig) * 100;
  return `${r.toFixed(1).padStart(5)}%`;
}

function statusMax(a: number, b: number): number {
  return a === 1 || b === 1 ? 1 : Math.max(a, b);
}

function compressOne(ctx: CommandContext, name: string, o: GzipOpts): number {
  const path = ctx.resolve(name);
  let st;
  try {
    st = ctx.fs.stat(path);
  } catch (e) {
    ctx.stderr.write(`gzip: ${name}: ${errText(e)}\n`);
    return 1;
  }
  if (st.type === 'dir') {
    if (!o.quiet) ctx.stderr.write(`gzip: ${name} is a directory -- ignored\n`);
    return 2;
  }
  const data = ctx.fs.readFile(path);
  if (o.stdout) {
    if (ctx.stdout.isTTY && !o.force) {
      ctx.stderr.write(
        'gzip: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: gzip -h\n',
      );
      return 1;
    }
    ctx.stderr.write(PIPE_NOTE);
    return 1;
  }
  if (SUFFIXES.some(([s]) => name.endsWith(s))) {
    if (!o.quiet)
      ctx.stderr.write(
        `gzip: ${name} already has ${name.slice(name.lastIndexOf('.'))} suffix -- unchanged\n`,
      );
    return 2;
  }
  const out = `${path}.gz`;
  if (ctx.fs.exists(out) && !o.force) {
    ctx.stderr.write(`gzip: ${name}.gz already exists;\tnot overwritten\n`);
    return 2;
  }
  const packed = compress('gzip', data, baseName(name));
  ctx.fs.writeFile(out, packed, { mode: st.mode });
  ctx.fs.chmod(out, st.mode);
  ctx.fs.chown(out, st.uid, st.gid);
  ctx.fs.utimes(out, st.mtimeMs);
  if (!o.keep) ctx.fs.unlink(path);
  ctx.clock.advance(Math.round(contentBytes(data) / 40_000));
  if (o.verbose) {
    const packedSize = packed.kind === 'blob' ? packed.size : 0;
    const how = o.keep ? 'created' : 'replaced with';
    ctx.stderr.write(`${name}:\t${ratio(contentBytes(data), packedSize)} -- ${how} ${name}.gz\n`);
  }
  return 0;
}

function innerOf(data: FileData): FileData | undefined {
  const c = lookupArchive(data);
  return c?.kind === 'compressed' && c.format === 'gzip' ? c.inner : undefined;
}

function decompressOne(ctx: CommandContext, name: string, o: GzipOpts): number {
  const path = ctx.resolve(name);
  let st;
  try {
    st = ctx.fs.stat(path);
  } catch (e) {
    ctx.stderr.write(`gzip: ${name}: ${errText(e)}\n`);
    return 1;
  }
  if (st.type === 'dir') {
    if (!o.quiet) ctx.stderr.write(`gzip: ${name} is a directory -- ignored\n`);
    return 2;
  }
  const suffix = SUFFIXES.find(([s]) => name.endsWith(s));
  if (!suffix && !o.stdout) {
    if (!o.quiet) ctx.stderr.write(`gzip: ${name}: unknown suffix -- ignored\n`);
    return 2;
  }
  const inner = innerOf(ctx.fs.readFile(path));
  if (!inner) {
    ctx.stderr.write(`gzip: ${name}: not in gzip format\n`);
    return 1;
  }
  if (o.stdout) {
    if (inner.kind === 'text') {
      ctx.stdout.write(inner.text);
      return 0;
    }
    ctx.stderr.write(PIPE_NOTE);
    return 1;
  }
  const [s, replacement] = suffix ?? ['', ''];
  const outName = name.slice(0, name.length - s.length) + replacement;
  const out = ctx.resolve(outName);
  if (ctx.fs.exists(out) && !o.force) {
    ctx.stderr.write(`gzip: ${outName} already exists;\tnot overwritten\n`);
    return 2;
  }
  ctx.fs.writeFile(out, inner, { mode: st.mode });
  ctx.fs.chmod(out, st.mode);
  ctx.fs.chown(out, st.uid, st.gid);
  ctx.fs.utimes(out, st.mtimeMs);
  if (!o.keep) ctx.fs.unlink(path);
  ctx.clock.advance(Math.round(contentBytes(inner) / 150_000));
  if (o.verbose) {
    const packed = st.size;
    const how = o.keep ? 'created' : 'replaced with';
    ctx.stderr.write(`${name}:\t${ratio(contentBytes(inner), packed)} -- ${how} ${outName}\n`);
  }
  return 0;
}

function gzipFamily(name: 'gzip' | 'gunzip' | 'zcat') {
  return command(name, async (ctx) => {
    const r = parseOptions(ctx.argv.slice(1), {
      flags: 'dckfvqrnN123456789t',
      long: {
        decompress: { key: 'd' },
        uncompress: { key: 'd' },
        stdout: { key: 'c' },
        'to-stdout': { key: 'c' },
        keep: { key: 'k' },
        force: { key: 'f' },
        verbose: { key: 'v' },
        quiet: { key: 'q' },
        help: { key: 'help' },
        version: { key: 'version' },
      },
    });
    if (!r.ok) {
      ctx.stderr.write(`${name}: ${r.message}\nTry \`${name} --help' for more information.\n`);
      return 1;
    }
    const p = r.opts;
    if (p.has('version')) {
      ctx.stdout.write(
        `${name === 'zcat' ? 'zcat' : 'gzip'} 1.12\nCopyright (C) 2018 Free Software Foundation, Inc.\n`,
      );
      return 0;
    }
    if (p.has('help')) {
      ctx.stdout.write(
        `Usage: ${name} [OPTION]... [FILE]...\n(Layerlab's ${name}: -d -c -k -f -v -q.)\n`,
      );
      return 0;
    }
    const o: GzipOpts = {
      decompress: name !== 'gzip' || p.has('d'),
      stdout: name === 'zcat' || p.has('c'),
      keep: p.has('k'),
      force: p.has('f'),
      verbose: p.has('v'),
      quiet: p.has('q'),
    };
    if (p.operands.length === 0) {
      if (!o.decompress && ctx.stdout.isTTY && !o.force) {
        ctx.stderr.write(
          'gzip: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: gzip -h\n',
        );
        return 1;
      }
      ctx.stderr.write(PIPE_NOTE);
      return 1;
    }
    let status = 0;
    for (const f of p.operands) {
      const s = o.decompress ? decompressOne(ctx, f, o) : compressOne(ctx, f, o);
      status = statusMax(status, s);
      if (!(await ctx.checkpoint())) return 130;
    }
    return status;
  });
}

export const gzip = gzipFamily('gzip');
export const gunzip = gzipFamily('gunzip');
export const zcat = gzipFamily('zcat');
