import { describe, expect, it } from 'vitest';
import { createEventBus } from '../engine/events/bus';
import type { LabEvent } from '../engine/events/types';
import { createDirector } from './director';
import { stepsFromEvents } from './from-events';
import type { PlayedStep } from './steps';

// One BuildKit RUN step as the builder emits it, in two bursts (the process runs in between).
const runStep = (n: number, lower: string): LabEvent[][] => [
  [
    {
      type: 'build/step-container-created',
      build: 'b1',
      container: `ctr${n}`,
      step: `[${n}/3] RUN printf ${n} > /f${n}`,
      lowers: [lower],
    },
    {
      type: 'storage/file-created',
      mount: `ctr${n}`,
      path: `/f${n}`,
      layer: `ctr${n}/upper`,
      fileType: 'file',
    },
    {
      type: 'storage/file-written',
      mount: `ctr${n}`,
      path: `/f${n}`,
      layer: `ctr${n}/upper`,
      bytes: 1,
    },
  ],
  [
    {
      type: 'storage/layer-committed',
      mount: `ctr${n}`,
      layer: `L${n}`,
      diffId: `sha256:d${n}`,
      size: 1,
      entries: 1,
    },
    {
      type: 'build/layer-committed',
      build: 'b1',
      step: `[${n}/3] RUN printf ${n} > /f${n}`,
      layer: `L${n}`,
      diffId: `sha256:d${n}`,
      size: 1,
    },
    { type: 'build/step-container-removed', build: 'b1', container: `ctr${n}` },
  ],
];

describe('build steps', () => {
  it('a step container, its work, then the layer it becomes as it vanishes (one commit, told once)', () => {
    const [made, sealed] = runStep(2, 'BASE');
    expect(stepsFromEvents(made as LabEvent[]).map((s) => s.kind)).toEqual([
      'build-container',
      'add',
    ]);
    const steps = stepsFromEvents(sealed as LabEvent[]);
    expect(steps).toEqual([
      {
        kind: 'build-layer',
        build: 'b1',
        step: '[2/3] RUN printf 2 > /f2',
        layer: 'L2',
        diffId: 'sha256:d2',
        size: 1,
        container: 'ctr2',
      },
    ]);
  });

  it('a step that changed nothing, a failed step, cached and config steps, the end', () => {
    const steps = stepsFromEvents([
      { type: 'build/layer-committed', build: 'b', step: '[3/3] RUN true', size: 0 },
      { type: 'build/step-container-removed', build: 'b', container: 'c3' },
      { type: 'build/step-container-removed', build: 'b', container: 'c4' },
      { type: 'build/step-cached', build: 'b', step: '[2/3] COPY . /app' },
      { type: 'build/config-changed', build: 'b', step: 'ENV A=1', createdBy: 'ENV A=1' },
      { type: 'image/tagged', imageId: 'sha256:img', ref: 'x:latest' },
      { type: 'build/finished', build: 'b', imageId: 'sha256:img', tags: ['x:latest'] },
    ]);
    expect(steps).toEqual([
      { kind: 'build-layer', build: 'b', step: '[3/3] RUN true', size: 0, container: 'c3' },
      { kind: 'build-removed', build: 'b', container: 'c4' },
      { kind: 'build-cached', build: 'b', step: '[2/3] COPY . /app' },
      { kind: 'build-config', build: 'b', step: 'ENV A=1', createdBy: 'ENV A=1' },
      // The tag the build moved is told by its last step, not a step of its own.
      { kind: 'build-done', build: 'b', imageId: 'sha256:img', tags: ['x:latest'] },
    ]);
  });

  it('a cached step carries the layer when the builder names it', () => {
    const cached = {
      type: 'build/step-cached',
      build: 'b',
      step: '[2/2] RUN x',
      layer: 'L9',
      diffId: 'sha256:d9',
    } as LabEvent;
    expect(stepsFromEvents([cached])).toEqual([
      { kind: 'build-cached', build: 'b', step: '[2/2] RUN x', layer: 'L9', diffId: 'sha256:d9' },
    ]);
  });

  it('a pull is one step: the tag it moved is not told again', () => {
    const steps = stepsFromEvents([
      { type: 'image/tagged', imageId: 'sha256:i', ref: 'alpine:latest' },
      {
        type: 'image/pulled',
        ref: 'alpine:latest',
        imageId: 'sha256:i',
        digest: 'sha256:x',
        layers: [],
        downloaded: 0,
        reused: 0,
      },
    ]);
    expect(steps.map((s) => s.kind)).toEqual(['pull']);
  });
});

