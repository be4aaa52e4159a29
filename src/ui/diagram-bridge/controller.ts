// Connects one engine to the diagram: re-projects the structure when the engine changes (at the
// end of the burst of events, so a command's effect is drawn before the next frame) and lets the
// director pace that command's steps for the animations. No React: the pane's hook feeds a store.

import type { Engine } from '../../engine/engine';
import type { LabEvent } from '../../engine/events/types';
import { createDirector, type DirectorTimers, type Pace, type PlayedStep } from '../../director';
import { createLayout, type Cell } from './layout';
import type { DiagramModel } from './model';
import { project } from './project';
import { readSource } from './source';

export interface DiagramSnapshot {
  readonly model: DiagramModel;
  readonly cells: ReadonlyMap<string, Cell>;
  /** Bumped on every projection. */
  readonly version: number;
}

export interface DiagramControllerOptions {
  readonly engine: Engine;
  readonly pace: () => Pace;
  readonly timers: DirectorTimers;
  readonly showInit?: () => boolean;
  readonly onChange: (snapshot: DiagramSnapshot) => void;
  readonly onStep: (played: PlayedStep) => void;
  readonly onIdle?: () => void;
  /** Default: a microtask. */
  readonly defer?: (fn: () => void) => void;
}

export interface DiagramController {
  /** Project now (after a toggle such as showInit). */
  refresh(): void;
  readonly snapshot: DiagramSnapshot;
  /** Engine name → node id, including things gone since (so an rm can fade where it was). */
  nodeOf(engineId: string): string | undefined;
  skip(): void;
  dispose(): void;
}

/** Events after which the structure may differ: everything but plain reads. */
const changesStructure = (e: LabEvent): boolean => e.type !== 'storage/file-read';

export function createDiagramController(o: DiagramControllerOptions): DiagramController {
  const defer = o.defer ?? ((fn: () => void) => void Promise.resolve().then(fn));
  const layout = createLayout();
  const known = new Map<string, string>();
  let version = 0;
  let pending = false;

  const build = (): DiagramSnapshot => {
    const model = project(readSource(o.engine), { showInit: o.showInit?.() ?? false });
    for (const [k, v] of model.byEngineId) known.set(k, v);
    return { model, cells: new Map(layout.place(model.nodes)), version: ++version };
  };
  let snapshot = build();

  const refresh = (): void => {
    pending = false;
    snapshot = build();
    o.onChange(snapshot);
  };
  const off = o.engine.events.subscribe((e) => {
    if (pending || !changesStructure(e)) return;
    pending = true;
    defer(refresh);
  });
  const director = createDirector({
    events: o.engine.events,
    pace: o.pace,
    timers: o.timers,
    defer,
    onStep: o.onStep,
    ...(o.onIdle ? { onIdle: o.onIdle } : {}),
    // Only what the diagram draws: container mounts it knows (not `docker build`'s probes).
    keep: (s) => !('mount' in s) || s.mount === undefined || known.has(s.mount),
  });

  return {
    refresh,
    get snapshot() {
      return snapshot;
    },
    nodeOf: (id) => known.get(id),
    skip: () => director.skip(),
    dispose() {
      off();
      director.dispose();
    },
  };
}
