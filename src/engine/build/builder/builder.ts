// The builder: runs a Dockerfile as BuildKit (the default `docker build`) or the legacy builder
// (`DOCKER_BUILDKIT=0`) would, on the engine's images and the injected process runner. One step
// at a time, each filesystem step in a temporary container on the previous step's layers; the
// cache lives as long as the builder (the engine), as BuildKit's does.

import { familiarString, fullName, parseNormalizedNamed } from '../../images';
import { parseDockerfile, type ParsedDockerfile } from '../dockerfile';
import type { LintWarning } from '../instructions/lint';
import type { Instruction } from '../instructions/types';
import { BuildCache } from './cache';
import { NO_CONTEXT, openContext, type BuildContext } from './context';
import type { Dispatch } from './dispatch/common';
import { fromImageName, resolveBase } from './dispatch/from';
import { DISPATCHERS } from './dispatch/registry';
import { exportImage } from './export';
import { stepError, type Session, type StageRun, type StepResult } from './session';
import { expandSource } from './sources';
import { at, conversionError, missingContextSource, solveVertexCount } from './solve-checks';
import { checksumRef } from './transfer';
import { neededStages, stageNames, stepTotal, targetIndex, usesContext } from './stages';
import { scratchState } from './state';
import type { Digest } from '../../storage';
import type { BuildError, BuildRequest, BuilderDeps, BuildResult, ImageState } from './types';
import { bkBytes } from './units';
import { Vertices } from './vertices';
import { expandWord, envFromList } from '../index';

export interface BuildReport {
  readonly outcome:
    | { readonly ok: true; readonly value: BuildResult }
    | { readonly ok: false; readonly error: BuildError };
  /** Lint warnings for the stages that were built (printed after the build). */
  readonly warnings: readonly LintWarning[];
  /** The parsed Dockerfile (for source excerpts), when it parsed. */
  readonly dockerfile?: ParsedDockerfile;
}

export interface Builder {
  build(req: BuildRequest): Promise<BuildReport>;
  /** `docker builder prune`. */
  readonly cache: BuildCache;
}

const fail = (
  error: BuildError,
  warnings: readonly LintWarning[] = [],
  dockerfile?: ParsedDockerfile,
): BuildReport => ({
  outcome: { ok: false, error },
  warnings,
  ...(dockerfile ? { dockerfile } : {}),
});

/**
 * The legacy builder writes an image config per instruction holding the whole history so far, so
 * its cost grows with the square of the length (real moby's too, at ~0.1 s a step). Past this the
 * lab says so instead of freezing the page; BuildKit has no such limit.
 */
const LEGACY_STEP_LIMIT = 500;

/** Per context folder: what BuildKit already has of each file (its sender skips unchanged ones). */
type SentFiles = Map<string, string>;