function director() {
  const bus = createEventBus<LabEvent>();
  const played: PlayedStep[] = [];
  let end: (() => void) | null = null;
  const batches: (number | null)[] = [];
  const d = createDirector({
    events: bus,
    pace: () => 'slow',
    timers: { set: () => 1, clear: () => undefined },
    defer: (fn) => (end = fn),
    onStep: (p) => played.push(p),
    onBatch: (_, b) => batches.push(b),
  });
  const burst = (events: readonly LabEvent[]) => {
    for (const e of events) bus.emit(e);
    const f = end;
    end = null;
    f?.();
  };
  return { d, bus, played, burst, batches };
}

const write: LabEvent[] = [
  {
    type: 'storage/file-copied-up',
    mount: 'c1',
    path: '/etc/bash.bashrc',
    fromLayer: 'L1',
    toLayer: 'up',
    fileType: 'file',
    bytes: 9,
  },
  { type: 'storage/file-written', mount: 'c1', path: '/etc/bash.bashrc', layer: 'up', bytes: 12 },
];
const read = (path: string): LabEvent => ({
  type: 'storage/file-read',
  mount: 'c1',
  path,
  visited: ['up', 'L1'],
  result: 'found',
  layer: 'L1',
});

describe('director: commands, replay, batches', () => {
  it('ranks reads below writes within one command, across bursts', () => {
    const t = director();
    t.d.commandStarted();
    t.burst(write);
    t.burst([read('/etc/passwd')]); // the same command reads afterwards: not shown
    expect(t.played.map((p) => p.step.kind)).toEqual(['copy-up']);
    t.d.skip();
    t.d.commandStarted();
    t.burst([read('/usr/bin/cat')]);
    t.burst([read('/etc/hostname')]);
    // A command that only reads shows its reads (the first plays, the second waits its turn).
    expect(t.played.slice(-1).map((p) => p.step.kind)).toEqual(['read']);
    expect(t.d.waiting).toBe(1);
  });

  it('without command marks each burst stands alone (reads after a write still show)', () => {
    const t = director();
    t.burst(write);
    t.burst([read('/etc/passwd')]);
    expect(t.d.waiting).toBe(1);
  });

  it('drops reads from a burst that shows anything else', () => {
    const t = director();
    t.burst([
      read('/usr/lib/os-release'),
      { type: 'container/started', id: 'c1', name: 'box', image: 'ubuntu', timeMs: 0 } as LabEvent,
    ]);
    expect(t.played.map((p) => p.step.kind)).toEqual(['state']);
  });

  it('replays the past at once whatever the pace; the last step is left on screen', () => {
    const t = director();
    t.d.replay([{ type: 'image/tagged', imageId: 'sha256:i', ref: 'a:b' }, ...write]);
    expect(t.played.map((p) => [p.step.kind, p.durationMs])).toEqual([
      ['tag', 0],
      ['copy-up', 0],
    ]);
    expect(t.d.waiting).toBe(0);
    // Later events are paced as usual.
    t.burst(write);
    expect(t.played.at(-1)?.durationMs).toBeGreaterThan(0);
  });

  it('tells each burst and the batch number its steps carry before they play', () => {
    const t = director();
    t.burst([{ type: 'lab/reset' }]);
    t.burst(write);
    expect(t.batches).toEqual([null, 1]);
    expect(t.played[0]?.batch).toBe(1);
  });
});
