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

describe('diagram controller: the picture follows the animation', () => {
  it('draws a pull when its step starts, not while an earlier step still plays', async () => {
    const engine = createEngine({ seed: 1 });
    const due: (() => void)[] = [];
    let shown: DiagramSnapshot | null = null;
    const c = createDiagramController({
      engine,
      pace: () => 'normal',
      timers: { set: (fn) => due.push(fn), clear: () => undefined },
      onChange: (s) => (shown = s),
      onStep: () => undefined,
    });
    const images = () =>
      (shown ?? c.snapshot).model.nodes.filter((n) => n.data.kind === 'image').length;
    expect((await engine.images.pullImage('alpine')).ok).toBe(true);
    await Promise.resolve();
    expect(images()).toBe(1); // nothing was playing: drawn at once
    expect((await engine.images.pullImage('ubuntu')).ok).toBe(true);
    await Promise.resolve();
    expect(images()).toBe(1); // alpine's pull is still on screen
    due.shift()?.(); // it ends; ubuntu's starts
    expect(images()).toBe(2);
    c.dispose();
  });

  it('mounted late, it draws the engine as it is and captions the last step it missed', async () => {
    const engine = createEngine({ seed: 1 });
    expect((await engine.images.pullImage('alpine')).ok).toBe(true);
    const steps: PlayedStep[] = [];
    const c = createDiagramController({
      engine,
      pace: () => 'slow',
      timers: { set: () => 0, clear: () => undefined },
      onChange: () => undefined,
      onStep: (p) => steps.push(p),
    });
    expect(c.snapshot.model.nodes.some((n) => n.data.ref === 'alpine:latest')).toBe(true);
    expect(steps.map((s) => [s.step.kind, s.durationMs])).toEqual([['pull', 0]]);
    c.dispose();
  });
});
