// npm run bench: one JSON object on stdout with Layerlab's performance next to the perf-floor
// reference pages, all measured in this run on this machine (progress goes to stderr). Exits 0
// even when a budget target is missed (budget.mjs is CI's hard stop); non-zero only when
// something could not be measured.
//
// Fields: environment; bundle.{lab,floorFullStack,floorXtermAlone} (initial/all JS and CSS,
// raw and gzip bytes, per-file list); usableTerminalMs.{cpu1x,cpu4x}.{<page>.medianMs, ratios,
// promptPaintedRatios}; keystrokeEchoMs (lab, with floorXtermAlone for reference);
// engineMsPerCommand (median/p95 through the transcript core); storage (scripts/bench/storage.ts);
// browserHeap (the lab's JS heap with 50 images and 1,000 containers, lib/heap-bench.mjs);
// budgets (the targets, each with ok); errors (what could not be measured); elapsedMs.

import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './lib/bundle-size.mjs';
import { buildFloor } from './lib/floor.mjs';
import { runOrThrow } from './lib/run.mjs';
import { tsxJson } from './lib/tsx-json.mjs';
import { measureUsable } from './lib/usable-bench.mjs';
import { ECHO_METHOD, measureEcho } from './lib/keystroke-echo.mjs';
import { budgetReport } from './lib/budget-report.mjs';
import { measureDiagram } from './lib/diagram-bench.mjs';
import { measureHeap } from './lib/heap-bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const log = (/** @type {string} */ msg) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);

/** @type {string[]} */
const errors = [];
/**
 * Runs one measurement; a failure is recorded (and makes the exit code non-zero) instead of
 * aborting the others.
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @returns {Promise<T | { error: string }>}
 */
async function attempt(what, fn) {
  try {
    return await fn();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log(`${what} FAILED: ${message}`);
    errors.push(`${what}: ${message}`);
    return { error: message };
  }
}

async function main() {
  log('building the lab (vite build)');
  const labBuilt = await attempt('lab build', () =>
    runOrThrow('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, timeoutMs: 180_000 }),
  );
  const labDist = path.join(root, 'dist');
  const labOk = !('error' in labBuilt) && existsSync(path.join(labDist, 'index.html'));

  log('preparing the perf-floor pages');
  const floor = await attempt('floor build', () => buildFloor(root, log));
  const floorOk = !('error' in floor);

  const bundle = {
    lab: labOk ? await attempt('lab bundle size', async () => measureBundle(labDist)) : null,
    floorFullStack: floorOk
      ? await attempt('floor bundle size', async () => measureBundle(floor.full))
      : null,
    floorXtermAlone: floorOk
      ? await attempt('floor bundle size', async () => measureBundle(floor.term))
      : null,
  };

  /** @type {import('./lib/usable-bench.mjs').Target[]} */
  const targets = [];
  if (labOk) targets.push({ name: 'lab', dir: labDist, marker: 'root@layerlab:~# ' });
  if (floorOk) {
    // The floor's full-stack page never calls term.focus(): its time is the prompt alone.
    targets.push({ name: 'floorFullStack', dir: floor.full, marker: '$ ', requireFocus: false });
    targets.push({ name: 'floorXtermAlone', dir: floor.term, marker: '$ ' });
  }
  log(
    `usable terminal: ${targets.map((t) => t.name).join(', ')}, 5 cold loads each, at 1x and 4x CPU`,
  );
  const usable = await measureUsable(targets, { loads: 5, cpuRates: [1, 4], log });
  for (const e of usable.errors) errors.push(e);

  /** @type {Record<string, unknown>} */
  let echo = { error: 'skipped: the lab page never became usable' };
  if (labOk && usable.ok.lab) {
    log('keystroke to echo: the lab, then the xterm-alone page for reference');
    const lab = await attempt('keystroke echo', () =>
      measureEcho(labDist, { count: 20, marker: 'root@layerlab:~# ' }),
    );
    // What xterm alone costs on this machine right now: the floor under the lab's echo.
    const reference = floorOk
      ? await attempt('keystroke echo (xterm alone)', () =>
          measureEcho(floor.term, { count: 20, marker: '$ ' }),
        )
      : null;
    echo = { ...lab, method: ECHO_METHOD, floorXtermAlone: reference };
  } else errors.push('keystroke echo: skipped, the lab page never became usable');

  /** @type {Record<string, unknown>} */
  let diagram = { error: 'skipped: the lab did not build' };
  if (labOk) {
    log('diagram: fps over 50 images / 300 layers / 100 containers, Enter to diagram');
    diagram = await attempt('diagram', () => measureDiagram(labDist));
  }

  const heap = labOk ? await attempt('heap', () => measureHeap(labDist, { log })) : null;

  log('engine time per command (tsx scripts/bench/engine.ts)');
  const engine = await attempt('engine', () => tsxJson(root, 'scripts/bench/engine.ts', 120_000));

  // Each part's own benchmark; a failure is reported in place rather than failing the run.
  /** @type {Record<string, unknown>} */
  const parts = {};
  for (const part of ['storage', 'containers', 'build', 'packages', 'shell']) {
    const file = `scripts/bench/${part}.ts`;
    if (!existsSync(path.join(root, file))) continue;
    log(`${part} (tsx ${file})`);
    parts[part] = await tsxJson(root, file, 180_000).catch((e) => ({
      error: e instanceof Error ? e.message : String(e),
    }));
  }

  const report = {
    when: new Date().toISOString(),
    environment: {
      node: process.version,
      chromium: usable.browserVersion,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      platform: `${os.platform()} ${os.release()}`,
    },
    units: { bytes: 'raw and gzip in bytes (gzip level 9)', KB: 1000, time: 'ms' },
    bundle,
    usableTerminalMs: usable.results,
    keystrokeEchoMs: echo,
    engineMsPerCommand: engine,
    diagram,
    browserHeap: heap,
    ...parts,
    budgets: budgetReport({ bundle: bundle.lab, usable: usable.results, echo, engine, diagram }),
    errors,
    elapsedMs: Date.now() - started,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  log(errors.length ? `done with ${errors.length} error(s)` : 'done');
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    log(`bench crashed: ${e instanceof Error ? e.stack : e}`);
    process.exit(2);
  },
);
