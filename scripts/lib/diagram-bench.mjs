// The diagram's figures (issue 7, and issue 2's "Enter to the diagram"): frame rate while a
// copy-up animates over a big scene (the page's `?bench=diagram` mode builds 50 images, 300
// layers and 100 containers through the engine), unthrottled and at 4x CPU, and the time from
// pressing Enter on a command to its effect being drawn.

// Functions passed to page.evaluate run in the page, not in Node.
/* global window, document, MutationObserver, requestAnimationFrame */

import { withColdPage } from './chromium.mjs';
import { serveDir } from './static-server.mjs';
import { round } from './stats.mjs';
import { timeToUsable } from './usable-terminal.mjs';

const ENTER_WAITS_FOR =
  "the terminal usable, the diagram pane mounted, and the page's own preloads done (performance " +
  'mark layerlab:preloaded, set by src/main.ts once the program groups, the engine and the image ' +
  'catalog chunks are in; see preloadedAfterUsableMs): a learner reading the prompt and typing ' +
  '"docker pull alpine" takes longer; the image itself is built only when the command runs';

const ALPINE_NODE = '[data-kind="image"][data-ref="alpine:latest"]';

/**
 * One cold load: Enter on `docker pull alpine` to alpine's image node in the diagram, at instant
 * pace (the learner's setting, stored before the page loads).
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
async function enterToDiagram(page, url) {
  await page.addInitScript(() => {
    window.localStorage.setItem(
      'layerlab.settings',
      JSON.stringify({
        version: 1,
        lang: 'en',
        theme: 'light',
        pace: 'instant',
        layout: {
          sizes: [0.27, 0.4, 0.33],
          hidden: { lesson: false, terminal: false, diagram: false },
          tab: 'terminal',
        },
      }),
    );
  });
  const { usableMs } = await timeToUsable(page, { url, marker: 'root@layerlab:~# ', cpuRate: 1 });
  // The diagram pane loads after the terminal; wait for it and the page's preloads.
  await page.waitForSelector('.react-flow', { timeout: 30_000 });
  const preloaded = await page.waitForFunction(
    () => performance.getEntriesByName('layerlab:preloaded')[0]?.startTime ?? false,
    null,
    { timeout: 30_000 },
  );
  const preloadedMs = /** @type {number} */ (await preloaded.jsonValue());
  await page.keyboard.type('docker pull alpine');
  // Both ends are stamped in the page: Enter's keydown, and the first animation frame after the
  // node is in the DOM (the frame that paints it). Asking from Node instead would add a
  // round-trip to every sample.
  await page.evaluate((selector) => {
    const w = /** @type {any} */ (window);
    w.__enterAt = null;
    w.__drawnAt = null;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' && w.__enterAt === null) w.__enterAt = performance.now();
      },
      true,
    );
    const seen = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      seen.disconnect();
      requestAnimationFrame(() => (w.__drawnAt = performance.now()));
    });
    seen.observe(document.body, { subtree: true, childList: true, attributes: true });
  }, ALPINE_NODE);
  await page.keyboard.press('Enter');
  const stamps = await page.waitForFunction(
    () => {
      const w = /** @type {any} */ (window);
      return w.__drawnAt !== null && { enterAt: w.__enterAt, drawnAt: w.__drawnAt };
    },
    null,
    { timeout: 30_000 },
  );
  const { enterAt, drawnAt } = await stamps.jsonValue();
  return { ms: round(drawnAt - enterAt), usableMs, preloadedMs: round(preloadedMs) };
}

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
    // Enter to the diagram, for the first docker command after a cold load: median of 3 loads.
    /** @type {{ ms: number, usableMs: number | null, preloadedMs: number }[]} */
    const enter = [];
    for (let i = 0; i < 3; i++)
      enter.push(await withColdPage((page) => enterToDiagram(page, server.url)));
    const sorted = enter.map((e) => e.ms).sort((a, b) => a - b);
    return {
      fps,
      enterToDiagramMs: sorted[1],
      enterToDiagram: {
        command: 'docker pull alpine',
        pace: 'instant',
        samplesMs: enter.map((e) => e.ms),
        waitsFor: ENTER_WAITS_FOR,
        // How long after the terminal was usable the page's preloads were done: what a learner
        // has to spend reading and typing before the first command for the figure to hold.
        preloadedAfterUsableMs: enter.map((e) =>
          e.usableMs === null ? null : round(e.preloadedMs - e.usableMs),
        ),
      },
    };
  } finally {
    await server.close();
  }
}
