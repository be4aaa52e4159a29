import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../engine/engine';
import { project } from '../../diagram-bridge/project';
import { readSource } from '../../diagram-bridge/source';
import { createDiagramController } from '../../diagram-bridge/controller';
import type { PlayedStep } from '../../../director';
import { buildBenchScene } from './bench-scene';

describe('bench scene', () => {
  it('is 50 images, 300 layers, 100 containers, and a tick is a copy-up', async () => {
    const engine = createEngine({ seed: 1 });
    const scene = buildBenchScene(engine);
    const m = project(readSource(engine));
    const count = (k: string) => m.nodes.filter((n) => n.data.kind === k).length;
    expect([count('image'), count('layer'), count('container-layer')]).toEqual([50, 300, 100]);
    const steps: PlayedStep[] = [];
    const c = createDiagramController({
      engine,
      pace: () => 'instant',
      timers: { set: () => 0, clear: () => undefined },
      onChange: () => undefined,
      onStep: (p) => steps.push(p),
    });
    // Mounted after the scene was built: the past is replayed at once, the caption on its last step.
    expect(steps.at(-1)?.step.kind).toBe('run');
    expect(steps.every((s) => s.durationMs === 0)).toBe(true);
    steps.length = 0;
    scene.tick();
    await Promise.resolve();
    await Promise.resolve();
    expect(steps.map((s) => s.step.kind)).toEqual(['copy-up']);
    expect(steps[0]?.step).toMatchObject({ path: '/etc/conf0' });
    c.dispose();
  });
});
