// BuildKit's own parser test vectors, read where they stand in ../shared/conformance: every
// positive case must dump byte for byte to its `result`, every negative case must be rejected.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dump } from './dump';
import { parseAst } from './parse';

// <repo>/../shared/conformance; from the repo root, or from this file if run elsewhere.
const fromCwd = resolve(process.cwd(), '../shared/conformance/buildkit-parser');
const root = existsSync(fromCwd)
  ? fromCwd
  : resolve(fileURLToPath(import.meta.url), '../../../../../../shared/conformance/buildkit-parser');
const positive = readdirSync(join(root, 'testfiles')).sort();
const negative = readdirSync(join(root, 'testfiles-negative')).sort();

describe('BuildKit parser conformance: testfiles', () => {
  it('has all 33 cases', () => expect(positive).toHaveLength(33));
  it.each(positive)('%s', (name) => {
    const text = readFileSync(join(root, 'testfiles', name, 'Dockerfile'), 'utf8');
    const expected = readFileSync(join(root, 'testfiles', name, 'result'), 'utf8');
    const result = parseAst(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(dump(result.ast)).toBe(expected);
  });
});

describe('BuildKit parser conformance: testfiles-negative', () => {
  it('has all 4 cases', () => expect(negative).toHaveLength(4));
  it.each(negative)('%s is rejected', (name) => {
    const text = readFileSync(join(root, 'testfiles-negative', name, 'Dockerfile'), 'utf8');
    expect(parseAst(text).ok).toBe(false);
  });
});
