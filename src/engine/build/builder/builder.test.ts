import { describe, expect, it } from 'vitest';
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
