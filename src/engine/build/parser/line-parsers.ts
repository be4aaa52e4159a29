// Per-instruction argument parsing at the AST level (BuildKit's line_parsers.go): which words an
// instruction's rest becomes, and whether it is exec form. Unknown instructions keep no args;
// they are rejected later, with a suggestion, when instructions are typed.

import { isGoSpace, splitWhitespace } from '../text/go-space';
import { goQuote } from '../text/go-quote';
import { NOT_STRING_ARRAY, parseJsonArray } from './json-array';
import { parseWords } from './parse-words';

export interface LineArgs {
  readonly args: string[];
  readonly json: boolean;
}

export type LineParser = (rest: string, escapeToken: string) => LineArgs | { error: string };

const NONE: LineArgs = { args: [], json: false };

function whitespaceDelimited(rest: string): LineArgs {
  if (rest === '') return NONE;
  return { args: splitWhitespace(rest, -1), json: false };
}

function single(rest: string): LineArgs {
  return rest === '' ? NONE : { args: [rest], json: false };
}

function maybeJson(rest: string): LineArgs | { error: string } {
  if (rest === '') return NONE;
  const parsed = parseJsonArray(rest);
  if (parsed.kind === 'array') return { args: parsed.items, json: true };
  if (parsed.kind === 'not-strings') return { error: NOT_STRING_ARRAY };
  return { args: [rest], json: false };
}

function maybeJsonToList(rest: string): LineArgs | { error: string } {
  const parsed = parseJsonArray(rest);
  if (parsed.kind === 'array') return { args: parsed.items, json: true };
  if (parsed.kind === 'not-strings') return { error: NOT_STRING_ARRAY };
  return whitespaceDelimited(rest);
}

/** ENV and LABEL: `key=value …`, or the legacy `key value` when the first word has no `=`. */
function nameVal(keyword: string): LineParser {
  return (rest, escapeToken) => {
    const words = parseWords(rest, escapeToken);
    if (words.length === 0) return NONE;
    if (!words[0].includes('=')) {
      const parts = splitWhitespace(rest, 2);
      if (parts.length < 2) return { error: `${keyword} must have two arguments` };
      return { args: [parts[0], parts[1], ''], json: false };
    }
    const args: string[] = [];
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq < 0) {
        return {
          error: `Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`,
        };
      }
      args.push(word.slice(0, eq), word.slice(eq + 1), '=');
    }
    return { args, json: false };
  };
}

function nameOrNameVal(rest: string, escapeToken: string): LineArgs {
  return { args: parseWords(rest, escapeToken), json: false };
}

/** HEALTHCHECK: a type word (CMD, NONE…) then a command that may be exec form. */
function healthConfig(rest: string): LineArgs | { error: string } {
  let sep = 0;
  while (sep < rest.length && !isGoSpace(rest.charCodeAt(sep))) sep++;
  if (sep === 0) return NONE;
  let next = sep;
  while (next < rest.length && isGoSpace(rest.charCodeAt(next))) next++;
  const cmd = maybeJson(rest.slice(next));
  if ('error' in cmd) return cmd;
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}

/**
 * Lower-case instruction word → its parser. ONBUILD is handled by the caller (it recurses).
 * A Map, not an object: `CONSTRUCTOR x` must not find Object.prototype.constructor.
 */
export const LINE_PARSERS: ReadonlyMap<string, LineParser> = new Map<string, LineParser>(
  Object.entries({
    add: maybeJsonToList,
    arg: nameOrNameVal,
    cmd: maybeJson,
    copy: maybeJsonToList,
    entrypoint: maybeJson,
    env: nameVal('ENV'),
    expose: whitespaceDelimited,
    from: whitespaceDelimited,
    healthcheck: healthConfig,
    label: nameVal('LABEL'),
    maintainer: single,
    run: maybeJson,
    shell: maybeJson,
    stopsignal: single,
    user: single,
    volume: maybeJsonToList,
    workdir: single,
  }),
);
