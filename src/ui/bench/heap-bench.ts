// `?bench=heap` (npm run bench, issue 5's "1,000 containers and 50 images under 150 MB of JS
// heap"): window.__layerlabHeap.seed() fills the page's own lab the way a learner would with
// `docker pull`, `docker commit` and `docker run -d` — one pulled alpine and `images - 1`
// committed images on it (one small layer each), `containers` running containers spread over all.
// The bench then reads the heap from outside, through the DevTools protocol.

import type { LabSession } from '../lab-session';

interface Outcome<T> {
  readonly ok: boolean;
  readonly value?: T;
  readonly error?: { readonly message: string };
}

function must<T>(r: Outcome<T>): T {
  if (!r.ok) throw new Error(r.error?.message ?? 'failed');
  return r.value as T;
}

export interface HeapSeed {
  readonly images: number;
  readonly containers: number;
  readonly running: number;
  readonly ms: number;
}

export function installHeapBench(session: LabSession): void {
  (window as unknown as { __layerlabHeap?: unknown }).__layerlabHeap = {
    async seed(images = 50, containers = 1000): Promise<HeapSeed> {
      const t0 = performance.now();
      await session.ready;
      const { engine } = session.current();
      const api = engine.containers;
      must(await engine.images.pullImage('alpine'));
      const tags = ['alpine'];
      for (let i = 1; i < images; i++) {
        const { id } = must(api.createContainer({ image: 'alpine', cmd: ['true'] }));
        must(api.getContainer(id)).mount.writeFile(`/etc/heap-bench`, `image ${i}\n`);
        must(api.commitContainer(id, { reference: `heap${i}:latest` }));
        must(api.removeContainer(id));
        tags.push(`heap${i}`);
      }
      for (let i = 0; i < containers; i++) {
        const image = tags[i % tags.length] as string;
        const { id } = must(api.createContainer({ image, cmd: ['sleep', '100000'] }));
        must(api.startContainer(id));
        // Let the started processes run, as between typed commands.
        if (i % 50 === 49) await api.settle();
      }
      await api.settle();
      const all = must(api.listContainers({ all: true }));
      return {
        images: must(engine.images.listImages()).length,
        containers: all.length,
        running: all.filter((c) => c.State === 'running').length,
        ms: performance.now() - t0,
      };
    },
  };
}
