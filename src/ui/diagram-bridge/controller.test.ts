import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { PlayedStep } from '../../director';
import { createDiagramController, type DiagramSnapshot } from './controller';

describe('diagram controller', () => {
  it('re-projects once per burst and plays the pull step', async () => {
    const engine = createEngine({ seed: 1 });
    const snaps: DiagramSnapshot[] = [];
    const steps: PlayedStep[] = [];
    const c = createDiagramController({
      engine,
      pace: () => 'instant',
      timers: { set: () => 0, clear: () => undefined },
      onChange: (s) => snaps.push(s),
      onStep: (p) => steps.push(p),
    });
    expect(c.snapshot.model.nodes).toHaveLength(0);
    const r = await engine.images.pullImage('ubuntu');
    expect(r.ok).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(snaps).toHaveLength(1);
    expect(snaps[0]?.model.nodes.some((n) => n.data.ref === 'ubuntu:latest')).toBe(true);
    expect(steps.map((s) => s.step.kind)).toContain('pull');
    const img = snaps[0]?.model.nodes.find((n) => n.data.kind === 'image');
    expect(c.nodeOf(img?.data.kind === 'image' ? img.data.imageId : '')).toBe(img?.id);
    c.dispose();
  });
});
