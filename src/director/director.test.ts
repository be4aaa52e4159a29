import { describe, expect, it } from 'vitest';
import { createEventBus } from '../engine/events/bus';
import type { LabEvent } from '../engine/events/types';
import { createDirector, type DirectorTimers } from './director';
import { stepsFromEvents } from './from-events';
import type { Pace, PlayedStep } from './steps';

/** Timers that run only when the test says how much time passed. */
function fakeTimers(): DirectorTimers & { advance(ms: number): void; readonly pending: number } {
  let now = 0;
  let id = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    set(fn, ms) {
      due.set(++id, { at: now + ms, fn });
      return id;
    },
    clear(h) {
      due.delete(h as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
    get pending() {
      return due.size;
    },
  };
}

const copyUp: LabEvent[] = [
  {
    type: 'storage/file-copied-up',
    mount: 'c1',
    path: '/etc/bash.bashrc',
    fromLayer: 'L1',
    toLayer: 'up1',
    fileType: 'file',
    bytes: 2319,
  },
  {
    type: 'storage/file-written',
    mount: 'c1',
    path: '/etc/bash.bashrc',
    layer: 'up1',
    bytes: 2322,
  },
];

function setup(pace: Pace) {
  const bus = createEventBus<LabEvent>();
  const timers = fakeTimers();
  const played: PlayedStep[] = [];
  let idle = 0;
  let batchEnd: (() => void) | null = null;
  const director = createDirector({
    events: bus,
    pace: () => pace,
    timers,
    defer: (fn) => (batchEnd = fn),
    onStep: (p) => played.push(p),
    onIdle: () => idle++,
  });
  const endCommand = () => {
    const f = batchEnd;
    batchEnd = null;
    f?.();
  };
  return { bus, timers, played, director, endCommand, idle: () => idle };
}

describe('stepsFromEvents', () => {
  it('folds a copy-up and its write into one step', () => {
    const steps = stepsFromEvents(copyUp);
    expect(steps).toEqual([
      {
        kind: 'copy-up',
        mount: 'c1',
        path: '/etc/bash.bashrc',
        from: 'L1',
        to: 'up1',
        bytes: 2322,
        written: true,
      },
    ]);
  });

  it('shows reads only for commands that changed no file, the last two', () => {
    const read = (path: string): LabEvent => ({
      type: 'storage/file-read',
      mount: 'c1',
      path,
      visited: ['up1', 'init', 'L2', 'L1'],
      result: 'found',
      layer: 'L1',
    });
    expect(
      stepsFromEvents([read('/a'), read('/b'), read('/c')]).map((s) => s.kind === 'read' && s.path),
    ).toEqual(['/b', '/c']);
    expect(stepsFromEvents([read('/a'), ...copyUp]).map((s) => s.kind)).toEqual(['copy-up']);
  });

  it('ignores the host mount and groups a pull', () => {
    const steps = stepsFromEvents([
      {
        type: 'storage/file-created',
        mount: 'host',
        path: '/root/x',
        layer: 'h',
        fileType: 'file',
      },
      {
        type: 'image/layer-reused',
        ref: 'python:latest',
        chainId: 'c1',
        blobDigest: 'b',
        cacheId: 'k1',
      },
      {
        type: 'image/layer-downloaded',
        ref: 'python:latest',
        chainId: 'c2',
        diffId: 'd2',
        blobDigest: 'b2',
        cacheId: 'k2',
        size: 10,
        compressedSize: 5,
      },
      {
        type: 'image/pulled',
        ref: 'python:latest',
        imageId: 'sha256:i',
        digest: 'sha256:d',
        layers: ['c1', 'c2'],
        downloaded: 1,
        reused: 1,
      },
    ]);
    expect(steps).toEqual([
      {
        kind: 'pull',
        ref: 'python:latest',
        imageId: 'sha256:i',
        downloaded: [{ chainId: 'c2', cacheId: 'k2', size: 10 }],
        reused: [{ chainId: 'c1', cacheId: 'k1' }],
      },
    ]);
  });

  it('names a commit after its container and folds create+start into run', () => {
    const steps = stepsFromEvents([
      {
        type: 'container/created',
        id: 'x',
        name: 'web',
        image: 'nginx',
        imageId: 'sha256:n',
        timeMs: 0,
      },
      { type: 'container/started', id: 'x', name: 'web', image: 'nginx', timeMs: 0 },
      {
        type: 'storage/layer-committed',
        layer: 'new',
        diffId: 'sha256:d',
        size: 5,
        entries: 2,
        mount: 'x',
      },
      {
        type: 'container/committed',
        id: 'x',
        name: 'web',
        image: 'nginx',
        timeMs: 0,
        imageId: 'sha256:m',
        ref: 'mine:v1',
      },
    ]);
    expect(steps.map((s) => s.kind)).toEqual(['run', 'commit']);
    expect(steps[0]).toMatchObject({ started: true });
    expect(steps[1]).toMatchObject({ container: 'web', ref: 'mine:v1', layer: 'new' });
  });
});

describe('director', () => {
  it('at instant pace plays a command at once, after the command', () => {
    const t = setup('instant');
    for (const e of copyUp) t.bus.emit(e);
    expect(t.played).toHaveLength(0);
    t.endCommand();
    expect(t.played.map((p) => [p.step.kind, p.durationMs, p.batch])).toEqual([['copy-up', 0, 1]]);
    expect(t.idle()).toBe(1);
  });

  it('paces steps one after another and never blocks the emitter', () => {
    const t = setup('normal');
    t.bus.emit({
      type: 'container/created',
      id: 'x',
      name: 'web',
      image: 'u',
      imageId: 'i',
      timeMs: 0,
    });
    t.endCommand();
    for (const e of copyUp) t.bus.emit(e);
    t.endCommand();
    expect(t.played.map((p) => p.step.kind)).toEqual(['run']);
    const first = t.played[0]?.durationMs ?? 0;
    expect(first).toBeGreaterThan(0);
    t.timers.advance(first - 1);
    expect(t.played).toHaveLength(1);
    t.timers.advance(1);
    expect(t.played.map((p) => [p.step.kind, p.batch])).toEqual([
      ['run', 1],
      ['copy-up', 2],
    ]);
    t.timers.advance(10_000);
    expect(t.idle()).toBe(1);
    expect(t.timers.pending).toBe(0);
  });

  it('slow is slower than normal; a backlog shortens steps and skip jumps to the last', () => {
    const slow = setup('slow');
    const normal = setup('normal');
    for (const t of [slow, normal]) {
      for (const e of copyUp) t.bus.emit(e);
      t.endCommand();
    }
    expect(slow.played[0]?.durationMs).toBeGreaterThan(normal.played[0]?.durationMs ?? 0);
    for (let i = 0; i < 6; i++) {
      normal.bus.emit({ type: 'image/tagged', imageId: 'i', ref: `t:${i}` });
      normal.endCommand();
    }
    expect(normal.director.waiting).toBe(6);
    normal.timers.advance(normal.played[0]?.durationMs ?? 0);
    expect(normal.played[1]?.durationMs).toBeLessThan(500);
    normal.director.skip();
    expect(normal.played[normal.played.length - 1]?.step).toEqual({
      kind: 'tag',
      imageId: 'i',
      ref: 't:5',
    });
    expect(normal.director.waiting).toBe(0);
  });

  it('drops steps nobody draws and stops hearing events when disposed', () => {
    const bus = createEventBus<LabEvent>();
    const played: PlayedStep[] = [];
    let end: (() => void) | null = null;
    const d = createDirector({
      events: bus,
      pace: () => 'instant',
      timers: fakeTimers(),
      defer: (fn) => (end = fn),
      onStep: (p) => played.push(p),
      keep: (s) => s.kind !== 'tag',
    });
    bus.emit({ type: 'image/tagged', imageId: 'i', ref: 'a:b' });
    (end as (() => void) | null)?.();
    expect(played).toHaveLength(0);
    d.dispose();
    for (const e of copyUp) bus.emit(e);
    expect(end).toBeTypeOf('function');
  });
});