function transferBytes(
  sess: Session,
  stages: readonly number[],
  df: ParsedDockerfile,
  sent: SentFiles,
): number {
  const ctx = sess.context;
  let bytes = 0;
  const seen = new Set<string>();
  for (const i of stages) {
    for (const ins of df.stages[i]?.instructions ?? []) {
      if (!((ins.kind === 'COPY' && ins.from === undefined) || ins.kind === 'ADD')) continue;
      for (const src of ins.sources) {
        if (/^https?:\/\//i.test(src)) continue;
        for (const rel of expandSource(ctx, src)) {
          ctx.walk(rel, (e) => {
            if (e.stat.type !== 'file' || seen.has(e.rel)) return;
            seen.add(e.rel);
            const sum = ctx.checksum(e.rel);
            if (sent.get(e.rel) !== sum) {
              bytes += e.stat.size;
              sent.set(e.rel, sum);
            }
          });
        }
      }
    }
  }
  return bytes;
}

function metaArgValues(
  df: ParsedDockerfile,
  req: BuildRequest,
  unused: Set<string>,
): Map<string, string | undefined> {
  const m = new Map<string, string | undefined>();
  for (const ins of df.metaArgs)
    for (const a of ins.args) {
      let v: string | undefined;
      if (a.value !== undefined) {
        const list: string[] = [];
        for (const [k, val] of m) if (val !== undefined) list.push(`${k}=${val}`);
        const r = expandWord(a.value, envFromList(list));
        v = r.ok ? r.value : a.value;
      }
      if (Object.hasOwn(req.buildArgs, a.key)) {
        const given = req.buildArgs[a.key];
        if (given !== undefined) v = given;
        unused.delete(a.key);
      }
      m.set(a.key, v);
    }
  return m;
}

async function dispatchOne(sess: Session, s: StageRun, ins: Instruction): Promise<StepResult> {
  const dispatch = DISPATCHERS[ins.kind] as Dispatch<typeof ins.kind> as (
    a: Session,
    b: StageRun,
    c: Instruction,
  ) => Promise<StepResult>;
  let r: StepResult;
  try {
    r = await dispatch(sess, s, ins);
  } catch (e) {
    // Instructions report failures as values; an exception here is a lab bug, said plainly.
    r = stepError(
      `layerlab: internal error in ${ins.kind}: ${e instanceof Error ? e.message : String(e)}`,
      ins,
    );
  }
  return r;
}

async function runStage(
  sess: Session,
  s: StageRun,
  instructions: readonly Instruction[],
): Promise<StepResult> {
  for (const ins of instructions) {
    const r = await dispatchOne(sess, s, ins);
    if (!r.ok) return r;
  }
  return { ok: true };
}

export function createBuilder(deps: BuilderDeps): Builder {
  const cache = new BuildCache();
  const sentByContext = new Map<string, SentFiles>();
  /** Layer chains BuildKit holds for bases it pulled (released by `docker builder prune`). */
  const held = new Set<string>();
  let builds = 0;

  /** The build that emitted build/started (a parse error ends a build before it starts). */
  let started: string | undefined;

  /** Every started build ends with build/finished, with the error when it failed. */
  async function build(req: BuildRequest): Promise<BuildReport> {
    started = undefined;
    const r = await run(req);
    if (!r.outcome.ok && started !== undefined)
      deps.emit?.({
        type: 'build/finished',
        build: started,
        tags: [],
        error: r.outcome.error.message,
      });
    return r;
  }

  async function run(req: BuildRequest): Promise<BuildReport> {
    const legacy = req.builder === 'legacy';
    const clock = deps.clock;
    const vertices = new Vertices(clock, req.onProgress, !legacy);
    const buildId = `build-${++builds}`;
    const context: BuildContext =
      req.context.kind === 'dir' ? openContext(req.context.fs, req.context.path) : NO_CONTEXT;

    // [internal] load build definition
    const defV = vertices.start(`[internal] load build definition from ${req.dockerfileName}`);
    const defBytes = new TextEncoder().encode(req.dockerfile).length;
    vertices.status(
      defV,
      'transferring dockerfile:',
      `transferring dockerfile: ${bkBytes(defBytes)}`,
      false,
    );
    await req.pace(30);
    vertices.status(
      defV,
      'transferring dockerfile:',
      `transferring dockerfile: ${bkBytes(defBytes)}`,
      true,
    );
    vertices.done(defV);

    const parsed = parseDockerfile(req.dockerfile);
    if (!parsed.ok) {
      const e = parsed.error;
      return fail({
        message: e.message,
        exitCode: 1,
        ...(e.line > 0
          ? { line: e.line, ...(e.endLine !== undefined ? { endLine: e.endLine } : {}) }
          : {}),
      });
    }
    const df = parsed;
    const target = targetIndex(df, req.target);
    if (target === undefined) {
      return fail(
        {
          message: legacy
            ? `failed to reach build target ${req.target ?? ''} in Dockerfile`
            : `target stage "${req.target ?? ''}" could not be found`,
          exitCode: 1,
        },
        [],
        df,
      );
    }
    const needed = neededStages(df.stages, target, legacy);
    const names = stageNames(df.stages);
    const unusedArgs = new Set(Object.keys(req.buildArgs));
    const metaArgs = metaArgValues(df, req, unusedArgs);
    const legacyTotal =
      df.metaArgs.length +
      df.stages
        .filter((st) => st.index <= target)
        .reduce((n, st) => n + 1 + st.instructions.length, 0);
    if (legacy && legacyTotal > LEGACY_STEP_LIMIT)
      return fail(
        {
          message: `layerlab: the legacy builder commits an image per instruction; the lab stops at ${LEGACY_STEP_LIMIT} instructions (this Dockerfile has ${legacyTotal.toLocaleString('en-US')}); BuildKit builds it`,
          exitCode: 1,
        },
        [],
        df,
      );
    const sess: Session = {
      deps,
      req,
      legacy,
      id: buildId,
      context,
      cache,
      vertices,
      stageResults: new Map(),
      stageNames: names,
      unusedArgs,
      metaArgs,
      bases: new Map(),
      legacyStep: 0,
      legacyTotal,
      stream: (text) => req.onProgress({ type: 'stream', text }),
      dispatch: (s, ins) => dispatchOne(sess, s, ins),
      holdLayer(chainId) {
        if (held.has(chainId)) return;
        held.add(chainId);
        deps.images.retainLayer(chainId as Digest);
      },
    };
    started = buildId;
    deps.emit?.({
      type: 'build/started',
      build: buildId,
      builder: req.builder,
      steps: legacyTotal,
    });
    const warnings = df.warnings.filter(
      (w) => w.rule !== 'JSONArgsRecommended' || needed.includes(w.stage),
    );

    if (legacy)
      for (const ins of df.metaArgs) {
        sess.stream(`Step ${++sess.legacyStep}/${legacyTotal} : ${ins.original}\n`);
      }

    if (!legacy) {
      // [internal] load metadata for each base image the needed stages use, [auth] when the
      // registry was asked, then .dockerignore.
      const authed = new Set<string>();
      for (const i of needed) {
        const st = df.stages[i];
        if (!st) continue;
        const img = fromImageName(sess, st.from);
        if (!img.ok)
          return fail({ message: img.error, exitCode: 1, line: st.from.line }, warnings, df);
        const lower = img.name.toLowerCase();
        if (
          lower === 'scratch' ||
          (names.has(lower) && (names.get(lower) ?? 0) < i) ||
          sess.bases.has(img.name)
        )
          continue;
        const parsedRef = parseNormalizedNamed(img.name);
        const shown = parsedRef.ok
          ? `${fullName(parsedRef.value)}${parsedRef.value.digest ? `@${parsedRef.value.digest}` : `:${parsedRef.value.tag ?? 'latest'}`}`
          : img.name;
        const mv = vertices.start(`[internal] load metadata for ${shown}`);
        const r = await resolveBase(sess, img.name);
        if (!r.ok) {
          vertices.done(mv, { error: r.error });
          // The excerpt points at the FROM (zhaarey/wrapper#33 shows it so).
          return fail({ message: r.error, exitCode: 1, ...at(st.from) }, warnings, df);
        }
        if (r.base.digest !== undefined) {
          await req.pace(600);
          const repo = parsedRef.ok ? parsedRef.value.path : img.name;
          if (!authed.has(repo)) {
            authed.add(repo);
            const av = vertices.start(`[auth] ${repo}:pull token for registry-1.docker.io`);
            vertices.done(av);
          }
        }
        vertices.done(mv);
      }
      const iv = vertices.start('[internal] load .dockerignore');
      const ign = `transferring context: ${bkBytes(context.dockerignoreSize || 2)}`;
      vertices.status(iv, 'transferring context:', ign, false);
      await req.pace(20);
      vertices.status(iv, 'transferring context:', ign, true);
      vertices.done(iv);
      const bad = conversionError(df, needed);
      if (bad) return fail(bad, warnings, df);
      vertices.plan(
        solveVertexCount(
          df,
          needed,
          names,
          needed.some((i) => {
            const st = df.stages[i];
            return st ? usesContext(st) : false;
          }),
        ),
      );
    }

    let contextShown =
      legacy ||
      !needed.some((i) => {
        const st = df.stages[i];
        return st ? usesContext(st) : false;
      });
    const key = req.context.kind === 'dir' ? req.context.path : '-';
    let sent = sentByContext.get(key);
    if (!sent) sentByContext.set(key, (sent = new Map()));

    let last: ImageState | undefined;
    for (const i of needed) {
      const stage = df.stages[i];
      if (!stage) continue;
      const multi = needed.length > 1 || df.stages.length > 1;
      const s: StageRun = {
        stage,
        label: multi ? (stage.name ?? `stage-${stage.index}`) : '',
        state: scratchState(),
        args: new Map(),
        step: 0,
        total: stepTotal(stage, names),
        shell: ['/bin/sh', '-c'],
        cmdSet: false,
      };
      const fromR = await DISPATCHERS.FROM(sess, s, stage.from);
      if (!fromR.ok) return fail(fromR.error, warnings, df);
      if (!contextShown) {
        contextShown = true;
        const cv = vertices.start('[internal] load build context');
        const bytes = transferBytes(sess, needed, df, sent);
        const t = `transferring context: ${bkBytes(Math.max(bytes, 2))}`;
        vertices.status(cv, 'transferring context:', t, false);
        await req.pace(30 + bytes / 1_000_000);
        vertices.status(cv, 'transferring context:', t, true);
        vertices.done(cv);
        const missing = missingContextSource(df, needed, names, context);
        if (missing) {
          const ev = vertices.start(missing.vertex);
          const message = `failed to compute cache key: failed to calculate checksum of ref ${checksumRef(deps.random)}: "/${missing.source}": not found`;
          vertices.done(ev, { error: message });
          return fail({ message, exitCode: 1, ...at(missing.ins) }, warnings, df);
        }
      }
      const r = await runStage(sess, s, stage.instructions);
      if (!r.ok) return fail(r.error, warnings, df);
      sess.stageResults.set(i, s.state);
      last = s.state;
    }
    if (!last) return fail({ message: 'layerlab: nothing to build', exitCode: 1 }, warnings, df);

    let result: ImageState = last;
    if (!legacy && Object.keys(req.labels).length > 0)
      result = {
        ...result,
        config: { ...result.config, Labels: { ...(result.config.Labels ?? {}), ...req.labels } },
      };

    let imageId = result.imageId;
    if (!legacy) {
      vertices.plan(0);
      const ev = vertices.start('exporting to image');
      vertices.status(ev, 'exporting layers', 'exporting layers', false);
      await req.pace(60 + 40 * result.newLayers.length);
      vertices.status(ev, 'exporting layers', 'exporting layers', true);
      const made = exportImage(deps, result);
      if (!made.ok) {
        vertices.done(ev, { error: made.message });
        return fail({ message: made.message, exitCode: 1 }, warnings, df);
      }
      imageId = made.id;
      vertices.status(ev, 'writing image', `writing image ${made.id}`, true);
      for (const t of req.tags) {
        const p = parseNormalizedNamed(t);
        const shown = p.ok
          ? `${fullName(p.value)}${p.value.tag !== undefined ? `:${p.value.tag}` : ''}`
          : t;
        vertices.status(ev, `naming ${t}`, `naming to ${shown}`, true);
      }
      vertices.done(ev);
    }
    if (!imageId)
      return fail({ message: 'layerlab: the build produced no image', exitCode: 1 }, warnings, df);
    const tagged: string[] = [];
    for (const t of req.tags) {
      const r = deps.images.tagImage(imageId, t);
      if (!r.ok) return fail({ message: r.error.message, exitCode: 1 }, warnings, df);
      const p = parseNormalizedNamed(t);
      tagged.push(
        p.ok
          ? familiarString(
              p.value.tag === undefined && p.value.digest === undefined
                ? { ...p.value, tag: 'latest' }
                : p.value,
            )
          : t,
      );
    }
    deps.emit?.({ type: 'build/finished', build: buildId, imageId, tags: tagged });
    return { outcome: { ok: true, value: { imageId, tagged } }, warnings, dockerfile: df };
  }

  return { build, cache };
}
