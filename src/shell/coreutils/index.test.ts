import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreutils } from './index';

const dir = __dirname;
const commandFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  // names.ts: the lazy-loading name list (kept in step with index.ts by names.test.ts).
  .filter((f) => !['index.ts', 'test-context.ts', 'names.ts'].includes(f))
  .map((f) => f.slice(0, -3));

describe('coreutils registry', () => {
  it('registers every command file under its own name', async () => {
    expect(Object.keys(coreutils).sort()).toEqual(commandFiles.sort());
    for (const name of commandFiles) {
      const mod = (await import(join(dir, `${name}.ts`))) as Record<string, { name?: string }>;
      const exported = Object.values(mod).filter(
        (v) => typeof v === 'object' && v !== null && 'run' in v,
      );
      expect(exported.map((c) => c.name)).toContain(name);
      expect(coreutils[name].name).toBe(name);
    }
  });

  it('never throws out of run, even on hostile arguments', async () => {
    const { createLab, run } = await import('./test-context');
    const lab = createLab(coreutils);
    const hostile = [
      ['--'],
      ['-'],
      [''],
      ['/'],
      ['-z', '/nope'],
      ['\u0000'],
      ['--bogus=1'],
      ['/dev/null', '/dev/null'],
    ];
    for (const cmd of Object.values(coreutils)) {
      if (cmd.name === 'yes') continue;
      for (const args of hostile) {
        const r = await run(lab, cmd, args, { stdin: 'a b\n' });
        expect(typeof r.code).toBe('number');
      }
    }
  });
});
