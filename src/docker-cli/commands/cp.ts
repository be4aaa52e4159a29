// docker cp / docker container cp: files between the host and a container, running or not
// (`CONTAINER:PATH` on one side). Tar streams (`-` as either side) are not modelled. On a
// terminal docker reports `Successfully copied <size> to <dest>`, the size of the tar stream
// it sent (512-byte headers and blocks, two zero blocks at the end: 2.05kB for a small file).

import type { Engine } from '../../engine/engine';
import type { FileSystem } from '../../engine/fs/types';
import { flagBool } from '../flags/accessors';
import { humanSize } from '../format/units';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError, labNote } from './lib/output';

/** `name:path` → [name, path] when it names a container (docker's splitCpArg). */
function splitCpArg(arg: string): [string, string] {
  if (arg.startsWith('/') || arg.startsWith('.')) return ['', arg];
  const i = arg.indexOf(':');
  if (i <= 0) return ['', arg];
  return [arg.slice(0, i), arg.slice(i + 1)];
}

function tarSize(fs: FileSystem, path: string): number {
  const st = fs.lstat(path);
  let n = 512;
  if (st.type === 'file') n += Math.ceil(st.size / 512) * 512;
  if (st.type === 'dir')
    for (const e of fs.readdir(path)) n += tarSize(fs, `${path.replace(/\/$/, '')}/${e.name}`);
  return n;
}

const absolute = (p: string): string => (p.startsWith('/') ? p : `/${p}`);

export const cp: DockerSubcommand<Engine> = {
  spec: specFromHelp('cp', { minArgs: 2, maxArgs: 2 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    const [srcArg, dstArg] = p.args as [string, string];
    const [srcC, srcPath] = splitCpArg(srcArg);
    const [dstC, dstPath] = splitCpArg(dstArg);
    if (srcC === '' && dstC === '') {
      ctx.stderr.write('must specify at least one container source\n');
      return 1;
    }
    if (srcC !== '' && dstC !== '') {
      ctx.stderr.write('copying between containers is not supported\n');
      return 1;
    }
    if (srcArg === '-' || dstArg === '-')
      return labNote(ctx, "tar streams ('-' as a docker cp argument) are not modelled in the lab");
    await api.settle();
    const report = !flagBool(p, 'quiet') && ctx.stderr.isTTY;
    if (srcC !== '') {
      const container = api.getContainer(srcC);
      if (!container.ok) return daemonError(ctx, container.error.message);
      const from = absolute(srcPath);
      const to = ctx.resolve(dstPath);
      let size: number;
      try {
        size = tarSize(container.value.rootfs, from);
      } catch {
        return daemonError(ctx, `Could not find the file ${from} in container ${srcC}`);
      }
      const r = api.copyFromContainer(srcC, { hostFs: ctx.fs, from, to });
      if (!r.ok) return daemonError(ctx, r.error.message);
      if (report) ctx.stderr.write(`Successfully copied ${humanSize(size + 1024)} to ${dstPath}\n`);
      return 0;
    }
    const from = ctx.resolve(srcPath);
    let size: number;
    try {
      size = tarSize(ctx.fs, from);
    } catch {
      ctx.stderr.write(`lstat ${from}: no such file or directory\n`);
      return 1;
    }
    const r = api.copyToContainer(dstC, { hostFs: ctx.fs, from, to: absolute(dstPath) });
    if (!r.ok) return daemonError(ctx, r.error.message);
    if (report)
      ctx.stderr.write(
        `Successfully copied ${humanSize(size + 1024)} to ${dstC}:${absolute(dstPath)}\n`,
      );
    return 0;
  },
};
