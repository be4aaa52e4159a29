// Image states: what FROM starts a stage with, and how each step makes the next one. States are
// immutable values; a step returns a new one, so a cached result can be reused as it is.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ImageLayers } from '../../images';
import type { HistoryEntry } from '../../images/image-config';
import type { Digest } from '../../storage';
import { History } from './history';
import type { ImageState, NewLayer, RunConfig } from './types';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function hashKey(...parts: readonly string[]): string {
  return bytesToHex(sha256(utf8ToBytes(parts.join('\u0000'))));
}

export function scratchState(): ImageState {
  return {
    key: 'scratch',
    layers: [],
    diffIds: [],
    newLayers: [],
    config: { Env: [`PATH=${DEFAULT_PATH}`] },
    history: History.of([]),
    architecture: 'amd64',
    os: 'linux',
  };
}

/**
 * A config a step may edit. Env is shared, not copied: only ENV changes it, and ENV makes a new
 * array (or extends one it owns, see env-index.ts).
 */
function copyConfig(c: RunConfig | undefined, copyEnv = false): RunConfig {
  const out: RunConfig = { ...(c ?? {}) };
  if (out.Env && copyEnv) out.Env = [...out.Env];
  if (out.Labels) out.Labels = { ...out.Labels };
  if (out.ExposedPorts) out.ExposedPorts = { ...out.ExposedPorts };
  if (out.Volumes) out.Volumes = { ...out.Volumes };
  return out;
}

export function stateFromImage(img: ImageLayers): ImageState {
  const cfg = img.image.config;
  return {
    key: `image:${img.image.id}`,
    layers: img.layers,
    diffIds: (cfg.rootfs.diff_ids ?? []) as Digest[],
    ...(img.topChainId !== undefined ? { baseChain: img.topChainId } : {}),
    newLayers: [],
    config: copyConfig(cfg.config as RunConfig | undefined),
    history: History.of(cfg.history ?? []),
    architecture: cfg.architecture,
    os: cfg.os,
    ...(cfg.variant !== undefined ? { variant: cfg.variant } : {}),
    imageId: img.image.id,
  };
}

/** A config-only step: new config, one `empty_layer` history entry. */
export function withConfig(
  s: ImageState,
  key: string,
  config: RunConfig,
  history: HistoryEntry,
): ImageState {
  const { imageId: _drop, ...rest } = s;
  return { ...rest, key, config, history: s.history.push({ ...history, empty_layer: true }) };
}

/** A filesystem step: the layer (or none, when nothing changed) and its history entry. */
export function withLayer(
  s: ImageState,
  key: string,
  layer: NewLayer | undefined,
  history: HistoryEntry,
  config: RunConfig = s.config,
): ImageState {
  const { imageId: _drop, ...rest } = s;
  if (!layer)
    return { ...rest, key, config, history: s.history.push({ ...history, empty_layer: true }) };
  return {
    ...rest,
    key,
    config,
    layers: [layer.layer, ...s.layers],
    diffIds: [...s.diffIds, layer.diffId],
    newLayers: [...s.newLayers, layer],
    history: s.history.push(history),
  };
}

export { copyConfig };

/** `KEY=value` lookups on a config's Env (first definition wins, as Docker reads it). */
export function envValue(env: readonly string[] | undefined, key: string): string | undefined {
  for (const e of env ?? []) {
    const eq = e.indexOf('=');
    if ((eq < 0 ? e : e.slice(0, eq)) === key) return eq < 0 ? '' : e.slice(eq + 1);
  }
  return undefined;
}

/** Set `KEY=value` in an Env list, replacing an earlier definition in place. */
export function setEnv(env: readonly string[] | undefined, key: string, value: string): string[] {
  const out = [...(env ?? [])];
  const i = out.findIndex((e) => e === key || e.startsWith(`${key}=`));
  if (i >= 0) out[i] = `${key}=${value}`;
  else out.push(`${key}=${value}`);
  return out;
}
