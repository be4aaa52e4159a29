// A big scene built through the engine's own APIs, for `npm run bench` (?bench=diagram) and the
// e2e hooks: image families sharing a base layer, containers on them, and a tick that makes one
// container copy up a file (a real storage event, animated like any other).

import { createContainersApi, type ContainersApi } from '../../../engine/containers';
import type { Engine } from '../../../engine/engine';
import {
  createLayer,
  imageIdOf,
  layerDiffId,
  layerSize,
  type Digest,
  type JsonValue,
} from '../../../engine/storage';
import { containersOf, type DrawnEngine } from '../../diagram-bridge/source';

/** The engine's containers, or (until the engine carries them) a containers API attached to it. */
export function ensureContainers(engine: Engine): ContainersApi {
  const have = containersOf(engine);
  if (have && 'createContainer' in have) return have as ContainersApi;
  const api = createContainersApi({
    clock: engine.clock,
    random: engine.random,
    emit: (e) => engine.events.emit(e),
    storageEmit: (e) => engine.events.emit(e),
    images: engine.images,
    // Bench containers are created, never started: no program runs.
    runner: { run: () => Promise.resolve(0) },
  });
  Object.defineProperty(engine as DrawnEngine, 'containers', { value: api, configurable: true });
  return api;
}

export interface BenchScene {
  readonly containers: readonly string[];
  /** One copy-up in the next container (a new file each round). */
  tick(): void;
}

const FILES_PER_BASE = 10;

function addImage(
  engine: Engine,
  name: string,
  parent: Digest | undefined,
  layers: number,
  base: readonly Digest[],
): Digest {
  const specs = Array.from({ length: layers }, (_, i) =>
    createLayer({
      id: `${name}-${i}`,
      entries: [
        { path: `/opt/${name}/step${i}`, type: 'file', data: `${name} ${i}\n` },
        { path: `/opt/${name}/lib${i}.so`, type: 'file', data: 'x'.repeat(200 + i * 50) },
      ],
    }),
  );
  const diffIds = [...base, ...specs.map((l) => layerDiffId(l))];
  const config = {
    architecture: 'amd64',
    os: 'linux',
    created: '2025-06-01T00:00:00Z',
    config: { Cmd: ['sh'] },
    history: diffIds.map((_, i) => ({
      created: '2025-06-01T00:00:00Z',
      created_by:
        i < base.length
          ? `/bin/sh -c #(nop) ADD file:${name}-base in / `
          : `RUN /bin/sh -c make step${i} # buildkit`,
    })),
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  const { id, json } = imageIdOf(config as unknown as JsonValue);
  const made = engine.images.createImage({
    configJson: json,
    id,
    ...(parent !== undefined ? { parentChain: parent } : {}),
    layers: specs.map((l) => ({ changes: l.changes, diffId: layerDiffId(l), size: layerSize(l) })),
  });
  if (!made.ok) throw new Error(made.error.message);
  engine.images.tagImage(id, `${name}:latest`);
  return id;
}

/** 50 images in 10 families on shared bases (300 layers), 100 containers. */
export function buildBenchScene(
  engine: Engine,
  o: { families?: number; perFamily?: number; containers?: number } = {},
): BenchScene {
  const families = o.families ?? 10;
  const perFamily = o.perFamily ?? 5;
  const api = ensureContainers(engine);
  const images: string[] = [];
  for (let f = 0; f < families; f++) {
    const base = createLayer({
      id: `base${f}`,
      entries: Array.from({ length: FILES_PER_BASE }, (_, i) => ({
        path: `/etc/conf${i}`,
        type: 'file' as const,
        data: `family ${f} setting ${i}\n`,
      })),
    });
    const baseDiff = layerDiffId(base);
    const baseId = addImageWithBase(engine, `base${f}`, base);
    images.push(baseId);
    for (let i = 0; i < perFamily - 1; i++) {
      const n = f * (perFamily - 1) + i;
      // 10 bases + 30 images × 7 layers + 10 × 8 = 300 layers.
      images.push(addImage(engine, `app${n}`, baseDiff, n < 30 ? 7 : 8, [baseDiff]));
    }
  }
  const ids: string[] = [];
  const count = o.containers ?? 100;
  for (let c = 0; c < count; c++) {
    const r = api.createContainer({ image: images[c % images.length] as string, name: `ctr${c}` });
    if (r.ok) ids.push(r.value.id);
  }
  let n = 0;
  return {
    containers: ids,
    tick() {
      const id = ids[n % ids.length];
      const file = Math.floor(n / ids.length) % FILES_PER_BASE;
      n++;
      if (id === undefined) return;
      const c = api.getContainer(id);
      if (c.ok) c.value.mount.writeFile(`/etc/conf${file}`, `tick ${n}\n`, { append: true });
    },
  };
}

function addImageWithBase(
  engine: Engine,
  name: string,
  base: ReturnType<typeof createLayer>,
): string {
  const diffId = layerDiffId(base);
  const config = {
    architecture: 'amd64',
    os: 'linux',
    created: '2025-06-01T00:00:00Z',
    config: { Cmd: ['sh'] },
    history: [
      { created: '2025-06-01T00:00:00Z', created_by: `/bin/sh -c #(nop) ADD file:${name} in / ` },
    ],
    rootfs: { type: 'layers', diff_ids: [diffId] },
  };
  const { id, json } = imageIdOf(config as unknown as JsonValue);
  const made = engine.images.createImage({
    configJson: json,
    id,
    layers: [{ changes: base.changes, diffId, size: layerSize(base) }],
  });
  if (!made.ok) throw new Error(made.error.message);
  engine.images.tagImage(id, `${name}:latest`);
  return id;
}
