// Keystroke-to-echo latency, measured inside the page: from the keydown event reaching the
// document (capture phase, so before xterm sees it) to the typed character appearing in xterm's
// rows (MutationObserver: fires right after the renderer writes the DOM, before paint).

// Functions passed to page.evaluate / addInitScript run in the page, not in Node.
/* global window, document, MutationObserver */

import { withColdPage } from './chromium.mjs';
import { serveDir } from './static-server.mjs';
import { median, percentile, round } from './stats.mjs';
import { timeToUsable } from './usable-terminal.mjs';

/** Installs window.__echo in the page; arm(ch) returns a promise of the next echo's latency. */
function installEchoProbe() {
  /** @type {null | { ch: string, before: number, t0: number | null, done: (ms: number) => void }} */
  let armed = null;
  const count = (/** @type {string} */ ch) => {
    const rows = document.querySelector('.xterm-rows');
    const text = rows ? (rows.textContent ?? '') : '';
    return text.split(ch).length - 1;
  };
  const check = () => {
    if (armed && armed.t0 !== null && count(armed.ch) > armed.before) {
      const a = armed;
      armed = null;
      a.done(performance.now() - /** @type {number} */ (a.t0));
    }
  };
  document.addEventListener(
    'keydown',
    (e) => {
      if (armed && armed.t0 === null && e.key === armed.ch) {
        armed.t0 = performance.now();
        armed.before = count(armed.ch);
      }
    },
    true,
  );
  let observing = false;
  /** @type {Window & { __echo?: unknown }} */ (window).__echo = {
    /** @param {string} ch */
    arm(ch) {
      const rows = document.querySelector('.xterm-rows');
      if (!observing && rows) {
        observing = true;
        new MutationObserver(check).observe(rows, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      }
      return new Promise((resolve) => {
        armed = { ch, before: 0, t0: null, done: resolve };
      });
    },
  };
}

/**
 * @typedef {{ __echo: { arm(ch: string): Promise<number> }, __echoPending?: Promise<number> }} EchoWindow
 */

/**
 * Types `count` characters into the page's focused terminal and returns each echo latency (ms).
 * @param {import('playwright-core').Page} page a page whose terminal is already usable
 * @param {{ count?: number, timeoutMs?: number }} [options]
 * @returns {Promise<number[]>}
 */
export async function keystrokeEchoLatencies(page, { count = 20, timeoutMs = 5_000 } = {}) {
  await page.evaluate(installEchoProbe);
  // Letters and digits that are not in the lab's prompt, one of each: counting occurrences then
  // tells each new echo apart from what the row already showed.
  const chars = 'qwxzjkvfgu0123456789'.repeat(Math.ceil(count / 20)).slice(0, count);
  const samples = [];
  for (const ch of chars) {
    // Arm first (evaluate returns once arm() ran), keep the promise page-side, then type.
    await page.evaluate((c) => {
      const w = /** @type {Window & EchoWindow} */ (window);
      w.__echoPending = w.__echo.arm(c);
    }, ch);
    await page.keyboard.press(ch);
    const ms = await page.evaluate(
      ([limit]) =>
        Promise.race([
          /** @type {Window & EchoWindow} */ (window).__echoPending,
          new Promise((r) => setTimeout(() => r(-1), limit)),
        ]),
      [timeoutMs],
    );
    if (typeof ms !== 'number' || ms < 0)
      throw new Error(`no echo of "${ch}" within ${timeoutMs} ms`);
    samples.push(ms);
  }
  return samples;
}

export const ECHO_METHOD =
  'keydown (capture, performance.now) to the character in .xterm-rows (MutationObserver); ' +
  'typed one at a time right after the terminal is usable, no CPU throttling';

/**
 * Serves `distDir`, loads it cold, waits until its terminal is usable and measures `count`
 * keystroke echoes.
 * @param {string} distDir
 * @param {{ count: number, marker: string }} options
 */
export async function measureEcho(distDir, { count, marker }) {
  const samples = await echoSamples(distDir, { count, marker });
  return {
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 95)),
    samplesMs: samples.map((x) => round(x)),
  };
}

/**
 * @param {string} distDir
 * @param {{ count: number, marker: string }} options
 */
async function echoSamples(distDir, { count, marker }) {
  const server = await serveDir(distDir);
  try {
    return await withColdPage(async (page) => {
      await timeToUsable(page, { url: server.url, marker, cpuRate: 1 });
      return keystrokeEchoLatencies(page, { count });
    });
  } finally {
    await server.close();
  }
}
