import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { testLab, must } from '../../engine/containers/testing';
import { createLayout } from './layout';
import { project } from './project';
import { readContainers, readImages, readSource, type DiagramSource } from './source';
import type { ContainerLayerNodeData, ImageNodeData, LayerNodeData } from './model';

const byKind = <K extends string>(m: ReturnType<typeof project>, kind: K) =>
  m.nodes.filter((n) => n.data.kind === kind);

describe('project: images as layer stacks', () => {
  it('draws a pulled image as its layers, base first, labelled from history', async () => {
    const engine = createEngine({ seed: 1 });
    expect((await engine.images.pullImage('ubuntu')).ok).toBe(true);
    const m = project(readSource(engine));
    const images = byKind(m, 'image');
    expect(images.map((n) => n.data.ref)).toEqual(['ubuntu:latest']);
    const layers = byKind(m, 'layer').map((n) => n.data as LayerNodeData);
    expect(layers.length).toBeGreaterThan(0);
    expect(layers.map((l) => l.position)).toEqual(layers.map((_, i) => i + 1));
    expect(layers[0]?.ref).toMatch(/^[0-9a-f]{12}$/);
    expect(layers.every((l) => /\d(B|kB|MB|GB)$/.test(l.size))).toBe(true);
    expect(layers.some((l) => l.instruction.startsWith('ADD '))).toBe(true);
    // The image stands on its top layer.
    const img = images[0];
    expect(img?.below).toBe(`layer:${layers[layers.length - 1]?.chainId}`);
  });

  it('draws a layer shared by two images once, with an edge to each', async () => {
    const engine = createEngine({ seed: 1 });
    must2(await engine.images.pullImage('debian'));
    must2(await engine.images.pullImage('python'));
    const m = project(readSource(engine));
    const layers = byKind(m, 'layer').map((n) => n.data as LayerNodeData);
    const ids = layers.map((l) => l.chainId);
    expect(new Set(ids).size).toBe(ids.length);
    const base = layers.find((l) => l.position === 1);
    expect(base?.shared).toBe(true);
    expect(base?.usedBy).toEqual(['debian:latest', 'python:latest']);
    const fromBase = m.edges.filter((e) => e.source === `layer:${base?.chainId}`);
    expect(fromBase.map((e) => e.kind).sort()).toEqual(['image', 'stack']);
  });

  it('marks a dangling image and keeps it distinct', async () => {
    const engine = createEngine({ seed: 1 });
    must2(await engine.images.pullImage('alpine'));
    must2(engine.images.tagImage('alpine', 'mine:v1'));
    engine.images.removeImage('alpine:latest');
    engine.images.removeImage('mine:v1', { noPrune: true });
    const src = readSource(engine);
    const m = project(src);
    const imgs = byKind(m, 'image').map((n) => n.data as ImageNodeData);
    // rmi of the last tag deletes the image; a digest reference keeps nothing dangling here.
    expect(imgs.every((i) => i.dangling === (i.tags.length === 0))).toBe(true);
    const dangling = project({
      ...src,
      images: [{ id: 'sha256:' + 'ab'.repeat(32), tags: [], chainIds: [], createdBy: [] }],
    });
    const d = byKind(dangling, 'image')[0]?.data as ImageNodeData;
    expect(d.dangling).toBe(true);
    expect(d.ref).toBe('<none>@abababababab');
  });
});

describe('project: containers', () => {
  it('two containers of one image stand on one stack, each its own writable layer', () => {
    const lab = testLab();
    must(lab.api.createContainer({ image: 'testos', name: 'one' }));
    must(lab.api.createContainer({ image: 'testos', name: 'two' }));
    const src: DiagramSource = {
      ...readImagesOf(lab.images),
      containers: readContainers(lab.api),
    };
    const m = project(src, { showInit: true });
    const ctrs = byKind(m, 'container-layer').map(
      (n) => n as { below?: string; data: ContainerLayerNodeData },
    );
    expect(ctrs.map((c) => c.data.ref)).toEqual(['one', 'two']);
    expect(ctrs[0]?.below).toBe(ctrs[1]?.below);
    expect(ctrs[0]?.data.state).toBe('created');
    expect(ctrs[0]?.data.showInit).toBe(true);
    expect(ctrs[0]?.data.image).toBe('testos:latest');
    expect(m.byEngineId.get(ctrs[0]?.data.upperId ?? '')).toBe(`ctr:${ctrs[0]?.data.id}`);
    // testos and web are the same one-layer rootfs: one layer, two images on it.
    expect(byKind(m, 'layer')).toHaveLength(1);
  });
});

describe('layout', () => {
  it('is stable: nodes keep their cells when others arrive or leave', async () => {
    const engine = createEngine({ seed: 1 });
    const layout = createLayout();
    must2(await engine.images.pullImage('debian'));
    const first = new Map(layout.place(project(readSource(engine)).nodes));
    must2(await engine.images.pullImage('python'));
    must2(await engine.images.pullImage('nginx'));
    const m = project(readSource(engine));
    const second = layout.place(m.nodes);
    for (const [id, cell] of first) expect(second.get(id)).toEqual(cell);
    const cells = [...second.values()].map((c) => `${c.col}:${c.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    // Each node is above the one it stands on or starts a column at the same row.
    for (const n of m.nodes) {
      if (!n.below) continue;
      expect(second.get(n.id)?.row).toBe((second.get(n.below)?.row ?? 0) + 1);
    }
    engine.images.removeImage('python');
    const third = layout.place(project(readSource(engine)).nodes);
    for (const [id, cell] of third) expect(cell).toEqual(second.get(id));
  });

  it('is deterministic', async () => {
    const run = async () => {
      const engine = createEngine({ seed: 3 });
      must2(await engine.images.pullImage('redis'));
      must2(await engine.images.pullImage('nginx'));
      return [...createLayout().place(project(readSource(engine)).nodes)];
    };
    expect(await run()).toEqual(await run());
  });
});

function must2<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function readImagesOf(images: ReturnType<typeof testLab>['images']) {
  return readImages({ images } as Parameters<typeof readImages>[0]);
}
