// BuildKit's word-expansion vectors (envVarTest, wordsTest), read where they stand in
// ../shared/conformance/buildkit-shell. `A|` and `U|` lines run; `W|` (Windows) is skipped.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { envFromList } from './env';
import { expandWord, expandWords } from './lex';

const fromCwd = resolve(process.cwd(), '../shared/conformance/buildkit-shell');
const root = existsSync(fromCwd)
  ? fromCwd
  : resolve(fileURLToPath(import.meta.url), '../../../../../../shared/conformance/buildkit-shell');

interface EnvVarCase {
  readonly line: number;
  readonly input: string;
  readonly expected: string;
}

function envVarCases(): EnvVarCase[] {
  const cases: EnvVarCase[] = [];
  readFileSync(resolve(root, 'envVarTest'), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return;
      const fields = text.split('|').map((f) => f.trim());
      if (fields[0] !== 'A' && fields[0] !== 'U') return;
      cases.push({ line: i + 1, input: fields[1], expected: fields[2] ?? '' });
    });
  return cases;
}

describe('envVarTest (one word in, one word out)', () => {
  const env = envFromList(['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL=']);
  const cases = envVarCases();
  it('reads 228 A/U cases', () => expect(cases).toHaveLength(228));
  it.each(cases)('line $line: $input', ({ input, expected }) => {
    const result = expandWord(input, env);
    if (expected === 'error') expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });
});

interface WordsCase {
  readonly line: number;
  readonly input: string;
  readonly env: readonly string[];
  readonly expected: readonly string[] | 'error';
}

function wordsCases(): WordsCase[] {
  const cases: WordsCase[] = [];
  const env: string[] = [];
  readFileSync(resolve(root, 'wordsTest'), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return;
      if (text.startsWith('ENV ')) {
        env.unshift(text.slice(4).replace(/^ +/, '')); // later definitions win
        return;
      }
      const bar = text.indexOf('|');
      const input = text.slice(0, bar).trim();
      const want = text.slice(bar + 1).replace(/^ +/, '');
      cases.push({
        line: i + 1,
        input,
        env: [...env],
        expected: want === 'error' ? 'error' : want.split(','),
      });
    });
  return cases;
}

describe('wordsTest (one line in, words out)', () => {
  const cases = wordsCases();
  it('reads 24 cases', () => expect(cases).toHaveLength(24));
  it.each(cases)('line $line: $input', ({ input, env, expected }) => {
    const result = expandWords(input, envFromList(env));
    if (expected === 'error') expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, words: expected });
  });
});
