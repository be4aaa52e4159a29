// Line continuation: the escape token as the last non-blank character, unless it is itself
// escaped (`\\` at the end is a literal backslash). BuildKit does this with one regexp whose
// known hole, an escaped token before the continuation (`foo \\\`), we reproduce on purpose.

const BACKSLASH = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
const BACKTICK = /([^`])`[ \t]*$|^`[ \t]*$/;

/** Strips a trailing continuation; `continues` tells whether the instruction goes on. */
export function trimContinuation(
  line: string,
  escapeToken: '\\' | '`',
): { line: string; continues: boolean } {
  const re = escapeToken === '`' ? BACKTICK : BACKSLASH;
  const m = re.exec(line);
  if (!m) return { line, continues: false };
  return { line: line.slice(0, m.index) + (m[1] ?? ''), continues: true };
}
