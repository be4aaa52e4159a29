// Reading operands the way text utilities do: a file name, or `-`/none for standard input.

import type { FileSystem } from '../../../engine/fs/types';
import type { CommandContext, InputStream } from '../../types';
import { errText } from './errors';

export type ReadResult = { ok: true; text: string } | { ok: false; error: unknown };

/** Read a whole file (text, or a blob's stand-in text). */
export function readPath(fs: FileSystem, path: string): ReadResult {
  try {
    return { ok: true, text: fs.readText(path) };
  } catch (e) {
    return { ok: false, error: e };
  }
}

/**
 * Read each operand (`-` is stdin) in order; on error print `${name}: ${operand}: ${strerror}`
 * (or what `format` makes of it) and carry on. Returns the texts read and whether all succeeded.
 */
export async function readOperands(
  ctx: CommandContext,
  name: string,
  operands: readonly string[],
  format: (operand: string, message: string) => string = (o, m) => `${name}: ${o}: ${m}`,
): Promise<{ texts: Array<{ name: string; text: string }>; ok: boolean }> {
  const files = operands.length ? operands : ['-'];
  const texts: Array<{ name: string; text: string }> = [];
  let ok = true;
  for (const f of files) {
    if (f === '-') {
      texts.push({ name: f, text: await ctx.stdin.readAll() });
      continue;
    }
    const r = readPath(ctx.fs, ctx.resolve(f));
    if (r.ok) texts.push({ name: f, text: r.text });
    else {
      ctx.stderr.write(`${format(f, errText(r.error))}\n`);
      ok = false;
    }
  }
  return { texts, ok };
}

/** Split text into lines without their '\n'; a final line without '\n' is still a line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Feed a stream line by line (for commands that should echo as the learner types). */
export async function forEachLine(
  input: InputStream,
  fn: (line: string) => boolean | void,
): Promise<void> {
  for (;;) {
    const line = await input.readLine();
    if (line === null) return;
    if (fn(line) === false) return;
  }
}

export { utf8Length as byteLength } from '../../../engine/text/utf8';
