// FROM image [AS name]: the stage's starting state. A base image is found as the docker driver's
// BuildKit finds it (a local image first, the registry with --pull or when missing; pulled images
// land in the store), or a previous stage, or `scratch`. The base's ONBUILD triggers run here.

import {
  familiarName,
  familiarString,
  fullName,
  parseNormalizedNamed,
  pullMessages,
} from '../../../images';
import { parseDockerfile } from '../../dockerfile';
import { expandWord, envFromList } from '../../index';
import { stepError, STEP_OK, type ResolvedBase, type Session, type StepResult } from '../session';
import { scratchState, stateFromImage } from '../state';
import { bkBytes } from '../units';
import type { Instruction } from '../../instructions/types';
import type { Dispatch } from './common';

/** `failed to resolve source metadata …` (BuildKit) or the daemon's pull error (legacy). */
export async function resolveBase(
  sess: Session,
  written: string,
): Promise<{ ok: true; base: ResolvedBase } | { ok: false; error: string }> {
  const hit = sess.bases.get(written);
  if (hit) return { ok: true, base: hit };
  const parsed = parseNormalizedNamed(written);
  if (!parsed.ok) {
    return {
      ok: false,
      error: sess.legacy
        ? `invalid reference format: repository name (${written}) must be lowercase`
        : `failed to parse stage name "${written}": invalid reference format`,
    };
  }
  const named = parsed.value;
  const withTag =
    named.tag === undefined && named.digest === undefined ? { ...named, tag: 'latest' } : named;
  const ref =
    fullName(withTag) +
    (withTag.tag !== undefined ? `:${withTag.tag}` : '') +
    (withTag.digest ? `@${withTag.digest}` : '');
  const images = sess.deps.images;
  if (!sess.req.pull) {
    const local = images.imageLayers(written);
    if (local.ok) {
      const base: ResolvedBase = { state: stateFromImage(local.value), ref };
      sess.bases.set(written, base);
      return { ok: true, base };
    }
  }
  const refsBefore = new Set(images.store.refs.keys());
  const pulled = await images.pullImage(written);
  if (!pulled.ok) {
    if (sess.legacy) return { ok: false, error: pulled.error.message };
    const e = pulled.error;
    const why =
      e.code === 'pull-access-denied'
        ? 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
        : e.code === 'manifest-unknown'
          ? `${ref}: not found`
          : e.message;
    return {
      ok: false,
      error: `${familiarName(withTag)}${withTag.tag ? `:${withTag.tag}` : ''}: failed to resolve source metadata for ${ref}: ${why}`,
    };
  }
  const img = images.imageLayers(pulled.value.imageId);
  if (!img.ok) return { ok: false, error: img.error.message };
  if (!sess.legacy) keepInBuildCache(sess, pulled.value.imageId, img.value.topChainId, refsBefore);
  const base: ResolvedBase = {
    state: stateFromImage(img.value),
    ref,
    digest: pulled.value.digest,
    plan: pulled.value,
  };
  sess.bases.set(written, base);
  return { ok: true, base };
}

/**
 * BuildKit keeps the bases it pulls in its own cache: their layers are on disk (the docker
 * driver's snapshotter shares overlay2 with the image store) but no image or tag appears in
 * `docker images`. The images API only pulls into the store, so the builder holds the base's top
 * layer itself and takes back the references this pull added; an image that was already there
 * under another name keeps that name. The legacy builder's pulls stay in the store, as in moby.
 */
function keepInBuildCache(
  sess: Session,
  imageId: string,
  topChain: string | undefined,
  refsBefore: ReadonlySet<string>,
): void {
  const images = sess.deps.images;
  if (topChain !== undefined) sess.holdLayer(topChain);
  const added: string[] = [];
  for (const [key, entry] of images.store.refs)
    if (!refsBefore.has(key) && entry.id === imageId) added.push(familiarString(entry.ref));
  for (const ref of added) images.removeImage(ref, { noPrune: true });
}

export async function resolveImageState(
  sess: Session,
  written: string,
): Promise<{ ok: true; state: ResolvedBase['state'] } | { ok: false; error: string }> {
  const r = await resolveBase(sess, written);
  return r.ok ? { ok: true, state: r.base.state } : r;
}

/** The FROM image after global ARG expansion. */
export function fromImageName(
  sess: Session,
  ins: Instruction & { kind: 'FROM' },
): { ok: true; name: string } | { ok: false; error: string } {
  const list: string[] = [];
  for (const [k, v] of sess.metaArgs) if (v !== undefined) list.push(`${k}=${v}`);
  const r = expandWord(ins.image, envFromList(list));
  if (!r.ok) return { ok: false, error: r.error };
  if (r.value === '')
    return { ok: false, error: 'base name (${' + ins.image + '}) should not be blank' };
  return { ok: true, name: r.value };
}

