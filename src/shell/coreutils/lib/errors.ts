// FsError → the strerror text coreutils prints after a file name. Anything else that escapes a
// command's own logic is a bug in the lab, reported as such rather than thrown at the shell.

import { errnoMessage, isFsError } from '../../../engine/fs/errors';
import type { Command, CommandContext } from '../../types';

export function errText(e: unknown): string {
  if (isFsError(e)) return errnoMessage(e.code);
  return e instanceof Error ? e.message : String(e);
}

export function errCode(e: unknown): string | undefined {
  return isFsError(e) ? e.code : undefined;
}

/** Define a command whose `run` can never throw: an unexpected exception becomes exit 1. */
export function command(
  name: string,
  run: (ctx: CommandContext) => Promise<number> | number,
): Command {
  return {
    name,
    async run(ctx) {
      try {
        return await run(ctx);
      } catch (e) {
        ctx.stderr.write(`${name}: ${errText(e)}\n`);
        return 1;
      }
    },
  };
}

/** Whether `path` is (or leads through a symlink to) a directory; false when missing. */
export function isDirectory(fs: { stat(p: string): { type: string } }, path: string): boolean {
  try {
    return fs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}

/** lstat, or undefined when the path does not resolve. */
export function tryLstat<T>(fs: { lstat(p: string): T }, path: string): T | undefined {
  try {
    return fs.lstat(path);
  } catch {
    return undefined;
  }
}
