// Instruction flags (`COPY --from=x`), checked against what each instruction accepts, with
// BuildKit's messages (frontend/dockerfile/instructions/bflag.go).

import { withSuggestion } from '../text/suggest';

export type FlagType = 'bool' | 'string' | 'strings';

export interface FlagValues {
  readonly strings: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly bools: ReadonlyMap<string, boolean>;
}

const NO_FLAGS: FlagValues = { strings: new Map(), lists: new Map(), bools: new Map() };

export function parseFlags(
  raw: readonly string[],
  spec: Readonly<Record<string, FlagType>>,
): FlagValues | { error: string } {
  if (raw.length === 0) return NO_FLAGS; // the common case; skip the allocations
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const bools = new Map<string, boolean>();
  const used = new Set<string>();
  const known = Object.keys(spec);
  for (const word of raw) {
    if (word === '--') break;
    if (!word.startsWith('--')) return { error: `arg should start with -- : ${word}` };
    const eq = word.indexOf('=');
    const flagName = eq < 0 ? word : word.slice(0, eq);
    const value = eq < 0 ? '' : word.slice(eq + 1);
    const name = flagName.slice(2);
    const type = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (type === undefined) {
      return { error: withSuggestion(`unknown flag: ${flagName}`, name, known, true) };
    }
    if (used.has(name) && type !== 'strings') {
      return { error: `duplicate flag specified: ${flagName}` };
    }
    used.add(name);
    if (type === 'bool') {
      if (eq >= 0 && value === '') return { error: `missing a value on flag: ${flagName}` };
      const lower = value.toLowerCase();
      if (lower !== '' && lower !== 'true' && lower !== 'false') {
        return { error: `expecting boolean value for flag ${flagName}, not: ${value}` };
      }
      bools.set(name, lower !== 'false');
    } else {
      if (eq < 0) return { error: `missing a value on flag: ${flagName}` };
      if (type === 'string') strings.set(name, value);
      else lists.set(name, [...(lists.get(name) ?? []), value]);
    }
  }
  return { strings, lists, bools };
}
