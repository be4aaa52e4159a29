// Parser directives: `# syntax=`, `# escape=`, `# check=` lines before anything else. The first
// line that is not a known directive (a comment, a blank line, an instruction) ends the search.

import type { Directive } from './ast';

// Go's \s is [\t\n\f\r ]; JavaScript's is wider, so spell it out.
const RE_DIRECTIVE =
  /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;

const VALID = new Set(['syntax', 'escape', 'check']);

export interface DirectiveState {
  done: boolean;
  readonly seen: Set<string>;
  readonly found: Directive[];
  escapeToken: '\\' | '`';
}

export function createDirectiveState(): DirectiveState {
  return { done: false, seen: new Set(), found: [], escapeToken: '\\' };
}

/**
 * Looks at one line (newline and, for a fresh line, leading whitespace already removed).
 * Returns an error message for a repeated directive or a bad escape token, else undefined.
 */
export function possibleDirective(
  state: DirectiveState,
  line: string,
  lineNo: number,
): string | undefined {
  if (state.done) return undefined;
  const m = RE_DIRECTIVE.exec(line);
  if (!m) {
    state.done = true;
    return undefined;
  }
  const key = m[1].toLowerCase();
  if (!VALID.has(key)) {
    state.done = true;
    return undefined;
  }
  if (state.seen.has(key)) return `only one ${key} parser directive can be used`;
  state.seen.add(key);
  const value = m[2];
  if (key === 'escape') {
    if (value !== '`' && value !== '\\')
      return `invalid escape token '${value}' does not match \` or \\`;
    state.escapeToken = value;
  }
  state.found.push({ name: key as Directive['name'], value, line: lineNo });
  return undefined;
}
