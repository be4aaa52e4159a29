// ContainerCommit (moby daemon/commit.go, image.NewChildImage): seal the writable layer into a new
// image on top of the container's image. The history entry's `created_by` is the container's Cmd
// joined with spaces and its comment is `-m`; an unchanged container adds no layer (the entry is
// `empty_layer`), as NewChildImage does. Pauses the container while it commits unless told not to.

import { rfc3339Nano } from '../images';
import type { ImageConfigJson } from '../images/image-config';
import type { ImageRunConfig } from '../images/catalog/types';
import {
  commitChanges,
  imageIdOf,
  layerChain,
  layerDiffId,
  layerSize,
  newCacheId,
  type Digest,
  type DockerRootState,
  type JsonValue,
} from '../storage';
import { applyChanges } from './changes';
import { type Ctx, who } from './context';
import { imageError, invalidArgument } from './errors';
import { findContainer } from './lookup';
import { fail, isError, ok, type Result } from './result';
import type { ContainerConfig } from './types';

export const EMPTY_LAYER_DIFF_ID =
  'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

export const DOCKER_VERSION = '28.2.2';

export interface CommitOptions {
  /** `repo[:tag]` to name the image; none leaves it dangling. */
  readonly reference?: string;
  readonly message?: string;
  readonly author?: string;
  /** `-c` lines. */
  readonly changes?: readonly string[];
  /** Default true. */
  readonly pause?: boolean;
}

/** The image run config a container's Config becomes (omitempty fields dropped). */
function runConfigOf(c: ContainerConfig): ImageRunConfig {
  const out: { -readonly [K in keyof ImageRunConfig]: ImageRunConfig[K] } = {};
  if (c.User) out.User = c.User;
  if (c.ExposedPorts) out.ExposedPorts = c.ExposedPorts;
  if (c.Env.length > 0) out.Env = c.Env;
  if (c.Entrypoint) out.Entrypoint = c.Entrypoint;
  if (c.Cmd) out.Cmd = c.Cmd;
  if (c.Volumes) out.Volumes = c.Volumes;
  if (c.WorkingDir) out.WorkingDir = c.WorkingDir;
  if (Object.keys(c.Labels).length > 0) out.Labels = c.Labels;
  if (c.StopSignal) out.StopSignal = c.StopSignal;
  return out;
}

const json = (v: unknown): JsonValue => JSON.parse(JSON.stringify(v)) as JsonValue;

export function commitContainer(
  ctx: Ctx,
  ref: string,
  o: CommitOptions = {},
): Result<{ id: Digest }> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  if (o.reference !== undefined && o.reference.includes('@'))
    return fail(invalidArgument('refusing to create a tag with a digest reference'));
  const runConfig = applyChanges(runConfigOf(c.config), o.changes ?? []);
  if (isError(runConfig)) return fail(runConfig);

  const pause = (o.pause ?? true) && c.state.running && !c.state.paused;
  if (pause) ctx.emit({ type: 'container/paused', ...who(ctx, c) });
  const layer = commitChanges(c.mount.upper, {
    id: newCacheId(ctx.random),
    ...(ctx.storageEmit ? { emit: ctx.storageEmit } : {}),
    mount: c.id,
  });
  if (pause) ctx.emit({ type: 'container/unpaused', ...who(ctx, c) });
  const diffId = layerDiffId(layer);
  const empty = diffId === EMPTY_LAYER_DIFF_ID;

  const parent = ctx.images.store.images.get(c.imageId);
  const parentConfig: ImageConfigJson | undefined = parent?.config;
  const root = ctx.images.dockerRoot() as DockerRootState;
  const parentDiffIds =
    parentConfig?.rootfs.diff_ids ??
    layerChain(root, c.imageTopChainId)
      .map((l) => l.diffId)
      .reverse();
  const created = rfc3339Nano(ctx.clock.now());
  const history = {
    created,
    ...(o.author ? { author: o.author } : {}),
    created_by: (c.config.Cmd ?? []).join(' '),
    ...(o.message ? { comment: o.message } : {}),
    ...(empty ? { empty_layer: true } : {}),
  };
  const config = {
    architecture: parentConfig?.architecture ?? 'amd64',
    ...(parentConfig?.variant ? { variant: parentConfig.variant } : {}),
    ...(o.author ? { author: o.author } : {}),
    ...(o.message ? { comment: o.message } : {}),
    config: json(runConfig),
    container: c.id,
    container_config: json(c.config),
    created,
    docker_version: DOCKER_VERSION,
    history: json([...(parentConfig?.history ?? []), history]),
    os: parentConfig?.os ?? 'linux',
    rootfs: { type: 'layers', diff_ids: [...parentDiffIds, ...(empty ? [] : [diffId])] },
  };
  const { id, json: configJson } = imageIdOf(config);
  const made = ctx.images.createImage({
    configJson,
    id,
    ...(c.imageTopChainId !== undefined ? { parentChain: c.imageTopChainId } : {}),
    layers: empty ? [] : [{ changes: layer.changes, diffId, size: layerSize(layer) }],
    ...(parent ? { parentImage: c.imageId } : {}),
  });
  if (!made.ok) return fail(imageError(made.error.message));
  if (o.reference !== undefined) {
    const tagged = ctx.images.tagImage(id, o.reference);
    if (!tagged.ok) return fail(imageError(tagged.error.message));
  }
  ctx.emit({
    type: 'container/committed',
    ...who(ctx, c),
    imageId: id,
    ...(o.reference !== undefined ? { ref: o.reference } : {}),
  });
  return ok({ id });
}
