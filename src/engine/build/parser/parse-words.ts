// Word splitting for ENV, LABEL and ARG at parse time. Quotes and escapes are kept in the words;
// they are interpreted later, when the builder expands variables.

import { isGoSpace } from '../text/go-space';

const IN_SPACES = 0;
const IN_WORD = 1;
const IN_QUOTE = 2;

export function parseWords(rest: string, escapeToken: string): string[] {
  const words: string[] = [];
  let phase = IN_SPACES;
  let word = '';
  let quote = '';
  let blankOK = false;
  const n = rest.length;
  for (let pos = 0; pos <= n; pos++) {
    let ch = pos < n ? rest[pos] : '';
    if (phase === IN_SPACES) {
      if (pos === n) break;
      if (isGoSpace(rest.charCodeAt(pos))) continue;
      phase = IN_WORD;
    }
    if (pos === n) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === IN_WORD) {
      if (isGoSpace(rest.charCodeAt(pos))) {
        phase = IN_SPACES;
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
      }
      if (ch === escapeToken) {
        if (pos + 1 === n) continue; // an escape token at the very end is dropped
        // Outside quotes the escape and the next character are both kept, even a quote.
        word += ch;
        pos++;
        ch = rest[pos];
      }
      word += ch;
      continue;
    }
    // IN_QUOTE: the escape token works inside double quotes only.
    if (ch === quote) phase = IN_WORD;
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === n) {
        phase = IN_WORD;
        continue;
      }
      pos++;
      word += ch;
      ch = rest[pos];
    }
    word += ch;
  }
  return words;
}
