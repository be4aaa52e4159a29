// .dockerignore as moby/patternmatcher reads it: one pattern a line, `#` comments, blank lines
// skipped, paths cleaned and made relative (`/foo` = `foo`), `**` for any number of directories,
// `!` re-includes, the last matching pattern wins, and a pattern that matches a directory
// excludes everything below it.

import { compileGlob } from './match';

interface Pattern {
  readonly exclusion: boolean;
  readonly re: RegExp;
}

export interface IgnoreMatcher {
  /** True when `rel` (no leading `/`) or a parent directory of it is excluded. */
  ignored(rel: string): boolean;
  readonly empty: boolean;
}

function cleanPath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function compile(pattern: string): RegExp | undefined {
  // Split on `**` so each piece is a Go glob; `**/` and `/**` swallow directory levels.
  const pieces = pattern.split('**');
  let re = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (piece !== '') {
      const g = compileGlob(piece);
      if (!g.ok) return undefined;
      re += g.re.source.slice(1, -1);
    }
    if (i < pieces.length - 1) re += '.*';
  }
  re = re.replace(/\.\*\\\//g, '(?:.*/)?');
  return new RegExp(`^${re}$`, 's');
}

export function parseDockerignore(text: string): IgnoreMatcher {
  const patterns: Pattern[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.replace(/\r$/, '');
    if (line.startsWith('#')) continue;
    line = line.trim();
    if (line === '') continue;
    let exclusion = false;
    if (line.startsWith('!')) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    const cleaned = cleanPath(line);
    if (cleaned === '') continue;
    const re = compile(cleaned);
    if (re) patterns.push({ exclusion, re });
  }
  return {
    empty: patterns.length === 0,
    ignored(rel) {
      if (patterns.length === 0) return false;
      const parts = rel.split('/');
      let matched = false;
      for (const p of patterns) {
        if (p.exclusion !== matched) continue; // only a pattern that could flip the answer
        let hit = p.re.test(rel);
        // A pattern matching a parent directory matches the path too.
        for (let n = 1; !hit && n < parts.length; n++) hit = p.re.test(parts.slice(0, n).join('/'));
        if (hit) matched = !p.exclusion;
      }
      return matched;
    },
  };
}
