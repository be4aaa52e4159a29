// Pull: resolve the reference at its registry, put the layers the store lacks (by ChainID), keep
// the ones it has (`Already exists`), register the image, move the tag and record the digest.
// The result is a plan the CLI prints and the director replays as progress.

import type { Digest } from '../storage';
import {
  invalidReference,
  manifestUnknown,
  pullAccessDenied,
  registryUnreachable,
  reservedName,
  type ImageError,
} from './errors';
import { parseImageConfig, timeMs } from './image-config';
import { addReference, putImage, putLayer, type ImageStore } from './image-store';
import {
  familiarName,
  familiarString,
  parseNormalizedNamed,
  referenceString,
  tagNameOnly,
  type ImageReference,
} from './reference';
import type { Registry } from './registry';
import { err, ok, type Result } from './result';

export interface PullLayerStep {
  /** First 12 hex of the compressed blob digest: the progress line's ID. */
  readonly id: string;
  readonly blobDigest: Digest;
  readonly chainId: Digest;
  readonly diffId: Digest;
  /** `exists`: `Already exists`; `download`: fetched and extracted now. */
  readonly status: 'exists' | 'download';
  readonly compressedSize: number;
  readonly size: number;
  readonly cacheId: string;
}

export interface PullPlan {
  /** `docker.io/library/nginx:latest` (the CLI's last line). */
  readonly ref: string;
  /** `nginx:latest` (the Status line). */
  readonly familiar: string;
  /** `latest`, or the digest when pulling by digest: the banner's message ID. */
  readonly tagOrDigest: string;
  /** Path inside the registry: `library/nginx` (`latest: Pulling from library/nginx`). */
  readonly repository: string;
  /** The user gave no tag: the CLI prints `Using default tag: latest` first. */
  readonly defaultTag: boolean;
  readonly layers: readonly PullLayerStep[];
  readonly digest: Digest;
  readonly imageId: Digest;
  /** `Downloaded newer image for …` when a reference moved, else `Image is up to date for …`. */
  readonly updated: boolean;
}

export type RegistryFor = (domain: string) => Registry | undefined;

export async function pullImage(
  s: ImageStore,
  input: string,
  registryFor: RegistryFor,
): Promise<Result<PullPlan, ImageError>> {
  const parsed = parseNormalizedNamed(input);
  if (!parsed.ok) return err(invalidReference(parsed.error.message));
  const named = parsed.value;
  if (familiarName(named) === 'scratch') return err(reservedName('scratch'));
  const ref: ImageReference =
    named.digest !== undefined
      ? { domain: named.domain, path: named.path, digest: named.digest }
      : tagNameOnly(named);
  const registry = registryFor(ref.domain);
  if (!registry) return err(registryUnreachable(ref.domain));
  const found = await registry.resolve(
    ref.path,
    ref.digest !== undefined ? { digest: ref.digest } : { tag: ref.tag as string },
  );
  if (found.kind === 'no-repository') {
    return err(pullAccessDenied(familiarName(ref)));
  }
  if (found.kind === 'no-manifest') return err(manifestUnknown(familiarString(ref)));
  const remote = found.image;
  const familiar = familiarString(ref);

  // Everything below is synchronous: the store changes in one step.
  const layers: PullLayerStep[] = [];
  let parent: Digest | undefined;
  for (const l of remote.layers) {
    const { chainId, created } = putLayer(s, parent, l);
    const cacheId = s.layers.get(chainId)?.stored.cacheId ?? '';
    layers.push({
      id: l.blobDigest.slice(7, 19),
      blobDigest: l.blobDigest,
      chainId,
      diffId: l.diffId,
      status: created ? 'download' : 'exists',
      compressedSize: l.blobSize,
      size: l.size,
      cacheId,
    });
    s.emit(
      created
        ? {
            type: 'image/layer-downloaded',
            ref: familiar,
            chainId,
            diffId: l.diffId,
            blobDigest: l.blobDigest,
            cacheId,
            size: l.size,
            compressedSize: l.blobSize,
          }
        : { type: 'image/layer-reused', ref: familiar, chainId, blobDigest: l.blobDigest, cacheId },
    );
    parent = chainId;
  }
  const config = parseImageConfig(remote.configJson);
  putImage(s, {
    id: remote.id,
    configJson: remote.configJson,
    config,
    chainIds: layers.map((l) => l.chainId),
    createdMs: timeMs(config.created),
  });
  const digestRef: ImageReference = { domain: ref.domain, path: ref.path, digest: remote.digest };
  let updated = addReference(s, digestRef, remote.id, true);
  if (ref.tag !== undefined) updated = addReference(s, ref, remote.id, true) || updated;
  s.emit({
    type: 'image/pulled',
    timeMs: s.clock.now(),
    ref: familiar,
    imageId: remote.id,
    digest: remote.digest,
    layers: layers.map((l) => l.chainId),
    downloaded: layers.filter((l) => l.status === 'download').length,
    reused: layers.filter((l) => l.status === 'exists').length,
  });
  return ok({
    ref: referenceString(ref),
    familiar,
    tagOrDigest: ref.tag ?? (ref.digest as string),
    repository: ref.path,
    defaultTag: named.tag === undefined && named.digest === undefined,
    layers,
    digest: remote.digest,
    imageId: remote.id,
    updated,
  });
}

/** One progress message of the pull stream (jsonmessage): `<id>: <status> <progress>`. */
export interface PullMessage {
  readonly id?: string;
  readonly status: string;
  /** Bytes done / total for Downloading and Extracting. */
  readonly current?: number;
  readonly total?: number;
}

/**
 * The daemon's message stream for a plan, in order: banner, per-layer statuses (three downloads
 * at a time, the rest `Waiting`), `Digest:` and `Status:`. `steps` progress messages per
 * download and per extraction; the director paces them, a non-TTY printer drops the ones with
 * byte counts.
 */
export function pullMessages(plan: PullPlan, steps = 4): PullMessage[] {
  const out: PullMessage[] = [{ id: plan.tagOrDigest, status: `Pulling from ${plan.repository}` }];
  const todo = plan.layers.filter((l) => l.status === 'download');
  for (const l of plan.layers)
    out.push({ id: l.id, status: l.status === 'exists' ? 'Already exists' : 'Pulling fs layer' });
  todo.slice(3).forEach((l) => out.push({ id: l.id, status: 'Waiting' }));
  for (const l of todo) {
    for (let i = 1; i <= steps; i++)
      out.push({
        id: l.id,
        status: 'Downloading',
        current: Math.round((l.compressedSize * i) / steps),
        total: l.compressedSize,
      });
    out.push({ id: l.id, status: 'Verifying Checksum' }, { id: l.id, status: 'Download complete' });
  }
  // Extraction is in layer order, one at a time.
  for (const l of todo) {
    for (let i = 1; i <= steps; i++)
      out.push({
        id: l.id,
        status: 'Extracting',
        current: Math.round((l.compressedSize * i) / steps),
        total: l.compressedSize,
      });
    out.push({ id: l.id, status: 'Pull complete' });
  }
  out.push({ status: `Digest: ${plan.digest}` });
  out.push({
    status: `Status: ${plan.updated ? 'Downloaded newer image' : 'Image is up to date'} for ${plan.familiar}`,
  });
  return out;
}
