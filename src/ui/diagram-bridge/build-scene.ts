// A build as the director plays it: each step's temporary container standing on the previous
// layer, then the layer it leaves behind, drawn as nodes next to the image store's until the
// build's last step has played. Pure: played build steps in, scene out; merged into the model.
//
// A new layer's node id is the ChainID its exported image will give it (parent ChainID + DiffID),
// so when the built image is shown its layers take over the cells the build drew them in.

import type { Step } from '../../director';
import { sha256OfText } from '../../engine/storage';
import { instructionLabel, shortDigest, sizeLabel } from './labels';
import {
  buildContainerNodeId,
  layerNodeId,
  type BuildContainerNodeData,
  type DiagramModel,
  type EdgeKind,
  type LayerNodeData,
  type ModelEdge,
  type ModelNode,
} from './model';

export interface SceneNode {
  readonly id: string;
  readonly data: LayerNodeData | BuildContainerNodeData;
  readonly below?: string;
  readonly edge: EdgeKind;
  /** A temporary container of a `FROM scratch` stage: its layer is a base layer. */
  readonly scratch?: boolean;
}

export interface BuildScene {
  readonly build: string;
  /** In order of appearance. */
  readonly nodes: readonly SceneNode[];
  /** Engine names (step containers, their upper layers, new layers' storage ids) → node ids. */
  readonly names: ReadonlyMap<string, string>;
  /** The layer the last step left on top (where a cached step goes when it names no layer). */
  readonly top?: string;
  /** Steps seen, for ids of cached steps that name no layer. */
  readonly count: number;
}

/** The engine-style name a cached step's node is found by when the builder names no layer. */
export const cachedKey = (build: string, step: string): string => `cached:${build}:${step}`;

export type BuildStep = Extract<Step, { kind: `build-${string}` }>;

export const isBuildStep = (s: Step): s is BuildStep => s.kind.startsWith('build-');

/** `[2/4] RUN printf a` → `RUN printf a` (the history's way of naming it). */
export function stepInstruction(step: string): string {
  return instructionLabel(step.replace(/^\[[^\]]*\]\s*/, '').replace(/^Step \d+\/\d+ : /, ''));
}

interface Drawn {
  readonly id: string;
  readonly data: SceneNode['data'] | ModelNode['data'];
}

function find(scene: BuildScene, model: DiagramModel, engineId: string): Drawn | undefined {
  const id = scene.names.get(engineId) ?? model.byEngineId.get(engineId);
  if (id === undefined) return undefined;
  const n = scene.nodes.find((x) => x.id === id) ?? model.nodes.find((x) => x.id === id);
  return n ? { id: n.id, data: n.data } : undefined;
}

function byId(scene: BuildScene, model: DiagramModel, id: string | undefined): Drawn | undefined {
  if (id === undefined) return undefined;
  const n = scene.nodes.find((x) => x.id === id) ?? model.nodes.find((x) => x.id === id);
  return n ? { id: n.id, data: n.data } : undefined;
}

/** The ChainID a new layer will have: known from its parent's, or its DiffID on scratch. */
const chainOf = (
  parent: Drawn | undefined,
  diffId: string | undefined,
  onScratch: boolean,
): string | undefined => {
  if (diffId === undefined) return undefined;
  if (parent === undefined) return onScratch ? diffId : undefined;
  if (parent.data.kind !== 'layer' || parent.data.chainId === '') return undefined;
  return sha256OfText(`${parent.data.chainId} ${diffId}`);
};

const positionOf = (d: Drawn | undefined): number =>
  d?.data.kind === 'layer' ? d.data.position + 1 : 1;

function layerData(
  parent: Drawn | undefined,
  o: {
    step: string;
    chainId?: string;
    diffId?: string;
    layer?: string;
    size?: number;
    cached?: boolean;
  },
): LayerNodeData {
  return {
    kind: 'layer',
    ref: o.diffId !== undefined ? shortDigest(o.diffId) : o.cached ? 'cached' : '',
    chainId: o.chainId ?? '',
    diffId: o.diffId ?? '',
    cacheId: o.layer ?? '',
    position: positionOf(parent),
    instruction: stepInstruction(o.step),
    size: o.size !== undefined ? sizeLabel(o.size) : '',
    usedBy: [],
    shared: false,
    entries: 0,
    building: true,
    ...(o.cached ? { cached: true } : {}),
  };
}

function withNode(scene: BuildScene, node: SceneNode, names: readonly string[]): BuildScene {
  const m = new Map(scene.names);
  for (const n of names) m.set(n, node.id);
  return {
    ...scene,
    nodes: [...scene.nodes.filter((x) => x.id !== node.id), node],
    names: m,
  };
}

function without(scene: BuildScene, id: string): BuildScene {
  return { ...scene, nodes: scene.nodes.filter((n) => n.id !== id) };
}

