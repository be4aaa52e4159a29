// Issue 5's memory figure in a real browser: the built lab in headless Chromium, filled through
// its `?bench=heap` hook (src/ui/bench/heap-bench.ts) with 50 images and 1,000 running containers
// — pull, commit and `run -d` through the engine, the diagram and terminal live around them —
// then the page's JS heap after a forced full GC, from the DevTools protocol
// (Runtime.getHeapUsage usedSize; performance.memory as a cross-check).

// Functions passed to page.evaluate run in the page, not in Node.
/* global window */

import { withColdPage } from './chromium.mjs';
import { serveDir } from './static-server.mjs';
import { round } from './stats.mjs';

export const HEAP_BUDGET_MB = 150;
const MB = 1e6;

/**
 * @param {string} distDir the built lab
 * @param {{ images?: number, containers?: number, log?: (msg: string) => void }} [options]
 */
export async function measureHeap(distDir, { images = 50, containers = 1000, log } = {}) {
  const server = await serveDir(distDir);
  try {
    return await withColdPage(async (page) => {
      const cdp = await page.context().newCDPSession(page);
      /** Used JS heap of the page after a full collection, in bytes. */
      const usedAfterGc = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      await page.goto(`${server.url}?bench=heap`, { timeout: 60_000 });
      await page.waitForFunction(() => window.__layerlabHeap !== undefined, null, {
        timeout: 60_000,
      });
      const pageOnly = await usedAfterGc();
      log?.(
        `heap: page alone ${round(pageOnly / MB)} MB; seeding ${images} images, ${containers} containers`,
      );
      const seeded = await page.evaluate(
        ([i, c]) => window.__layerlabHeap.seed(i, c),
        /** @type {const} */ ([images, containers]),
      );
      // Give the diagram and terminal time to take in the new state before reading the heap.
      await page.waitForTimeout(3000);
      const used = await usedAfterGc();
      const memory = await page.evaluate(() => {
        const m = /** @type {{ memory?: { usedJSHeapSize: number } }} */ (performance).memory;
        return m ? m.usedJSHeapSize : null;
      });
      const usedMB = round(used / MB);
      return {
        images: seeded.images,
        containers: seeded.containers,
        running: seeded.running,
        seedMs: round(seeded.ms),
        pageAloneMB: round(pageOnly / MB),
        usedHeapMB: usedMB,
        performanceMemoryMB: memory === null ? null : round(memory / MB),
        budgetMB: HEAP_BUDGET_MB,
        ok: usedMB <= HEAP_BUDGET_MB,
        method:
          'built lab ?bench=heap in headless Chromium: pull alpine, commit 49 more images, run -d ' +
          '1,000 containers (sleep) through the engine; 3 s later two forced GCs, then CDP ' +
          'Runtime.getHeapUsage usedSize (MB = 10^6 bytes)',
      };
    });
  } finally {
    await server.close();
  }
}
