// Connects one engine to the diagram. The director cuts the engine's events into bursts and
// paces their steps; here each burst that changed something is projected at once, but the
// picture is shown when the burst's first step starts playing (at once when nothing is playing),
// so a pulled layer or a new container is not drawn before its animation. Played build steps
// add the build's temporary containers and new layers (build-scene.ts). No React: the pane's
// hook feeds a store.

import type { Engine } from '../../engine/engine';
import type { LabEvent } from '../../engine/events/types';
import {
  createDirector,
  type DirectorTimers,
  type Pace,
  type PlayedStep,
  type Step,
} from '../../director';
import { advanceScene, withScene, type BuildScene } from './build-scene';
import { createLayout, type Cell } from './layout';
import type { DiagramModel } from './model';
import { project } from './project';
import { containersOf, readSource } from './source';

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
  /** Project now (after a toggle such as showInit); shows the engine as it is. */
  refresh(): void;
  readonly snapshot: DiagramSnapshot;
  /** Engine name → node id, including things gone since (so an rm can fade where it was). */
  nodeOf(engineId: string): string | undefined;
  skip(): void;
  /** The learner submitted a command line (reads rank below its other steps). */
  commandStarted(): void;
  dispose(): void;
}

/** Events after which the structure may differ: everything but plain reads. */
const changesStructure = (e: LabEvent): boolean => e.type !== 'storage/file-read';

export function createDiagramController(o: DiagramControllerOptions): DiagramController {
  const layout = createLayout();
  const known = new Map<string, string>();
  /** Temporary containers of builds: their file steps are drawn in the build's scene. */
  const buildMounts = new Set<string>();
  /** Projections waiting for their burst's first step, oldest first. */
  const pending: { batch: number; model: DiagramModel }[] = [];
  let scene: BuildScene | null = null;
  let version = 0;

  const projectNow = (): DiagramModel =>
    project(readSource(o.engine), { showInit: o.showInit?.() ?? false });
  let model = projectNow();
  const compose = (): DiagramSnapshot => {
    const m = withScene(model, scene);
    for (const [k, v] of m.byEngineId) known.set(k, v);
    return { model: m, cells: new Map(layout.place(m.nodes)), version: ++version };
  };
  let snapshot = compose();
  const publish = (): void => {
    snapshot = compose();
    o.onChange(snapshot);
  };

  const onBatch = (events: readonly LabEvent[], batch: number | null): void => {
    if (!events.some(changesStructure)) return;
    const m = projectNow();
    const last = pending[pending.length - 1];
    if (batch !== null) pending.push({ batch, model: m });
    // No step of its own: shown with the newest waiting picture, never before it.
    else if (last) last.model = m;
    else {
      model = m;
      publish();
    }
  };

  const onStep = (played: PlayedStep): void => {
    let changed = false;
    while (pending[0] && pending[0].batch <= played.batch) {
      model = (pending.shift() as { model: DiagramModel }).model;
      changed = true;
    }
    const next = advanceScene(scene, played.step, model);
    if (next !== scene) {
      scene = next;
      changed = true;
    }
    if (changed) publish();
    o.onStep(played);
  };

  const onIdle = (): void => {
    const last = pending[pending.length - 1];
    if (last) {
      pending.length = 0;
      model = last.model;
      publish();
    }
    o.onIdle?.();
  };

  const track = (e: LabEvent): void => {
    if (e.type === 'build/step-container-created') buildMounts.add(e.container);
    else if (e.type === 'build/finished') buildMounts.clear();
  };
  const past = o.engine.events.since(0).events;
  for (const e of past) track(e);
  const off = o.engine.events.subscribe(track);
  const drawn = (s: Step): boolean => {
    if (!('mount' in s) || s.mount === undefined) return true;
    if (known.has(s.mount) || buildMounts.has(s.mount)) return true;
    // A container created in this very burst is not shown yet, but its steps are wanted.
    return containersOf(o.engine)?.getContainer(s.mount).ok ?? false;
  };
  const director = createDirector({
    events: o.engine.events,
    pace: o.pace,
    timers: o.timers,
    ...(o.defer ? { defer: o.defer } : {}),
    onStep,
    onIdle,
    onBatch,
    keep: drawn,
  });
  // The diagram may mount after the learner's first commands (its code loads after the
  // terminal's): the picture above is the engine as it is; the caption names the last step.
  director.replay(past);

  return {
    refresh() {
      pending.length = 0;
      model = projectNow();
      publish();
    },
    get snapshot() {
      return snapshot;
    },
    nodeOf: (id) => known.get(id),
    skip: () => director.skip(),
    commandStarted: () => director.commandStarted(),
    dispose() {
      off();
      director.dispose();
    },
  };
}
