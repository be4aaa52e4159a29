// Golden transcripts: each `golden/<name>.in` is typed into a fresh lab; the terminal must show
// exactly `golden/<name>.out`. The expected files are written by hand from real bash/Docker
// behaviour (or reviewed line by line when regenerated with UPDATE_GOLDEN=1), never blindly.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTranscript } from './transcript';

const dir = join(import.meta.dirname, 'golden');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.in'))
  .map((f) => f.slice(0, -3));

describe('golden transcripts', () => {
  it.each(cases)(
    '%s',
    async (name) => {
      const input = readFileSync(join(dir, `${name}.in`), 'utf8');
      const lines = input.replace(/\n$/, '').split('\n');
      const { plain } = await runTranscript(lines, {
        yieldToHost: () => new Promise((r) => setImmediate(r)),
      });
      const expectedPath = join(dir, `${name}.out`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, plain);
      expect(plain).toBe(readFileSync(expectedPath, 'utf8'));
      // Builds and servers in a transcript take seconds on a loaded 2-core machine.
    },
    60_000,
  );
});
