// Containers figures: `docker run -d` engine time (createContainer + startContainer), `docker ps -a`
// with 500 containers, and the heap held by 1,000 containers over 50 images (image layers are
// shared, never copied). Prints one JSON object on stdout.
// Run: npx tsx scripts/bench/containers.ts

import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createManualClock } from '../../src/engine/clock/clock';
import { createImagesApi } from '../../src/engine/images';
import { createRandom } from '../../src/engine/random/random';
import { createContainersApi, type ContainersApi } from '../../src/engine/containers';
import { addImage, fakeRunner } from '../../src/engine/containers/testing';
import type { LayerEntrySpec } from '../../src/engine/storage';

function getGc(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
const gc = getGc();

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function imageEntries(i: number, files: number): LayerEntrySpec[] {
  const out: LayerEntrySpec[] = [
    { path: '/bin/sleep', type: 'file', mode: 0o755, data: '#!fake sleep\n' },
    { path: '/bin/server', type: 'file', mode: 0o755, data: '#!fake server\n' },
    { path: '/etc/passwd', type: 'file', data: 'root:x:0:0:root:/root:/bin/sh\n' },
  ];
  for (let f = 0; f < files; f++)
    out.push({
      path: `/usr/lib/img${i}/f${f}.so`,
      type: 'file',
      data: { kind: 'blob', size: 100_000 + f, digest: `sha256:img${i}f${f}` },
    });
  return out;
}

function lab(images = 1, filesPerImage = 200): { api: ContainersApi; tags: string[] } {
  const clock = createManualClock();
  const random = createRandom(1);
  const emit = (): void => undefined;
  const imagesApi = createImagesApi({ clock, random, emit });
  const tags: string[] = [];
  for (let i = 0; i < images; i++) {
    const tag = `img${i}`;
    addImage(imagesApi, tag, { Cmd: ['server'] }, imageEntries(i, filesPerImage));
    tags.push(tag);
  }
  const api = createContainersApi({ clock, random, emit, images: imagesApi, runner: fakeRunner });
  return { api, tags };
}

async function runDetached(): Promise<{ medianMs: number; p95Ms: number }> {
  const { api } = lab();
  const times: number[] = [];
  for (let i = 0; i < 600; i++) {
    const t = performance.now();
    const c = api.createContainer({ image: 'img0' });
    if (!c.ok) throw new Error(c.error.message);
    const s = api.startContainer(c.value.id);
    if (!s.ok) throw new Error(s.error.message);
    times.push(performance.now() - t);
    if (i % 50 === 0) await api.settle();
  }
  const warm = times.slice(100);
  const sorted = warm.slice().sort((a, b) => a - b);
  return {
    medianMs: Number(median(warm).toFixed(4)),
    p95Ms: Number((sorted[Math.floor(sorted.length * 0.95)] as number).toFixed(4)),
  };
}

async function psAll(): Promise<{ containers: number; medianMs: number }> {
  const { api } = lab();
  for (let i = 0; i < 500; i++) {
    const c = api.createContainer({ image: 'img0', cmd: i % 2 ? ['server'] : ['sleep', '1'] });
    if (!c.ok) throw new Error(c.error.message);
    api.startContainer(c.value.id);
  }
  await api.settle();
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const r = api.listContainers({ all: true });
    if (!r.ok || r.value.length !== 500) throw new Error('ps -a');
    times.push(performance.now() - t);
  }
  return { containers: 500, medianMs: Number(median(times.slice(5)).toFixed(3)) };
}

async function heap(): Promise<{
  containers: number;
  images: number;
  heapMB: number;
  perContainerKB: number;
}> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const { api, tags } = lab(50, 200);
  gc();
  const withImages = process.memoryUsage().heapUsed;
  for (let i = 0; i < 1000; i++) {
    const c = api.createContainer({ image: tags[i % tags.length] as string });
    if (!c.ok) throw new Error(c.error.message);
    api.startContainer(c.value.id);
  }
  await api.settle();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (api.listContainers({ all: true }).ok !== true) throw new Error('list');
  return {
    containers: 1000,
    images: 50,
    heapMB: Number(((after - before) / 1e6).toFixed(1)),
    perContainerKB: Number(((after - withImages) / 1000 / 1000).toFixed(2)),
  };
}

const result = {
  runDetached: await runDetached(),
  psAll500: await psAll(),
  heap1000: await heap(),
  budgets: { runDetachedMedianMs: 2, psAll500Ms: 10 },
};
process.stdout.write(`${JSON.stringify(result)}\n`);
