// Hooks for `npm run bench` and the e2e tests, on only when the URL asks:
//   ?bench=diagram   builds the big scene (50 images, 300 layers, 100 containers), copies up a
//                    file every 1.6 s, and exposes window.__layerlabBench (see README.md);
//   ?diagram-hooks   exposes window.__layerlabDiagram to drive the engine without the docker CLI;
//   ?bench=heap      exposes window.__layerlabHeap (src/ui/bench/heap-bench.ts).

import { useEffect } from 'react';
import type { DiagramController } from '../../diagram-bridge/controller';
import type { LabSession } from '../../lab-session';
import { buildBenchScene, ensureContainers } from './bench-scene';

const TICK_MS = 1600;

function frames(
  ms: number,
): Promise<{ frames: number; seconds: number; fps: number; medianFrameMs: number }> {
  return new Promise((resolve) => {
    const gaps: number[] = [];
    const start = performance.now();
    let last = start;
    const step = (now: number): void => {
      gaps.push(now - last);
      last = now;
      if (now - start < ms) requestAnimationFrame(step);
      else {
        const sorted = [...gaps].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
        const seconds = (now - start) / 1000;
        resolve({
          frames: gaps.length,
          seconds,
          fps: gaps.length / seconds,
          medianFrameMs: median,
        });
      }
    };
    requestAnimationFrame(step);
  });
}

/** Resolve with performance.now() when `selector` is in the document. */
function appeared(selector: string): Promise<number> {
  return new Promise((resolve) => {
    if (document.querySelector(selector)) return resolve(performance.now());
    const mo = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        mo.disconnect();
        resolve(performance.now());
      }
    });
    mo.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
}

export function useBenchHooks(
  session: LabSession,
  holder: { readonly controller: DiagramController | null },
): void {
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const w = window as unknown as Record<string, unknown>;
    const engine = () => session.current().engine;
    let timer = 0;
    let probes = 0;
    if (params.get('bench') === 'diagram') {
      const scene = buildBenchScene(engine());
      timer = window.setInterval(() => scene.tick(), TICK_MS);
      w.__layerlabBench = {
        // Ready once the last container is drawn; the scene's own build steps are skipped.
        ready: appeared('[data-kind="container-layer"][data-ref="ctr99"]').then((t) => {
          holder.controller?.skip();
          return t;
        }),
        /** Count animation frames for `ms` while copy-ups animate. */
        measureFps: (ms = 5000) => frames(ms),
        /** ms from an engine change (a new container) to its node in the DOM. */
        async latency() {
          const name = `latency${++probes}`;
          const t0 = performance.now();
          const found = appeared(`[data-kind="container-layer"][data-ref="${name}"]`);
          ensureContainers(engine()).createContainer({ image: 'base0', name });
          return (await found) - t0;
        },
        /** Wait for a selector (bench types a command, then awaits its node): performance.now(). */
        appeared,
      };
    }
    if (params.get('bench') === 'heap')
      void import('../../bench/heap-bench').then((m) => m.installHeapBench(session));
    if (params.has('diagram-hooks') || params.get('bench') === 'diagram') {
      w.__layerlabDiagram = {
        pull: async (ref: string) => (await engine().images.pullImage(ref)).ok,
        create: (image: string, name: string) => {
          const r = ensureContainers(engine()).createContainer({ image, name });
          holder.controller?.refresh();
          return r.ok;
        },
        write: (name: string, path: string, text: string) => {
          const c = ensureContainers(engine()).getContainer(name);
          if (c.ok) c.value.mount.writeFile(path, text, { append: true });
          return c.ok;
        },
        remove: (name: string, path: string) => {
          const c = ensureContainers(engine()).getContainer(name);
          if (c.ok) c.value.mount.unlink(path);
          return c.ok;
        },
        read: (name: string, path: string) => {
          const c = ensureContainers(engine()).getContainer(name);
          return c.ok ? c.value.mount.readText(path) : null;
        },
      };
    }
    return () => {
      window.clearInterval(timer);
      delete w.__layerlabBench;
      delete w.__layerlabDiagram;
    };
  }, [session, holder]);
}
