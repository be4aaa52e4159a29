// Finding here-documents on a RUN/COPY/ADD line. The line is split into words with quotes and
// escapes kept; each word shaped like `[n]<<[-]WORD` opens a here-doc. Whether the body expands
// variables depends on whether any part of WORD was quoted, which we learn by lexing WORD twice,
// once keeping quotes and once removing them, and comparing how many quote characters survive.

import { EMPTY_ENV } from '../shell-words/env';
import { expandWords } from '../shell-words/lex';
import type { Heredoc } from './ast';

const RE_HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

export type HeredocHeader = Omit<Heredoc, 'content'>;

function countQuotes(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === "'" || ch === '"') n++;
  return n;
}

/** Parses one word as a here-doc opener; undefined when it is not one. */
export function parseHeredoc(word: string): HeredocHeader | { error: string } | undefined {
  const m = RE_HEREDOC.exec(word);
  if (!m) return undefined;
  const rest = m[3];
  if (rest === '') return undefined;
  const plain = expandWords(rest, EMPTY_ENV, { skipUnsetEnv: true });
  if (!plain.ok) return { error: plain.error };
  if (plain.words.length !== 1) return undefined;
  const raw = expandWords(rest, EMPTY_ENV, { skipUnsetEnv: true, rawQuotes: true });
  if (!raw.ok) return { error: raw.error };
  if (raw.words.length !== 1) {
    return { error: `internal lexing of heredoc produced inconsistent results: ${rest}` };
  }
  const name = plain.words[0];
  return {
    name,
    expand: countQuotes(name) === countQuotes(raw.words[0]),
    chomp: m[2] === '-',
    fileDescriptor: m[1] === '' || !Number.isSafeInteger(Number(m[1])) ? 0 : Number(m[1]),
  };
}

/** Every here-doc opened on the line, in order. Lexing errors mean "no here-docs", as upstream. */
export function heredocsFromLine(line: string): HeredocHeader[] | { error: string } {
  const words = expandWords(line, EMPTY_ENV, {
    rawQuotes: true,
    rawEscapes: true,
    skipUnsetEnv: true,
  });
  if (!words.ok) return [];
  const docs: HeredocHeader[] = [];
  for (const word of words.words) {
    const doc = parseHeredoc(word);
    if (doc === undefined) continue;
    if ('error' in doc) return doc;
    docs.push(doc);
  }
  return docs;
}

/** `<<-`: strip leading tabs from every line of the body when it is used. */
export function chompHeredocContent(content: string): string {
  return content.replace(/^\t+/gm, '');
}
