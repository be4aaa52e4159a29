import { describe, expect, it } from 'vitest';
import type { BuildProgress } from './progress';
import { testBuilder } from './testing';

describe('builder (BuildKit)', () => {
  it('builds a small alpine image with RUN, COPY, WORKDIR, CMD and tags it', async () => {
    const t = testBuilder();
    t.files('/ctx', { 'hello.txt': 'hi\n' });
    const r = await t.build(
      'FROM alpine\nWORKDIR /app\nCOPY hello.txt .\nRUN echo built > /app/built.txt\nCMD ["cat", "hello.txt"]\n',
      { tags: ['demo'] },
    );
    expect(r.outcome.ok).toBe(true);
    if (!r.outcome.ok) return;
    const names = r.progress.flatMap((p) =>
      p.type === 'vertex' && p.vertex.completedMs !== undefined ? [p.vertex.name] : [],
    );
    expect(names).toContain('[internal] load build definition from Dockerfile');
    expect(names).toContain('[2/4] WORKDIR /app');
    expect(names).toContain('[4/4] RUN echo built > /app/built.txt');
    const h = t.images.imageHistory('demo');
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    const by = h.value.map((x) => x.createdBy);
    expect(by.slice(0, 4)).toEqual([
      'CMD ["cat" "hello.txt"]',
      'RUN /bin/sh -c echo built > /app/built.txt # buildkit',
      'COPY hello.txt . # buildkit',
      'WORKDIR /app',
    ]);
  });
});

describe('builder (BuildKit): what fails before any step runs', () => {
  const started = (progress: readonly BuildProgress[]): string[] => [
    ...new Set(progress.flatMap((p) => (p.type === 'vertex' ? [p.vertex.name] : []))),
  ];

  it('an EXPOSE the frontend cannot convert fails before the FROM vertex', async () => {
    const t = testBuilder();
    const r = await t.build('FROM alpine\nRUN echo ran > /ran\nEXPOSE 80 # web\n');
    expect(r.outcome.ok).toBe(false);
    if (r.outcome.ok) return;
    expect(r.outcome.error).toEqual({ message: 'invalid containerPort: #', exitCode: 1, line: 3 });
    expect(started(r.progress).some((n) => n.includes('FROM'))).toBe(false);
  });

  it('a missing context file fails its COPY vertex while the RUN before it never starts', async () => {
    const t = testBuilder();
    t.files('/ctx', { 'a.txt': 'A\n' });
    const r = await t.build('FROM alpine\nRUN echo ran > /ran\nCOPY a.txt missing.txt /x/\n');
    expect(r.outcome.ok).toBe(false);
    if (r.outcome.ok) return;
    expect(r.outcome.error.message).toMatch(/"\/missing\.txt": not found$/);
    expect(r.outcome.error.line).toBe(3);
    const names = started(r.progress);
    expect(names).toContain('[3/3] COPY a.txt missing.txt /x/');
    expect(names).not.toContain('[2/3] RUN echo ran > /ran');
    // The RUN is still known to the solver: it counts in the header's total.
    const pending = r.progress.filter((p) => p.type === 'pending').at(-1);
    expect(pending).toEqual({ type: 'pending', count: 1 });
  });

  it('a source named through a variable is left to its step', async () => {
    const t = testBuilder();
    t.files('/ctx', { 'a.txt': 'A\n' });
    const r = await t.build('FROM alpine\nARG F=a.txt\nRUN echo ran > /ran\nCOPY $F /x/\n');
    expect(r.outcome.ok).toBe(true);
  });
});

describe('builder: events for the diagram', () => {
  it('a step: container created on the lowers, its writes, layer committed, container removed; a rebuild: cached; a failure: finished with the error', async () => {
    const t = testBuilder();
    const df = 'FROM alpine\nRUN echo hi > /hi\n';
    expect((await t.build(df)).outcome.ok).toBe(true);
    const types = t.events.map((e) => e.type);
    const created = types.indexOf('build/step-container-created');
    const committed = types.indexOf('build/layer-committed');
    const removed = types.indexOf('build/step-container-removed');
    expect(created).toBeGreaterThan(types.indexOf('build/started'));
    expect(committed).toBeGreaterThan(created);
    expect(removed).toBeGreaterThan(committed);
    const c = t.events[created];
    const mount = c?.type === 'build/step-container-created' ? c.container : '';
    // The step's own writes name its container as their mount.
    expect(
      t.events.some((e) => e.type.startsWith('storage/') && 'mount' in e && e.mount === mount),
    ).toBe(true);
    t.events.length = 0;
    expect((await t.build(df)).outcome.ok).toBe(true);
    expect(t.events.map((e) => e.type)).toContain('build/step-cached');
    t.events.length = 0;
    await t.build(df, { builder: 'legacy' });
    await t.build(df, { builder: 'legacy' });
    expect(t.events.filter((e) => e.type === 'build/step-cached')).toHaveLength(1);
    t.events.length = 0;
    expect((await t.build('FROM alpine\nRUN false\n')).outcome.ok).toBe(false);
    expect(t.events.at(-1)).toMatchObject({
      type: 'build/finished',
      tags: [],
      error: 'process "/bin/sh -c false" did not complete successfully: exit code: 1',
    });
  });
});
