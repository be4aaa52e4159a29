// realpath: print the resolved absolute path. By default every component but the last must
// exist; -e all must exist; -m none need to; -s resolves lexically without following symlinks;
// --relative-to=DIR; -z.

import type { FileSystem } from '../../engine/fs/types';
import type { Command } from '../types';
import { command, errCode, errText } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { baseName, dirName, joinPath, normalize } from './lib/paths';

/** Canonicalise `path` (absolute); mode e: all exist, default: all but last, m: none. */
export function canonicalize(fs: FileSystem, path: string, mode: 'e' | 'default' | 'm'): string {
  try {
    return fs.realpath(path);
  } catch (e) {
    if (mode === 'e' || errCode(e) !== 'ENOENT') throw e;
    const parent = dirName(path);
    const base = baseName(path);
    if (path === '/' || parent === path) throw e;
    const p = mode === 'm' ? canonicalize(fs, parent, 'm') : fs.realpath(parent);
    if (mode === 'default' && fs.stat(p).type !== 'dir') throw e;
    return normalize(joinPath(p, base));
  }
}

function relative(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const parts = [...a.slice(i).map(() => '..'), ...b.slice(i)];
  return parts.length ? parts.join('/') : '.';
}

export const realpath: Command = command('realpath', (ctx) => {
  const opts = parseArgs(
    ctx,
    'realpath',
    {
      flags: 'emsqzL',
      long: {
        'canonicalize-existing': { key: 'e' },
        'canonicalize-missing': { key: 'm' },
        'no-symlinks': { key: 's' },
        strip: { key: 's' },
        quiet: { key: 'q' },
        zero: { key: 'z' },
        'relative-to': { key: 'relative-to', arg: 'required' },
      },
    },
    '[OPTION]... FILE...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return usageError(ctx, 'realpath', 'missing operand');
  const mode = opts.has('e') ? 'e' : opts.has('m') ? 'm' : 'default';
  const end = opts.has('z') ? '\0' : '\n';
  const rel = opts.get('relative-to');
  let status = 0;
  for (const f of opts.operands) {
    try {
      let p = opts.has('s')
        ? normalize(ctx.resolve(f))
        : canonicalize(ctx.fs, ctx.resolve(f), mode);
      if (rel !== undefined) p = relative(canonicalize(ctx.fs, ctx.resolve(rel), 'm'), p);
      ctx.stdout.write(p + end);
    } catch (e) {
      if (!opts.has('q')) ctx.stderr.write(`realpath: ${f}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
});
