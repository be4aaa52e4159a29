// The end of a BuildKit build: the target stage's state becomes an image in the store (config
// JSON → image ID), its new layers are added on the base's chain, and the tags move to it.
//
// Created times are deterministic: a layer's history entry carries the lab time it was
// committed, a config-only entry the time of the entry before it, and the image's `created` is
// the newest of them. A fully cached rebuild therefore reproduces the same config bytes and the
// same image ID, as BuildKit's exporter does (it takes times from the cached refs).

import { imageIdOf, type Digest, type JsonValue } from '../../storage';
import { timeMs } from '../../images/image-config';
import type { BuilderDeps, ImageState } from './types';

export function imageConfigOf(s: ImageState): JsonValue {
  let created = '';
  let best = -1;
  const history = s.history.toArray();
  for (const h of history) {
    const t = timeMs(h.created);
    if (h.created && t >= best) {
      best = t;
      created = h.created;
    }
  }
  return JSON.parse(
    JSON.stringify({
      architecture: s.architecture,
      ...(s.variant ? { variant: s.variant } : {}),
      ...(s.author ? { author: s.author } : {}),
      config: s.config,
      ...(created ? { created } : {}),
      history,
      os: s.os,
      rootfs: { type: 'layers', diff_ids: s.diffIds },
    }),
  ) as JsonValue;
}

export function exportImage(
  deps: BuilderDeps,
  s: ImageState,
): { ok: true; id: Digest } | { ok: false; message: string } {
  const { id, json } = imageIdOf(imageConfigOf(s));
  const made = deps.images.createImage({
    configJson: json,
    id,
    ...(s.baseChain !== undefined ? { parentChain: s.baseChain } : {}),
    layers: s.newLayers.map((l) => ({ changes: l.layer.changes, diffId: l.diffId, size: l.size })),
  });
  return made.ok ? { ok: true, id } : { ok: false, message: made.error.message };
}
