// BuildKit's "did you mean" (util/suggest): the closest option by Levenshtein distance below 3.

/** Plain Levenshtein distance (insert, delete, substitute all cost 1), by code unit. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function matchCase(option: string, original: string): string {
  if (original === original.toLowerCase()) return option.toLowerCase();
  if (original === original.toUpperCase()) return option.toUpperCase();
  return option;
}

/**
 * The suggestion BuildKit appends as ` (did you mean X?)`, or undefined when there is none (no
 * option within distance 2, or an exact match, which means the value was not the problem).
 * Go iterates a map here, so ties are random upstream; we take the first in `options` order.
 */
export function suggest(
  value: string,
  options: readonly string[],
  caseSensitive: boolean,
): string | undefined {
  const val = caseSensitive ? value : value.toLowerCase();
  let match: string | undefined;
  let minDist = 3;
  for (const raw of options) {
    const opt = caseSensitive ? raw : raw.toLowerCase();
    if (val === opt) return undefined;
    const dist = levenshtein(val, opt);
    if (dist < minDist) {
      match = caseSensitive ? opt : matchCase(opt, value);
      minDist = dist;
    }
  }
  return match;
}

/** `message (did you mean X?)` when a suggestion exists, else the message unchanged. */
export function withSuggestion(
  message: string,
  value: string,
  options: readonly string[],
  caseSensitive: boolean,
): string {
  const match = suggest(value, options, caseSensitive);
  return match === undefined ? message : `${message} (did you mean ${match}?)`;
}
