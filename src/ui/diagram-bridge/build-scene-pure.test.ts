import { describe, expect, it } from 'vitest';
import type { Step } from '../../director';
import { sha256OfText } from '../../engine/storage';
import { advanceScene, withScene, type BuildScene } from './build-scene';
import { layerNodeId, type DiagramModel, type LayerNodeData } from './model';

const baseLayer: LayerNodeData = {
  kind: 'layer',
  ref: 'aaaaaaaaaaaa',
  chainId: 'sha256:base',
  diffId: 'sha256:base',
  cacheId: 'cacheBase',
  position: 1,
  instruction: 'ADD rootfs',
  size: '7.8MB',
  usedBy: ['alpine:latest'],
  shared: false,
  entries: 3,
};
const model: DiagramModel = {
  nodes: [{ id: layerNodeId('sha256:base'), data: baseLayer }],
  edges: [],
  byEngineId: new Map([
    ['cacheBase', layerNodeId('sha256:base')],
    ['sha256:base', layerNodeId('sha256:base')],
  ]),
};
const play = (steps: Step[]): BuildScene | null =>
  steps.reduce<BuildScene | null>((s, step) => advanceScene(s, step, model), null);

describe('build scene', () => {
  it('a layer on a drawn base gets the ChainID its image will give it', () => {
    const s = play([
      {
        kind: 'build-container',
        build: 'b',
        container: 'c1',
        step: '[2/2] RUN x',
        lowers: ['cacheBase'],
      },
      {
        kind: 'build-layer',
        build: 'b',
        step: '[2/2] RUN x',
        container: 'c1',
        layer: 'L',
        diffId: 'sha256:d',
        size: 5,
      },
    ]);
    const chain = sha256OfText('sha256:base sha256:d');
    expect(s?.nodes.map((n) => n.id)).toEqual([layerNodeId(chain)]);
    expect(s?.nodes[0]?.below).toBe(layerNodeId('sha256:base'));
    const merged = withScene(model, s);
    expect(merged.edges.map((e) => e.id)).toEqual([
      `${layerNodeId('sha256:base')}>${layerNodeId(chain)}`,
    ]);
  });

  it('on scratch the first layer’s ChainID is its DiffID; without a parent nothing is guessed', () => {
    const scratch = play([
      { kind: 'build-container', build: 'b', container: 'c1', step: '[2/2] COPY a /', lowers: [] },
      {
        kind: 'build-layer',
        build: 'b',
        step: '[2/2] COPY a /',
        container: 'c1',
        layer: 'L',
        diffId: 'sha256:d',
        size: 1,
      },
    ]);
    expect(scratch?.nodes.map((n) => n.id)).toEqual([layerNodeId('sha256:d')]);
    const unknown = play([
      { kind: 'build-cached', build: 'b', step: '[2/3] RUN a', diffId: 'sha256:d' },
    ]);
    expect(unknown?.nodes.map((n) => n.id)).toEqual(['build:b:cached:1']);
  });

  it('a cached step naming its parent flashes the drawn layer instead of drawing another', () => {
    const s = play([
      { kind: 'build-cached', build: 'b', step: '[1/2] FROM x', lowers: [], diffId: 'sha256:base' },
    ]);
    expect(s?.nodes).toEqual([]);
    expect(s?.top).toBe(layerNodeId('sha256:base'));
  });

  it('the end of the build, or a failed step, clears the scene', () => {
    const started: Step = {
      kind: 'build-container',
      build: 'b',
      container: 'c1',
      step: 's',
      lowers: ['cacheBase'],
    };
    expect(play([started, { kind: 'build-done', build: 'b', tags: [] }])).toBeNull();
    expect(play([started, { kind: 'build-removed', build: 'b', container: 'c1' }])).toBeNull();
  });
});
