// The two kinds of step every instruction is one of, for both builders:
//  - a filesystem step (RUN, COPY, ADD, WORKDIR) runs in a temporary container and leaves a layer;
//  - a config step (ENV, CMD, EXPOSE, …) only changes the config and adds an `empty_layer` entry.
// BuildKit shows filesystem steps as `[n/N]` vertices (CACHED on a hit) and config steps not at
// all. The legacy builder prints `Step N/M` for every instruction, runs each in a container and
// commits an image per step (` ---> Running in`, ` ---> Removed intermediate container`).

import { rfc3339Nano } from '../../images';
import type { HistoryEntry } from '../../images/image-config';
import { imageIdOf, type Digest, type JsonValue } from '../../storage';
import type { Instruction } from '../instructions/types';
import { hashKey, stateFromImage, withConfig, withLayer } from './state';
import { createStepContainer, LineSink, type StepContainer } from './step-container';
import { STEP_OK, stepError, type Session, type StageRun, type StepResult } from './session';
import type { ImageState, NewLayer, RunConfig } from './types';

export const BUILDKIT_COMMENT = 'buildkit.dockerfile.v0';

/**
 * moby's layer store accepts chains up to 125 layers deep (layer.maxLayerDepth). Past it the lab
 * stops the build: a 10,000-RUN Dockerfile would otherwise mount ever deeper stacks (quadratic).
 */
const MAX_LAYERS = 125;
const DOCKER_VERSION = '28.2.2';

/** Modelled lab time of a step's parts (ms), so the progress timers look like a real build. */
export const COST = {
  stepOverhead: 40,
  copy: 60,
  cachedStep: 0,
  legacyContainer: 120,
} as const;

export interface FsWork {
  /** Adds to the cache key: the step's inputs beyond its text (file checksums). */
  readonly keyParts: readonly string[];
  /** BuildKit's history text (without ` # buildkit`; added here when `buildkitSuffix`). */
  readonly createdBy: string;
  readonly buildkitSuffix: boolean;
  /** Legacy history text (`/bin/sh -c #(nop) COPY file:… in /app `, `/bin/sh -c pip …`). */
  readonly legacyCreatedBy: string;
  /** Config after the step (WORKDIR changes it). */
  readonly config?: RunConfig;
  /** Do the step's work in the container. `log` is its output (RUN); error text on failure. */
  run(
    c: StepContainer,
    log: LineSink,
  ): Promise<{ ok: true } | { ok: false; message: string; exitCode?: number; logs?: boolean }>;
}

function stepName(s: StageRun, ins: Instruction): string {
  const width = String(s.total).length;
  const n = String(s.step).padStart(width, ' ');
  return `[${s.label ? `${s.label} ` : ''}${n}/${s.total}] ${ins.original}`;
}

/** Created time of a config-only entry: the newest entry's (stable across cached rebuilds). */
function lastCreated(s: ImageState, fallbackMs: number): string {
  return s.history.lastCreated() ?? rfc3339Nano(fallbackMs);
}

export async function fsStep(
  sess: Session,
  s: StageRun,
  ins: Instruction,
  work: FsWork,
): Promise<StepResult> {
  if (sess.legacy) return legacyStep(sess, s, ins, work.legacyCreatedBy, work.config, work);
  s.step++;
  const name = stepName(s, ins);
  const key = hashKey(s.state.key, ins.kind, ins.original, ...work.keyParts);
  const v = sess.vertices.start(name);
  const hit = sess.req.noCache ? undefined : sess.cache.get(key);
  if (hit) {
    s.state = hit;
    sess.deps.emit?.({ type: 'build/step-cached', build: sess.id, step: name });
    sess.vertices.done(v, { cached: true });
    return STEP_OK;
  }
  await sess.req.pace(COST.stepOverhead);
  const c = createStepContainer(sess, s.state, name);
  const sink = new LineSink((line) => sess.vertices.log(v, line));
  const r = await work.run(c, sink);
  if (!r.ok) {
    c.remove();
    sess.vertices.done(v, { error: r.message });
    return stepError(r.message, ins, 1);
  }
  const layer = c.commit();
  c.remove();
  if (layer && s.state.layers.length + 1 > MAX_LAYERS) {
    const message = `layerlab: the lab stops at ${MAX_LAYERS} layers, the depth Docker's layer store accepts (a real build gets "max depth exceeded" when it exports the image)`;
    sess.vertices.done(v, { error: message });
    return stepError(message, ins, 1);
  }
  const history: HistoryEntry = {
    created: rfc3339Nano(sess.deps.clock.now()),
    created_by: work.buildkitSuffix ? `${work.createdBy} # buildkit` : work.createdBy,
    comment: BUILDKIT_COMMENT,
  };
  s.state = withLayer(s.state, key, layer, history, work.config ?? s.state.config);
  sess.cache.set(key, s.state);
  sess.vertices.done(v);
  return STEP_OK;
}

export async function configStep(
  sess: Session,
  s: StageRun,
  ins: Instruction,
  createdBy: { buildkit: string; legacy: string },
  config: RunConfig,
): Promise<StepResult> {
  if (sess.legacy) return legacyStep(sess, s, ins, createdBy.legacy, config, undefined);
  const key = hashKey(s.state.key, ins.kind, createdBy.buildkit);
  const history: HistoryEntry = {
    created: lastCreated(s.state, sess.deps.clock.now()),
    created_by: createdBy.buildkit,
    comment: BUILDKIT_COMMENT,
  };
  s.state = withConfig(s.state, key, config, history);
  sess.deps.emit?.({
    type: 'build/config-changed',
    build: sess.id,
    step: ins.original,
    createdBy: createdBy.buildkit,
  });
  return STEP_OK;
}

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

