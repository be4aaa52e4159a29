// Cold loads of several pages, interleaved (lab, floor, floor, lab, …) so that a noisy stretch
// on the machine hits every page alike, at each CPU throttling rate; medians and the lab's ratios.

import { browserVersion, withColdPage } from './chromium.mjs';
import { serveDir } from './static-server.mjs';
import { median, round } from './stats.mjs';
import { timeToUsable } from './usable-terminal.mjs';

/**
 * requireFocus false: the page never focuses its terminal (the floor's full-stack page), so its
 * time is when the prompt is painted, which flatters it: the lab's ratio against it is strict.
 * @typedef {{ name: string, dir: string, marker: string, requireFocus?: boolean }} Target
 */

/**
 * @param {Target[]} targets
 * @param {{ loads: number, cpuRates: number[], log: (msg: string) => void }} options
 */
export async function measureUsable(targets, { loads, cpuRates, log }) {
  /** @type {string[]} */
  const errors = [];
  /** @type {Record<string, unknown>} */
  const results = {};
  /** @type {Set<string>} */
  const failed = new Set();
  /** @type {string | null} */
  let version = null;
  const servers = await Promise.all(targets.map((t) => serveDir(t.dir)));
  try {
    // One uncounted launch first: the very first Chromium start of a run reads its binary from
    // disk and would otherwise slow whichever page happens to be measured first.
    if (targets.length > 0) {
      await withColdPage((page) =>
        page.goto(servers[targets.length - 1].url, { waitUntil: 'load', timeout: 30_000 }),
      ).catch(() => {});
    }
    for (const rate of cpuRates) {
      /** @type {Record<string, number[]>} */
      const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
      /** @type {Record<string, number[]>} */
      const promptSamples = Object.fromEntries(targets.map((t) => [t.name, []]));
      for (let i = 0; i < loads; i++) {
        // Rotate who goes first, so no page always follows the same neighbour.
        for (let j = 0; j < targets.length; j++) {
          const k = (i + j) % targets.length;
          const t = targets[k];
          if (failed.has(t.name)) continue;
          try {
            const at = await withColdPage(async (page) => {
              const r = await timeToUsable(page, {
                url: servers[k].url,
                marker: t.marker,
                cpuRate: rate,
                timeoutMs: 10_000 * rate,
                requireFocus: t.requireFocus ?? true,
              });
              version ??= await browserVersion(page);
              return r;
            });
            const ms = at.usableMs ?? at.promptMs;
            samples[t.name].push(ms);
            promptSamples[t.name].push(at.promptMs);
            log(`  ${rate}x ${t.name} load ${i + 1}/${loads}: ${ms.toFixed(0)} ms`);
          } catch (e) {
            // A page that cannot become usable once will not at the next load; skip the rest.
            failed.add(t.name);
            errors.push(
              `usable terminal, ${t.name} at ${rate}x CPU: ${e instanceof Error ? e.message : e}`,
            );
            log(`  ${rate}x ${t.name} FAILED: ${e instanceof Error ? e.message : e}`);
          }
        }
      }
      /** @type {Record<string, unknown>} */
      const perPage = {};
      for (const t of targets) {
        const xs = samples[t.name];
        const complete = xs.length === loads;
        perPage[t.name] = {
          medianMs: complete ? round(median(xs)) : null,
          readiness:
            t.requireFocus === false
              ? 'prompt painted (this page never focuses its terminal)'
              : 'prompt painted and terminal focused',
          samplesMs: xs.map((x) => round(x)),
          promptPaintedMedianMs: complete ? round(median(promptSamples[t.name])) : null,
          ...(complete ? {} : { error: 'did not become usable' }),
        };
      }
      const ratio = (
        /** @type {Record<string, number[]>} */ from,
        /** @type {string} */ a,
        /** @type {string} */ b,
      ) =>
        from[a]?.length === loads && from[b]?.length === loads
          ? round(median(from[a]) / median(from[b]), 2)
          : null;
      results[`cpu${rate}x`] = {
        ...perPage,
        ratios: {
          labVsXtermAlone: ratio(samples, 'lab', 'floorXtermAlone'),
          labVsFullStack: ratio(samples, 'lab', 'floorFullStack'),
        },
        // The same comparison on "prompt painted" alone, which every page reaches.
        promptPaintedRatios: {
          labVsXtermAlone: ratio(promptSamples, 'lab', 'floorXtermAlone'),
          labVsFullStack: ratio(promptSamples, 'lab', 'floorFullStack'),
        },
      };
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  /** @type {Record<string, boolean>} */
  const ok = Object.fromEntries(targets.map((t) => [t.name, !failed.has(t.name)]));
  return {
    results: { loadsPerPage: loads, probe: PROBE_DESCRIPTION, ...results },
    ok,
    errors,
    browserVersion: version,
  };
}

const PROBE_DESCRIPTION =
  'ms from navigation start (performance.now) to the first animation frame where .xterm-rows shows ' +
  "the page's prompt and .xterm-helper-textarea has focus (see each page's readiness); " +
  'fresh browser profile per load; loads interleaved across pages; median';
