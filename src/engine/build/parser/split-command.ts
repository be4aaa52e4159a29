// Splits an instruction line into its word, its leading `--flags` and the rest. Flags end at the
// first word that does not start with `--`, or at a bare `--`.

import { isGoSpace, splitWhitespace, trimGoSpace } from '../text/go-space';

export interface SplitCommand {
  readonly cmd: string;
  readonly flags: string[];
  readonly rest: string;
}

export function splitCommand(line: string): SplitCommand {
  const parts = splitWhitespace(trimGoSpace(line), 2);
  if (parts.length < 2) return { cmd: parts[0], flags: [], rest: '' };
  const { rest, flags } = extractBuilderFlags(parts[1]);
  return { cmd: parts[0], flags, rest: trimGoSpace(rest) };
}

const IN_SPACES = 0;
const IN_WORD = 1;
const IN_QUOTE = 2;

/** Reads `--flag` words (quotes and `\` escapes removed) and returns the text after them. */
export function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let phase = IN_SPACES;
  let word = '';
  let quote = '';
  let blankOK = false;
  const n = line.length;
  for (let pos = 0; pos <= n; pos++) {
    const ch = pos < n ? line[pos] : '';
    if (phase === IN_SPACES) {
      if (pos === n) break;
      if (isGoSpace(line.charCodeAt(pos))) continue;
      if (ch !== '-' || pos + 1 === n || line[pos + 1] !== '-') {
        return { rest: line.slice(pos), flags };
      }
      phase = IN_WORD;
    }
    if (pos === n) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push(word);
      break;
    }
    if (phase === IN_WORD) {
      if (isGoSpace(line.charCodeAt(pos))) {
        phase = IN_SPACES;
        if (word === '--') return { rest: line.slice(pos), flags };
        if (blankOK || word.length > 0) flags.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === n) continue;
        pos++;
        word += line[pos];
        continue;
      }
      word += ch;
      continue;
    }
    // IN_QUOTE
    if (ch === quote) {
      phase = IN_WORD;
      continue;
    }
    if (ch === '\\') {
      if (pos + 1 === n) {
        phase = IN_WORD;
        continue;
      }
      pos++;
      word += line[pos];
      continue;
    }
    word += ch;
  }
  return { rest: '', flags };
}
