// Bad input: a clear error or a correct build, never a hang.

import { describe, expect, it } from 'vitest';
import { testBuilder } from './testing';

describe('bad input', () => {
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
