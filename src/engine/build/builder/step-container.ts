// A step's temporary container: a writable layer over the previous step's layers, a process run
// in it through the injected ProcessRunner (RUN), or files written into it (COPY, ADD, WORKDIR),
// then the writable layer sealed into a layer. Events let the diagram show the container appear
// on the stack, its changes, and the layer it leaves behind.

import { createUnionMount, commitChanges, layerDiffId, layerSize, newCacheId } from '../../storage';
import type { UnionMount } from '../../storage';
import type { ProcessSpec } from '../../containers/process';
import type { Session } from './session';
import type { ImageState, NewLayer } from './types';
import type { ResolvedUser } from './user';

export const EMPTY_LAYER_DIFF_ID =
  'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

export interface StepContainer {
  readonly id: string;
  readonly fs: UnionMount;
  /** Seal the writable layer; undefined when the step changed nothing. */
  commit(): NewLayer | undefined;
  remove(): void;
}

export function createStepContainer(sess: Session, state: ImageState, step: string): StepContainer {
  const { random, clock, storageEmit, emit } = sess.deps;
  const id = random.hex(64);
  const fs = createUnionMount({
    id,
    lowers: state.layers,
    clock,
    ...(storageEmit ? { emit: storageEmit } : {}),
  });
  emit?.({
    type: 'build/step-container-created',
    build: sess.id,
    container: id,
    step,
    lowers: state.layers.map((l) => l.id),
  });
  return {
    id,
    fs,
    commit() {
      if (fs.upper.size === 0) {
        emit?.({ type: 'build/layer-committed', build: sess.id, step, size: 0 });
        return undefined;
      }
      const layer = commitChanges(fs.upper, {
        id: newCacheId(random),
        ...(storageEmit ? { emit: storageEmit } : {}),
        mount: id,
      });
      const diffId = layerDiffId(layer);
      const size = layerSize(layer);
      if (diffId === EMPTY_LAYER_DIFF_ID) {
        // Only metadata moved (a directory's mtime): no layer, but the step still ends.
        emit?.({ type: 'build/layer-committed', build: sess.id, step, size: 0 });
        return undefined;
      }
      emit?.({
        type: 'build/layer-committed',
        build: sess.id,
        step,
        layer: layer.id,
        diffId,
        size,
      });
      return { layer, diffId, size, createdMs: clock.now() };
    },
    remove() {
      emit?.({ type: 'build/step-container-removed', build: sess.id, container: id });
    },
  };
}

/** Splits a process's writes into lines for the progress stream. */
export class LineSink {
  private buf = '';
  constructor(private readonly out: (line: string) => void) {}
  write(text: string): void {
    this.buf += text;
    let nl = this.buf.indexOf('\n');
    while (nl >= 0) {
      this.out(this.buf.slice(0, nl + 1));
      this.buf = this.buf.slice(nl + 1);
      nl = this.buf.indexOf('\n');
    }
  }
  flush(): void {
    if (this.buf !== '') this.out(this.buf);
    this.buf = '';
  }
}

export interface RunProcess {
  readonly argv: readonly string[];
  readonly executable: string;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly user: ResolvedUser;
  readonly hostname: string;
  readonly image: string;
}

/** Run one process in the step container; output goes to `sink`. Resolves with its status. */
export async function runInContainer(
  sess: Session,
  c: StepContainer,
  p: RunProcess,
  sink: LineSink,
): Promise<number> {
  const out = { write: (t: string) => sink.write(t), isTTY: false, columns: 80 };
  const killListeners = new Set<() => void>();
  const spec: ProcessSpec = {
    argv: p.argv,
    executable: p.executable,
    env: p.env,
    cwd: p.cwd,
    user: p.user,
    fs: c.fs,
    hostname: p.hostname,
    pid: 1,
    stdin: { readLine: async () => null, readAll: async () => '', isTTY: false },
    stdout: out,
    stderr: out,
    signals: {
      onSignal: () => () => undefined,
      killed: false,
      onKill(l) {
        killListeners.add(l);
        return () => killListeners.delete(l);
      },
    },
    sleep: (ms) => sess.req.pace(ms),
    clock: sess.deps.clock,
    container: { id: c.id, name: c.id.slice(0, 12), image: p.image },
    isExec: false,
  };
  let status: number;
  try {
    status = await sess.deps.runner.run(spec);
  } catch (e) {
    // The runner contract says never reject; if one does, the step fails like a crashed process.
    sink.write(
      `layerlab: the step's process failed: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    status = 255;
  }
  sink.flush();
  return status;
}
