// Line continuation: the escape token as the last non-blank (space or tab) character, unless it
// is itself escaped (`\\` at the end is a literal backslash). BuildKit does this with a regexp,
// `([^\\])\\[ \t]*$|^\\[ \t]*$`; we scan from the end instead (same answers, no per-position
// matching), and keep its known hole: an escaped token before the continuation (`foo \\\`).

/** Strips a trailing continuation; `continues` tells whether the instruction goes on. */
export function trimContinuation(
  line: string,
  escapeToken: '\\' | '`',
): { line: string; continues: boolean } {
  let j = line.length - 1;
  while (j >= 0 && (line[j] === ' ' || line[j] === '\t')) j--;
  if (j < 0 || line[j] !== escapeToken) return { line, continues: false };
  if (j === 0) return { line: '', continues: true };
  if (line[j - 1] === escapeToken) return { line, continues: false };
  return { line: line.slice(0, j), continues: true };
}
