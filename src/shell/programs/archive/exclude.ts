// GNU tar's --exclude matching: wildcards, unanchored (the pattern may match any trailing run of
// name components), and a match on a directory excludes everything below it.

import { globToRegExp } from '../../coreutils/lib/glob';

export type Excluder = (name: string) => boolean;

export function makeExcluder(patterns: readonly string[]): Excluder {
  if (patterns.length === 0) return () => false;
  const res = patterns.map((p) => globToRegExp(p.replace(/\/+$/, '') || '/'));
  const matchLeading = (re: RegExp, s: string): boolean => {
    if (re.test(s)) return true;
    for (let i = s.indexOf('/', 1); i > 0; i = s.indexOf('/', i + 1))
      if (re.test(s.slice(0, i))) return true;
    return false;
  };
  return (name) => {
    const n = name.length > 1 ? name.replace(/\/+$/, '') : name;
    for (const re of res) {
      if (matchLeading(re, n)) return true;
      for (let i = n.indexOf('/'); i >= 0; i = n.indexOf('/', i + 1)) {
        const rest = n.slice(i + 1);
        if (rest !== '' && matchLeading(re, rest)) return true;
      }
    }
    return false;
  };
}
