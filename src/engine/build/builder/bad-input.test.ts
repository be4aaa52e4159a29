// Bad input: a clear error or a correct build, never a hang.

import { describe, expect, it } from 'vitest';
import { testBuilder } from './testing';

describe('bad input', { timeout: 60_000 }, () => {
  it('an empty Dockerfile', async () => {
    const r = await testBuilder().build('');
    expect(r.outcome.ok).toBe(false);
    if (!r.outcome.ok) expect(r.outcome.error.message).toBe('the Dockerfile cannot be empty');
  });

  it('binary garbage', async () => {
    let junk = '';
    for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 7919) % 256);
    const r = await testBuilder().build(junk);
    expect(r.outcome.ok).toBe(false);
  });

  it('a 10,000-line Dockerfile of config steps builds', async () => {
    const lines = ['FROM alpine'];
    for (let i = 0; i < 9999; i++) lines.push(`ENV V${i}=${i}`);
    const r = await testBuilder().build(`${lines.join('\n')}\n`);
    expect(r.outcome.ok).toBe(true);
  }, 30_000);

  it('self-referencing ARGs expand once and stop', async () => {
    const t = testBuilder();
    const r = await t.build(
      'ARG A=$A\nFROM alpine\nARG B=${B}x\nARG B=${B}y\nRUN echo "$B" > /b\n',
    );
    expect(r.outcome.ok).toBe(true);
  });

  it('a 100,000-file context', async () => {
    const t = testBuilder();
    const files: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) files[`d${i % 100}/f${i}`] = `${i}\n`;
    t.files('/big', files);
    const r = await t.build('FROM alpine\nCOPY d1 /d1\n', { dir: '/big' });
    expect(r.outcome.ok).toBe(true);
  }, 60_000);
});

describe('long Dockerfiles', { timeout: 60_000 }, () => {
  it('10,000 ENV lines build with every variable in the config, a later ENV replacing in place', async () => {
    const t = testBuilder();
    const lines = ['FROM alpine'];
    for (let i = 0; i < 9998; i++) lines.push(`ENV V${i}=${i}`);
    lines.push('ENV V5=five');
    const r = await t.build(`${lines.join('\n')}\n`, { tags: ['many-env'] });
    expect(r.outcome.ok).toBe(true);
    const img = t.images.inspectImage('many-env');
    expect(img.ok).toBe(true);
    if (!img.ok) return;
    const env = img.value.Config.Env ?? [];
    expect(env).toHaveLength(1 + 9998);
    expect(env[6]).toBe('V5=five');
    expect(env.at(-1)).toBe('V9997=9997');
  }, 60_000);

  it("two stages from one parent do not see each other's ENV", async () => {
    const t = testBuilder();
    const r = await t.build(
      'FROM alpine AS base\nENV A=1\nFROM base AS one\nENV B=1\nFROM base AS two\nENV C=1\nRUN env | sort > /env\n',
      { tags: ['two'] },
    );
    expect(r.outcome.ok).toBe(true);
    const img = t.images.inspectImage('two');
    if (!img.ok) throw new Error(img.error.message);
    expect(img.value.Config.Env).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'A=1',
      'C=1',
    ]);
  });

  it('the legacy builder refuses a 10,000-instruction Dockerfile at once, in one layerlab line', async () => {
    const lines = ['FROM alpine'];
    for (let i = 0; i < 9999; i++) lines.push(`ENV V${i}=${i}`);
    const r = await testBuilder().build(`${lines.join('\n')}\n`, { builder: 'legacy' });
    expect(r.outcome.ok).toBe(false);
    if (r.outcome.ok) return;
    expect(r.outcome.error.message).toBe(
      'layerlab: the legacy builder commits an image per instruction; the lab stops at 500 instructions (this Dockerfile has 10,000); BuildKit builds it',
    );
  });
});

describe('deep Dockerfiles', { timeout: 60_000 }, () => {
  it('10,000 layer-making RUN lines stop at 125 layers, fast, with a clear error (both builders)', async () => {
    const lines = ['FROM alpine'];
    for (let i = 0; i < 10_000; i++) lines.push(`RUN echo ${i} > /f${i}`);
    const df = `${lines.join('\n')}\n`;
    const bk = await testBuilder().build(df);
    expect(bk.outcome.ok).toBe(false);
    if (!bk.outcome.ok) {
      expect(bk.outcome.error.message).toMatch(/^layerlab: the lab stops at 125 layers/);
      // alpine has one layer: the 125th RUN would make the 126th.
      expect(bk.outcome.error.line).toBe(126);
    }
    const legacy = await testBuilder().build(df, { builder: 'legacy' });
    expect(legacy.outcome.ok).toBe(false);
    if (!legacy.outcome.ok)
      expect(legacy.outcome.error.message).toMatch(/^layerlab: the legacy builder/);
    const lines200 = lines.slice(0, 201).join('\n');
    const legacy200 = await testBuilder().build(`${lines200}\n`, { builder: 'legacy' });
    expect(legacy200.outcome.ok).toBe(false);
    if (!legacy200.outcome.ok) expect(legacy200.outcome.error.message).toBe('max depth exceeded');
  }, 120_000);
});
