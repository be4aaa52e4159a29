// Where a server's log path leads: the image's symlinks to /dev/stdout and /dev/stderr (nginx),
// /proc/self/fd/1 and 2 (httpd), or a real file the learner can `cat` (CentOS's packages).

import { resolvePath } from '../../../interp/paths';
import type { CommandContext } from '../../../types';

export type LogWriter = (line: string) => void;

const STDOUT = new Set(['/dev/stdout', '/proc/self/fd/1', '/dev/fd/1']);
const STDERR = new Set(['/dev/stderr', '/proc/self/fd/2', '/dev/fd/2']);

/** Follow symlinks by hand until a standard stream or a regular path. */
function follow(ctx: CommandContext, path: string): string {
  let p = path;
  for (let i = 0; i < 8; i++) {
    if (STDOUT.has(p) || STDERR.has(p)) return p;
    try {
      if (ctx.fs.lstat(p).type !== 'symlink') return p;
      const target = ctx.fs.readlink(p);
      p = resolvePath(p.slice(0, p.lastIndexOf('/')) || '/', target);
    } catch {
      return p;
    }
  }
  return p;
}

/** A writer for the log at `path` (absolute), or undefined when it cannot be opened. */
export function openLog(ctx: CommandContext, path: string): LogWriter | undefined {
  const p = follow(ctx, path);
  if (STDOUT.has(p)) return (line) => ctx.stdout.write(line);
  if (STDERR.has(p)) return (line) => ctx.stderr.write(line);
  if (p === '/dev/null') return () => undefined;
  try {
    const dir = p.slice(0, p.lastIndexOf('/')) || '/';
    if (ctx.fs.stat(dir).type !== 'dir') return undefined;
    if (!ctx.fs.exists(p)) ctx.fs.writeFile(p, '');
  } catch {
    return undefined;
  }
  return (line) => {
    try {
      ctx.fs.writeFile(p, line, { append: true });
    } catch {
      // a log that cannot be written is skipped, as the server would after an error
    }
  };
}
