// tar (GNU tar 1.34): -c, -x, -t with -f, -z/-j/-J, -v, -C, --exclude, --numeric-owner,
// --strip-components, -P, -O, -k; old-style clusters (`tar xzf a.tgz`). Archives are blobs whose
// members live in the world's archive index, so create → extract round-trips exactly.

import type { Compression } from '../../../engine/world';
import { compress, openTar, registerTar } from '../../../engine/world';
import type { FileData } from '../../../engine/fs/types';
import type { CommandContext } from '../../types';
import { command, errText } from '../../coreutils/lib/errors';
import { makeExcluder } from './exclude';
import { createMembers } from './tar-create';
import { readMembers } from './tar-extract';
import { parseTarArgs, type TarOptions } from './tar-options';

const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";
const FATAL = 'tar: Error is not recoverable: exiting now\n';
const FAILURE = 'tar: Exiting with failure status due to previous errors\n';

/** What gzip/bzip2/xz say when handed something that is not theirs (GNU tar runs them as children). */
const NOT_MINE: Record<Compression, string> = {
  gzip: '\ngzip: stdin: not in gzip format\ntar: Child returned status 1\n',
  bzip2: 'bzip2: (stdin) is not a bzip2 file.\ntar: Child returned status 2\n',
  xz: 'xz: (stdin): File format not recognized\ntar: Child returned status 1\n',
};

function fatal(ctx: CommandContext, message: string): number {
  ctx.stderr.write(`${message}${FATAL}`);
  return 2;
}

function isDir(ctx: CommandContext, path: string): boolean {
  try {
    return ctx.fs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}

/** Lab time for moving `bytes` through tar (about 200 MB/s, a little more when compressing). */
function advance(ctx: CommandContext, bytes: number, compressed: boolean): void {
  ctx.clock.advance(Math.round(bytes / (compressed ? 60_000 : 200_000)));
}

function noArchiveFile(ctx: CommandContext, o: TarOptions): number | undefined {
  if (o.file !== undefined && o.file !== '-') return undefined;
  if (o.mode === 'create' && ctx.stdout.isTTY && o.file === undefined)
    return fatal(ctx, 'tar: Refusing to write archive contents to terminal (missing -f option?)\n');
  if (o.mode !== 'create' && ctx.stdin.isTTY && o.file === undefined)
    return fatal(
      ctx,
      'tar: Refusing to read archive contents from terminal (missing -f option?)\n',
    );
  ctx.stderr.write('tar: layerlab: archives on a pipe are not simulated; use -f FILE\n');
  return 2;
}

async function create(ctx: CommandContext, o: TarOptions, base: string): Promise<number> {
  if (o.operands.length === 0) {
    ctx.stderr.write(`tar: Cowardly refusing to create an empty archive\n${TRY}`);
    return 2;
  }
  const file = o.file ?? '';
  const archivePath = ctx.resolve(file);
  try {
    ctx.fs.writeFile(archivePath, '');
  } catch (e) {
    return fatal(ctx, `tar: ${file}: Cannot open: ${errText(e)}\n`);
  }
  const r = await createMembers(ctx, {
    base,
    operands: o.operands,
    exclude: makeExcluder(o.excludes),
    verbose: o.verbose,
    numericOwner: o.numericOwner,
    absoluteNames: o.absoluteNames,
    archivePath,
  });
  let data: FileData = registerTar(r.members);
  const tarSize = data.kind === 'blob' ? data.size : 0;
  if (o.compression) data = compress(o.compression, data);
  ctx.fs.writeFile(archivePath, data);
  advance(ctx, tarSize, o.compression !== undefined);
  if (r.interrupted) return 130;
  if (r.failed) {
    ctx.stderr.write(FAILURE);
    return 2;
  }
  return 0;
}

async function read(ctx: CommandContext, o: TarOptions, base: string): Promise<number> {
  const file = o.file ?? '';
  let data: FileData;
  try {
    const path = ctx.resolve(file);
    if (isDir(ctx, path)) return fatal(ctx, `tar: ${file}: Cannot read: Is a directory\n`);
    data = ctx.fs.readFile(path);
  } catch (e) {
    return fatal(ctx, `tar: ${file}: Cannot open: ${errText(e)}\n`);
  }
  if ((data.kind === 'text' && data.text === '') || (data.kind === 'blob' && data.size === 0))
    return 0;
  const tar = openTar(data);
  if (o.compression && tar?.compression !== o.compression)
    return fatal(ctx, NOT_MINE[o.compression]);
  if (!tar) {
    ctx.stderr.write(`tar: This does not look like a tar archive\n${FAILURE}`);
    return 2;
  }
  const failed = await readMembers(ctx, {
    members: tar.members,
    extract: o.mode === 'extract',
    base,
    strip: o.strip,
    exclude: makeExcluder(o.excludes),
    verbose: o.verbose,
    numericOwner: o.numericOwner,
    keepOld: o.keepOld,
    toStdout: o.toStdout,
    wanted: o.operands,
  });
  if (o.mode === 'extract' && data.kind === 'blob')
    advance(ctx, data.size * 4, tar.compression !== undefined);
  if (ctx.signal.interrupted) return 130;
  if (failed) {
    ctx.stderr.write(FAILURE);
    return 2;
  }
  return 0;
}

export const tar = command('tar', async (ctx) => {
  const p = parseTarArgs(ctx.argv.slice(1));
  if (p.ok === 'help') {
    ctx.stdout.write(
      "Usage: tar [OPTION...] [FILE]...\nGNU 'tar' saves many files together into a single tape or disk archive, and can\nrestore individual files from the archive.\n\nExamples:\n  tar -cf archive.tar foo bar  # Create archive.tar from files foo and bar.\n  tar -tvf archive.tar         # List all files in archive.tar verbosely.\n  tar -xf archive.tar          # Extract all files from archive.tar.\n\n(Layerlab's tar: -c -x -t -f -z -j -J -v -C --exclude --numeric-owner --strip-components -P -O -k.)\n",
    );
    return 0;
  }
  if (p.ok === 'version') {
    ctx.stdout.write(
      'tar (GNU tar) 1.34\nCopyright (C) 2021 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by John Gilmore and Jay Fenlason.\n',
    );
    return 0;
  }
  if (!p.ok) {
    ctx.stderr.write(`tar: ${p.message}\n${p.usage ? TRY : FATAL}`);
    return 2;
  }
  const o = p.opts;
  const missing = noArchiveFile(ctx, o);
  if (missing !== undefined) return missing;
  const base = o.directory !== undefined ? ctx.resolve(o.directory) : ctx.cwd;
  if (o.directory !== undefined && !isDir(ctx, base)) {
    const why = ctx.fs.exists(base) ? 'Not a directory' : 'No such file or directory';
    return fatal(ctx, `tar: ${o.directory}: Cannot open: ${why}\n`);
  }
  return o.mode === 'create' ? create(ctx, o, base) : read(ctx, o, base);
});