/** Pace of a pull shown on the FROM line: a few hundred ms up to ~2 s, by bytes. */
function pullMs(bytes: number): number {
  return Math.min(1600, 300 + bytes / 250_000);
}

async function showPull(sess: Session, v: number, base: ResolvedBase): Promise<void> {
  const plan = base.plan;
  if (!plan) return;
  const vx = sess.vertices;
  vx.status(v, 'resolve', `resolve ${base.ref.replace(/@.*$/, '')}@${plan.digest}`, true);
  const todo = plan.layers.filter((l) => l.status === 'download');
  const total = todo.reduce((n, l) => n + l.compressedSize, 0);
  const budget = pullMs(total);
  for (const l of todo) {
    const hex = l.blobDigest.replace(/^sha256:/, '');
    vx.status(v, `dl:${hex}`, `sha256:${hex} 0B / ${bkBytes(l.compressedSize)}`, false);
    await sess.req.pace(total > 0 ? (budget * 0.65 * l.compressedSize) / total : 0);
    vx.status(
      v,
      `dl:${hex}`,
      `sha256:${hex} ${bkBytes(l.compressedSize)} / ${bkBytes(l.compressedSize)}`,
      true,
    );
  }
  for (const l of todo) {
    vx.status(v, `x:${l.blobDigest}`, `extracting ${l.blobDigest}`, false);
    await sess.req.pace(total > 0 ? (budget * 0.35 * l.compressedSize) / total : 0);
    vx.status(v, `x:${l.blobDigest}`, `extracting ${l.blobDigest}`, true);
  }
}

function legacyPullLines(sess: Session, base: ResolvedBase): void {
  if (!base.plan) return;
  const last = new Map<string, string>();
  const order: string[] = [];
  const plain: string[] = [];
  for (const m of pullMessages(base.plan)) {
    if (m.current !== undefined) continue;
    if (m.id === undefined) {
      plain.push(m.status);
      continue;
    }
    if (!last.has(m.id)) order.push(m.id);
    last.set(m.id, m.status);
  }
  for (const id of order) sess.stream(`${id}: ${last.get(id)}\n`);
  for (const p of plain) sess.stream(`${p}\n`);
}

export const dispatchFrom: Dispatch<'FROM'> = async (sess, s, ins) => {
  if (sess.legacy) sess.stream(`Step ${++sess.legacyStep}/${sess.legacyTotal} : ${ins.original}\n`);
  const name = fromImageName(sess, ins);
  if (!name.ok) return stepError(name.error, ins);
  const stageIdx = sess.stageNames.get(name.name.toLowerCase());
  if (stageIdx !== undefined && stageIdx < s.stage.index) {
    const st = sess.stageResults.get(stageIdx);
    if (!st) return stepError(`layerlab: stage ${name.name} was not built`, ins);
    // A copy: the stage's result may be reused by other stages (ENV must not extend its Env).
    s.state = { ...st };
    if (sess.legacy && st.imageId) sess.stream(` ---> ${st.imageId.slice(7, 19)}\n`);
    return runOnbuild(sess, s);
  }
  if (name.name.toLowerCase() === 'scratch') {
    s.state = scratchState();
    if (sess.legacy) sess.stream(' ---> \n');
    return STEP_OK;
  }
  const r = await resolveBase(sess, name.name);
  if (!r.ok) return stepError(r.error, ins);
  s.state = r.base.state;
  s.shell = s.state.config.Shell ? [...s.state.config.Shell] : ['/bin/sh', '-c'];
  if (sess.legacy) {
    legacyPullLines(sess, r.base);
    sess.stream(` ---> ${(s.state.imageId ?? '').slice(7, 19)}\n`);
  } else {
    s.step++;
    const width = String(s.total).length;
    const label = `[${s.label ? `${s.label} ` : ''}${String(s.step).padStart(width, ' ')}/${s.total}]`;
    const v = sess.vertices.start(
      `${label} FROM ${r.base.ref}${r.base.digest ? `@${r.base.digest}` : ''}`,
    );
    await showPull(sess, v, r.base);
    sess.vertices.done(v);
  }
  return runOnbuild(sess, s);
};

/** The base image's ONBUILD triggers, run as if written right after FROM. */
async function runOnbuild(sess: Session, s: Parameters<Dispatch<'FROM'>>[1]): Promise<StepResult> {
  const triggers = s.state.config.OnBuild ?? [];
  if (triggers.length === 0) return STEP_OK;
  s.state = { ...s.state, config: { ...s.state.config, OnBuild: null } };
  for (const t of triggers) {
    const parsed = parseDockerfile(`FROM scratch\n${t}\n`);
    if (!parsed.ok) return stepError(parsed.error.message);
    const ins = parsed.stages[0]?.instructions[0];
    if (!ins) continue;
    const r = await sess.dispatch(s, ins);
    if (!r.ok) return r;
  }
  return STEP_OK;
}
