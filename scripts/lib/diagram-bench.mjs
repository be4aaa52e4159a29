// The diagram's figures (issue 7, and issue 2's "Enter to the diagram"): frame rate while a
// copy-up animates over a big scene (the page's `?bench=diagram` mode builds 50 images, 300
// layers and 100 containers through the engine), unthrottled and at 4x CPU, and the time from
// pressing Enter on a command to its effect being drawn.

// Functions passed to page.evaluate run in the page, not in Node.
/* global window, document */

import { withColdPage } from './chromium.mjs';
import { serveDir } from './static-server.mjs';
import { round } from './stats.mjs';
import { timeToUsable } from './usable-terminal.mjs';

/**
 * @param {string} distDir the built lab
 * @param {{ seconds?: number }} [options]
 */
export async function measureDiagram(distDir, { seconds = 5 } = {}) {
  const server = await serveDir(distDir);
  try {
    const fps = {};
    for (const rate of [1, 4]) {
      fps[`cpu${rate}x`] = await withColdPage(async (page) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(`${server.url}?bench=diagram`, { timeout: 60_000 });
        await page.waitForFunction(() => window.__layerlabBench !== undefined, null, {
          timeout: 60_000,
        });
        await page.evaluate(() => window.__layerlabBench.ready);
        const r = await page.evaluate(
          (ms) => window.__layerlabBench.measureFps(ms),
          seconds * 1000,
        );
        const latency = await page.evaluate(() => window.__layerlabBench.latency());
        return { ...r, fps: round(r.fps), newContainerToNodeMs: round(latency) };
      });
    }
    const enterToDiagramMs = await withColdPage(async (page) => {
      await timeToUsable(page, { url: server.url, marker: 'root@layerlab:~# ', cpuRate: 1 });
      // The diagram pane loads after the terminal; wait for it before timing a command.
      await page.waitForSelector('.react-flow', { timeout: 30_000 });
      await page.keyboard.type('docker pull alpine');
      const t0 = await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__enterAt = null;
        document.addEventListener(
          'keydown',
          (e) => {
            if (e.key === 'Enter' && w.__enterAt === null) w.__enterAt = performance.now();
          },
          true,
        );
        return 0;
      });
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-kind="image"][data-ref="alpine:latest"]', {
        timeout: 30_000,
      });
      const drawnAt = await page.evaluate(() => performance.now());
      const enterAt = await page.evaluate(() => /** @type {any} */ (window).__enterAt);
      return round(drawnAt - (enterAt ?? t0));
    });
    return { fps, enterToDiagramMs };
  } finally {
    await server.close();
  }
}