/** Legacy `container_config`: the run config with the step's command as Cmd. */
function containerConfig(
  containerId: string,
  parent: Digest | undefined,
  config: RunConfig,
  cmd: readonly string[],
): JsonValue {
  return JSON.parse(
    JSON.stringify({
      Hostname: containerId.slice(0, 12),
      Domainname: '',
      User: config.User ?? '',
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ...(config.ExposedPorts ? { ExposedPorts: config.ExposedPorts } : {}),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: config.Env ?? null,
      Cmd: cmd,
      Image: parent ?? '',
      Volumes: config.Volumes ?? null,
      WorkingDir: config.WorkingDir ?? '',
      Entrypoint: config.Entrypoint ?? null,
      OnBuild: config.OnBuild ?? null,
      Labels: config.Labels ?? {},
    }),
  ) as JsonValue;
}

/** The legacy builder's commit of one step: an image in the store whose parent is the last. */
function commitLegacyImage(
  sess: Session,
  s: StageRun,
  containerId: string,
  createdBy: string,
  config: RunConfig,
  layer: NewLayer | undefined,
): { ok: true; id: Digest } | { ok: false; message: string } {
  const st = s.state;
  const created = rfc3339Nano(sess.deps.clock.now());
  const cmd = createdBy.startsWith('/bin/sh -c ')
    ? ['/bin/sh', '-c', createdBy.slice('/bin/sh -c '.length)]
    : [createdBy];
  const image = {
    architecture: st.architecture,
    ...(st.variant ? { variant: st.variant } : {}),
    config: JSON.parse(JSON.stringify(config)) as JsonValue,
    container: containerId,
    container_config: containerConfig(containerId, st.imageId, config, cmd),
    created,
    docker_version: DOCKER_VERSION,
    history: JSON.parse(
      JSON.stringify([
        ...st.history.toArray(),
        { created, created_by: createdBy, ...(layer ? {} : { empty_layer: true }) },
      ]),
    ) as JsonValue,
    os: st.os,
    ...(st.imageId ? { parent: st.imageId } : {}),
    rootfs: { type: 'layers', diff_ids: [...st.diffIds, ...(layer ? [layer.diffId] : [])] },
  };
  const { id, json } = imageIdOf(image as JsonValue);
  const made = sess.deps.images.createImage({
    configJson: json,
    id,
    ...(st.baseChain !== undefined ? { parentChain: st.baseChain } : {}),
    layers: layer ? [{ changes: layer.layer.changes, diffId: layer.diffId, size: layer.size }] : [],
    ...(st.imageId ? { parentImage: st.imageId } : {}),
  });
  return made.ok ? { ok: true, id } : { ok: false, message: made.error.message };
}

function loadState(sess: Session, id: Digest, key: string): ImageState | undefined {
  const img = sess.deps.images.imageLayers(id);
  return img.ok ? { ...stateFromImage(img.value), key } : undefined;
}

async function legacyStep(
  sess: Session,
  s: StageRun,
  ins: Instruction,
  createdBy: string,
  config: RunConfig | undefined,
  work: FsWork | undefined,
): Promise<StepResult> {
  const out = (t: string): void => sess.stream(t);
  out(`Step ${++sess.legacyStep}/${sess.legacyTotal} : ${ins.original}\n`);
  const cfg = config ?? s.state.config;
  const key = hashKey(
    'legacy',
    s.state.imageId ?? s.state.key,
    createdBy,
    JSON.stringify(cfg),
    ...(work?.keyParts ?? []),
  );
  const cachedId = sess.req.noCache ? undefined : sess.cache.legacyImage(key);
  const cached = cachedId !== undefined ? loadState(sess, cachedId, key) : undefined;
  if (cachedId !== undefined && cached) {
    sess.deps.emit?.({
      type: 'build/step-cached',
      build: sess.id,
      step: `Step ${sess.legacyStep}/${sess.legacyTotal} : ${ins.original}`,
    });
    out(' ---> Using cache\n');
    out(` ---> ${short(cachedId)}\n`);
    s.state = cached;
    return STEP_OK;
  }
  const c = createStepContainer(sess, s.state, `Step ${sess.legacyStep}/${sess.legacyTotal}`);
  out(` ---> Running in ${c.id.slice(0, 12)}\n`);
  await sess.req.pace(COST.legacyContainer);
  if (work) {
    const sink = new LineSink(out);
    const r = await work.run(c, sink);
    if (!r.ok) {
      c.remove();
      return stepError(r.message, ins, r.exitCode ?? 1);
    }
  }
  const layer = work ? c.commit() : undefined;
  if (layer && s.state.layers.length + 1 > MAX_LAYERS) {
    c.remove();
    // moby's layer store refuses the commit (layer.ErrMaxDepthExceeded).
    return stepError('max depth exceeded', ins);
  }
  const made = commitLegacyImage(sess, s, c.id, createdBy, cfg, layer);
  c.remove();
  if (!made.ok) return stepError(made.message, ins);
  out(` ---> Removed intermediate container ${c.id.slice(0, 12)}\n`);
  out(` ---> ${short(made.id)}\n`);
  const next = loadState(sess, made.id, key);
  if (!next) return stepError('layerlab: the step image vanished', ins);
  s.state = next;
  sess.cache.setLegacyImage(key, made.id);
  return STEP_OK;
}
