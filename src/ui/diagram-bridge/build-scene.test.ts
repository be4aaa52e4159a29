import { describe, expect, it } from 'vitest';
import { createLab } from '../../lab/lab';
import type { PlayedStep } from '../../director';
import { createDiagramController, type DiagramSnapshot } from './controller';
import type { DiagramModel } from './model';

/** Timers that fire only when the test says. */
function manualTimers() {
  const due: (() => void)[] = [];
  return {
    set: (fn: () => void) => due.push(fn),
    clear: () => undefined,
    /** Let the step on screen end (the next one starts). */
    next() {
      due.shift()?.();
    },
    get pending() {
      return due.length;
    },
  };
}

const kinds = (m: DiagramModel, kind: string) => m.nodes.filter((n) => n.data.kind === kind);

async function type(lab: ReturnType<typeof createLab>, line: string): Promise<void> {
  lab.console.input(`${line}\r`);
  for (let i = 0; i < 200; i++) {
    await lab.console.whenIdle();
    await new Promise((r) => setTimeout(r, 5));
    if (lab.console.reading) return;
  }
}

describe('a build on the diagram', () => {
  it('draws a temporary container per RUN step, then the layer it leaves, then the image in the same cells', async () => {
    const lab = createLab({ seed: 1, columns: 80, rows: 24 });
    await lab.loadPrograms();
    const engine = await lab.whenEngine();
    void lab.start();
    await lab.console.whenIdle();
    const timers = manualTimers();
    const seen: { step: PlayedStep; snap: DiagramSnapshot }[] = [];
    let snap: DiagramSnapshot | null = null;
    const c = createDiagramController({
      engine,
      pace: () => 'normal',
      timers,
      onChange: (s) => (snap = s),
      onStep: (p) => seen.push({ step: p, snap: snap ?? c.snapshot }),
    });
    await type(
      lab,
      "printf 'FROM alpine\\nRUN printf a > /a\\nRUN printf b > /b\\nRUN true\\n' > Dockerfile",
    );
    await type(lab, 'docker build -t x .');
    // The engine is done; the diagram is still at the first step. Play the rest.
    for (let i = 0; i < 100 && timers.pending > 0; i++) timers.next();
    const at = (kind: string) => seen.filter((s) => s.step.step.kind === kind);

    const containers = at('build-container');
    expect(
      containers.map((s) => s.step.step.kind === 'build-container' && s.step.step.step),
    ).toEqual(['[2/4] RUN printf a > /a', '[3/4] RUN printf b > /b', '[4/4] RUN true']);
    for (const s of containers) {
      const temp = kinds(s.snap.model, 'build-container');
      expect(temp).toHaveLength(1);
      // It stands on a drawn layer, in the cell right above or next to it.
      expect(temp[0]?.below).toMatch(/^layer:/);
      // The image being built is not drawn before its build has played.
      expect(kinds(s.snap.model, 'image').map((n) => n.data.ref)).not.toContain('x:latest');
    }
    const layers = at('build-layer');
    expect(layers).toHaveLength(3);
    const made: string[] = [];
    for (const s of layers) {
      expect(kinds(s.snap.model, 'build-container')).toHaveLength(0);
      const building = kinds(s.snap.model, 'layer').filter(
        (n) => n.data.kind === 'layer' && n.data.building,
      );
      made.push(...building.map((n) => n.id).filter((id) => !made.includes(id)));
    }
    // RUN true changed nothing: two new layers.
    expect(made).toHaveLength(2);
    const cellsDuring = made.map((id) => layers.at(-1)?.snap.cells.get(id));

    const done = at('build-done');
    expect(done).toHaveLength(1);
    const end = c.snapshot;
    expect(kinds(end.model, 'build-container')).toHaveLength(0);
    expect(kinds(end.model, 'image').map((n) => n.data.ref)).toContain('x:latest');
    // The exported image's layers are the ones the build drew, in the same cells.
    for (const [i, id] of made.entries()) {
      const n = end.model.nodes.find((x) => x.id === id);
      expect(n?.data.kind === 'layer' && !n.data.building).toBe(true);
      expect(end.cells.get(id)).toEqual(cellsDuring[i]);
    }
    c.dispose();
    lab.stop();
  }, 30_000);

  it('the legacy builder and a failing step: containers come and go, nothing is left behind', async () => {
    const lab = createLab({ seed: 1, columns: 80, rows: 24 });
    await lab.loadPrograms();
    const engine = await lab.whenEngine();
    void lab.start();
    await lab.console.whenIdle();
    const timers = manualTimers();
    const played: PlayedStep[] = [];
    const c = createDiagramController({
      engine,
      pace: () => 'normal',
      timers,
      onChange: () => undefined,
      onStep: (p) => played.push(p),
    });
    await type(lab, "printf 'FROM alpine\\nRUN printf a > /a\\nRUN false\\n' > Dockerfile");
    await type(lab, 'DOCKER_BUILDKIT=0 docker build -t y .');
    for (let i = 0; i < 100 && timers.pending > 0; i++) timers.next();
    const kindsPlayed = played.map((p) => p.step.kind);
    expect(kindsPlayed.filter((k) => k === 'build-container')).toHaveLength(2);
    expect(kindsPlayed).toContain('build-layer');
    expect(kindsPlayed).toContain('build-removed');
    // The failed step ends the build on screen: no temporary container or new layer is left,
    // with either builder (BuildKit's layers never reach the image store).
    await type(lab, "printf 'FROM alpine\\nRUN printf z > /z\\nRUN false\\n' > Dockerfile");
    await type(lab, 'docker build -t z .');
    for (let i = 0; i < 100 && timers.pending > 0; i++) timers.next();
    const last = played.findLast((p) => p.step.kind.startsWith('build-'))?.step;
    expect(last?.kind === 'build-done' ? last.error : last?.kind).toMatch(/false|build-removed/);
    expect(kinds(c.snapshot.model, 'build-container')).toHaveLength(0);
    expect(
      kinds(c.snapshot.model, 'layer').filter((n) => n.data.kind === 'layer' && n.data.building),
    ).toHaveLength(0);
    c.dispose();
    lab.stop();
  }, 30_000);
});