/** The scene after one played step (null: no build on screen). Non-build steps change nothing. */
export function advanceScene(
  scene: BuildScene | null,
  step: Step,
  model: DiagramModel,
): BuildScene | null {
  if (!isBuildStep(step)) return scene;
  if (step.kind === 'build-done') return scene?.build === step.build ? null : scene;
  let s: BuildScene =
    scene?.build === step.build
      ? scene
      : { build: step.build, nodes: [], names: new Map(), count: 0 };
  s = { ...s, count: s.count + 1 };
  switch (step.kind) {
    case 'build-container': {
      const below = step.lowers[0] !== undefined ? find(s, model, step.lowers[0]) : undefined;
      const id = buildContainerNodeId(step.container);
      return withNode(
        s,
        {
          id,
          data: {
            kind: 'build-container',
            ref: step.step,
            build: step.build,
            container: step.container,
            shortId: step.container.slice(0, 12),
            on: below?.data.kind === 'layer' ? String(below.data.position) : '',
          },
          ...(below ? { below: below.id } : {}),
          edge: 'container',
          ...(step.lowers.length === 0 ? { scratch: true } : {}),
        },
        [step.container, `${step.container}/upper`],
      );
    }
    case 'build-layer': {
      const ctrId =
        step.container !== undefined
          ? buildContainerNodeId(step.container)
          : s.nodes.findLast((n) => n.data.kind === 'build-container')?.id;
      const ctr = s.nodes.find((n) => n.id === ctrId);
      if (ctr) s = without(s, ctr.id);
      const parent = byId(s, model, ctr?.below ?? s.top);
      if (step.layer === undefined) return { ...s, ...(parent ? { top: parent.id } : {}) };
      const chainId = chainOf(parent, step.diffId, ctr?.scratch === true);
      const id = chainId !== undefined ? layerNodeId(chainId) : `build:${step.build}:${step.layer}`;
      const data = layerData(parent, {
        step: step.step,
        ...(chainId !== undefined ? { chainId } : {}),
        ...(step.diffId !== undefined ? { diffId: step.diffId } : {}),
        layer: step.layer,
        size: step.size,
      });
      const next = withNode(
        s,
        { id, data, ...(parent ? { below: parent.id } : {}), edge: 'stack' },
        [step.layer],
      );
      return { ...next, top: id };
    }
    case 'build-removed':
      // A container removed without a commit is a failed step: the build stops there, and its
      // layers never become an image (the builder emits no build/finished then).
      return null;
    case 'build-cached': {
      // On the layer the builder names, else on the layer the build's last step left.
      const parent =
        step.lowers === undefined
          ? byId(s, model, s.top)
          : step.lowers[0] !== undefined
            ? find(s, model, step.lowers[0])
            : undefined;
      const named = step.layer !== undefined ? find(s, model, step.layer) : undefined;
      const chainId = chainOf(parent, step.diffId, step.lowers?.length === 0);
      const id =
        named?.id ??
        (chainId !== undefined ? layerNodeId(chainId) : `build:${step.build}:cached:${s.count}`);
      const key = cachedKey(step.build, step.step);
      // Already drawn (the image store has it): the step only flashes it.
      if (byId(s, model, id)) {
        const names = new Map(s.names).set(key, id);
        return { ...s, names, top: id };
      }
      const data = layerData(parent, {
        step: step.step,
        ...(chainId !== undefined ? { chainId } : {}),
        ...(step.diffId !== undefined ? { diffId: step.diffId } : {}),
        ...(step.layer !== undefined ? { layer: step.layer } : {}),
        cached: true,
      });
      const next = withNode(
        s,
        { id, data, ...(parent ? { below: parent.id } : {}), edge: 'stack' },
        step.layer !== undefined ? [step.layer, key] : [key],
      );
      return { ...next, top: id };
    }
    case 'build-config':
      return s;
  }
}

/** The model with the scene's nodes added (a node the store already draws is not drawn twice). */
export function withScene(model: DiagramModel, scene: BuildScene | null): DiagramModel {
  if (!scene || scene.nodes.length === 0) return model;
  const ids = new Set(model.nodes.map((n) => n.id));
  const nodes: ModelNode[] = [...model.nodes];
  const edges: ModelEdge[] = [...model.edges];
  const added: SceneNode[] = [];
  for (const n of scene.nodes) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    added.push(n);
    nodes.push({ id: n.id, data: n.data, ...(n.below !== undefined ? { below: n.below } : {}) });
  }
  for (const n of added)
    if (n.below !== undefined && ids.has(n.below))
      edges.push({ id: `${n.below}>${n.id}`, source: n.below, target: n.id, kind: n.edge });
  const byEngineId = new Map(model.byEngineId);
  for (const [k, v] of scene.names) if (!byEngineId.has(k)) byEngineId.set(k, v);
  return { nodes, edges, byEngineId };
}
