// Storage core figures: stat/read in a 50-layer stack, commit of 1,000 changed files, and the heap
// held by 100 containers on one 10-layer image. Prints one JSON object on stdout.
// Run: npx tsx scripts/bench/storage.ts

import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createManualClock } from '../../src/engine/clock/clock';
import {
  commitChanges,
  createLayer,
  createUnionMount,
  type Layer,
  type LayerEntrySpec,
  type StorageEvent,
} from '../../src/engine/storage';

/** global.gc when node runs with --expose-gc, else the same function fetched through V8 flags. */
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

/** Median time of one call, in µs, over batches (a single call is below the timer's resolution). */
function perCallUs(fn: (i: number) => void, batch = 2000, batches = 40): number {
  for (let i = 0; i < batch * 5; i++) fn(i); // warm up
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn(i);
    times.push(((performance.now() - t) * 1000) / batch);
  }
  return Number(median(times).toFixed(3));
}

function imageLayers(count: number, filesPerLayer: number, tag: string): Layer[] {
  const layers: Layer[] = [];
  for (let l = 0; l < count; l++) {
    const entries: LayerEntrySpec[] = [];
    for (let f = 0; f < filesPerLayer; f++) {
      const path = `/usr/lib/pkg${l}/sub${f % 10}/file${f}.so`;
      entries.push(
        f % 4 === 0
          ? { path, type: 'file', data: `layer ${l} file ${f}\n` }
          : {
              path,
              type: 'file',
              data: { kind: 'blob', size: 1000 + f, digest: `sha256:${tag}${l}x${f}` },
            },
      );
    }
    entries.push({ path: '/etc/os-release', type: 'file', data: `layer ${l}\n` });
    layers.push(createLayer({ id: `${tag}${l}`, entries }));
  }
  return layers.reverse(); // top first
}

// 1. stat/read in a 50-layer stack: a file from the bottom layer (the deepest lookup), a file on top.
const fifty = imageLayers(50, 200, 'L');
const mount50 = createUnionMount({ id: 'bench', lowers: fifty });
const deepPaths = Array.from({ length: 200 }, (_, f) => `/usr/lib/pkg0/sub${f % 10}/file${f}.so`);
const textPaths = deepPaths.filter((_, f) => f % 4 === 0);
const statDeepUs = perCallUs((i) => mount50.stat(deepPaths[i % deepPaths.length] as string));
const statTopUs = perCallUs((i) =>
  mount50.stat(`/usr/lib/pkg49/sub${i % 10}/file${(i % 20) * 10 + (i % 10)}.so`),
);
const statMissingUs = perCallUs((i) => mount50.exists(`/usr/lib/pkg0/nope${i % 50}`));
const readDeepUs = perCallUs((i) => mount50.readText(textPaths[i % textPaths.length] as string));
const events: StorageEvent[] = [];
const mount50e = createUnionMount({ id: 'bench', lowers: fifty, emit: (e) => events.push(e) });
const readDeepWithEventsUs = perCallUs((i) => {
  mount50e.readText(textPaths[i % textPaths.length] as string);
  if (events.length > 10_000) events.length = 0;
});

// 2. Commit of an upper layer holding 1,000 changed files (new files and copied-up ones).
const ten = imageLayers(10, 2000, 'I');
const commitMs: number[] = [];
for (let run = 0; run < 7; run++) {
  const c = createUnionMount({ id: `c${run}`, lowers: ten, clock: createManualClock() });
  for (let d = 0; d < 20; d++) c.mkdir(`/app/dir${d}`, { recursive: true });
  for (let f = 0; f < 500; f++) c.writeFile(`/app/dir${f % 20}/new${f}.txt`, `content ${f}\n`);
  for (let f = 0; f < 500; f++) {
    const n = (f * 3) % 2000;
    c.writeFile(`/usr/lib/pkg${f % 10}/sub${n % 10}/file${n}.so`, 'patched\n', { append: true });
  }
  const t = performance.now();
  commitChanges(c.upper, { id: `commit${run}` });
  commitMs.push(performance.now() - t);
}

// 3. Heap: 100 containers on one 10-layer image, each with an init layer and a few writes.
gc();
const heapBefore = process.memoryUsage().heapUsed;
const image = imageLayers(10, 2000, 'H');
gc();
const heapImage = process.memoryUsage().heapUsed;
const containers = [];
for (let i = 0; i < 100; i++) {
  const init = createLayer({
    id: `init${i}`,
    entries: [
      { path: '/.dockerenv', type: 'file', data: '' },
      { path: '/etc/hosts', type: 'file', data: '' },
      { path: '/etc/hostname', type: 'file', data: '' },
      { path: '/etc/resolv.conf', type: 'file', data: '' },
    ],
  });
  const m = createUnionMount({ id: `ct${i}`, lowers: [init, ...image] });
  m.writeFile('/etc/pid', String(i));
  m.stat('/usr/lib/pkg3/sub1/file11.so');
  containers.push(m);
}
gc();
const heapContainers = process.memoryUsage().heapUsed;

const out = {
  bench: 'storage',
  node: process.version,
  stack50: {
    statDeepMedianUs: statDeepUs,
    statTopMedianUs: statTopUs,
    statMissingMedianUs: statMissingUs,
    readDeepMedianUs: readDeepUs,
    readDeepWithEventsMedianUs: readDeepWithEventsUs,
  },
  commit1000Files: { medianMs: Number(median(commitMs).toFixed(2)), runs: commitMs.length },
  containers100On10LayerImage: {
    imageFiles: 10 * 2001,
    imageHeapBytes: heapImage - heapBefore,
    containersHeapBytes: heapContainers - heapImage,
    perContainerHeapBytes: Math.round((heapContainers - heapImage) / containers.length),
  },
};
process.stdout.write(`${JSON.stringify(out)}\n`);
