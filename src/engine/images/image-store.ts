// The local image store: images by ID (exact config bytes), references (tags and digests) to IDs,
// and the layer store by ChainID with reference counts. A layer is held by the images whose top
// layer it is, by its child layers and by containers (retain/release); it goes when nobody holds it.

import type { Clock } from '../clock/clock';
import type { Random } from '../random/random';
import {
  chainId as chainIdOf,
  linkIdOf,
  newCacheId,
  type Digest,
  type Layer,
  type ReadonlyChangeset,
  type StoredLayer,
} from '../storage';
import type { ImageEmit } from './events';
import { familiarString, referenceString, type ImageReference } from './reference';
import type { ImageConfigJson } from './image-config';

export interface LayerEntry {
  readonly stored: StoredLayer;
  /** Holders: images whose top layer this is, child layers, containers. */
  refs: number;
  /** Compressed blob digest it was pulled as (push and `distribution/` use it). */
  readonly blobDigest?: Digest;
}

export interface ImageEntry {
  readonly id: Digest;
  readonly configJson: string;
  readonly config: ImageConfigJson;
  /** ChainIDs bottom first (empty for an image with no layers). */
  readonly chainIds: readonly Digest[];
  /** Legacy-builder parent image. */
  readonly parent?: Digest;
  /** Config `created`, in ms. */
  readonly createdMs: number;
  /** When `docker tag` (or a build) last named it; undefined = never. */
  lastTagMs?: number;
}

export interface RefEntry {
  readonly ref: ImageReference;
  readonly id: Digest;
}

/** A layer ready to go into the store (from the catalog, a registry or a commit). */
export interface IncomingLayer {
  readonly changes: ReadonlyChangeset;
  readonly diffId: Digest;
  readonly size: number;
  readonly blobDigest?: Digest;
}

export interface ImageStore {
  readonly images: Map<Digest, ImageEntry>;
  /** Full reference string (`docker.io/library/ubuntu:latest`, `…@sha256:…`) → entry. */
  readonly refs: Map<string, RefEntry>;
  readonly layers: Map<Digest, LayerEntry>;
  readonly clock: Clock;
  readonly random: Random;
  readonly emit: ImageEmit;
  /** Bumped on every change, so derived views (the /var/lib/docker state) know to rebuild. */
  version: number;
}

export function createImageStore(o: { clock: Clock; random: Random; emit: ImageEmit }): ImageStore {
  return { images: new Map(), refs: new Map(), layers: new Map(), version: 0, ...o };
}

/** Add a layer on `parent` (ChainID) unless present; returns its ChainID and whether it was new. */
export function putLayer(
  s: ImageStore,
  parent: Digest | undefined,
  incoming: IncomingLayer,
): { chainId: Digest; created: boolean } {
  const chainId = parent === undefined ? incoming.diffId : chainIdOf([parent, incoming.diffId]);
  if (s.layers.has(chainId)) return { chainId, created: false };
  const cacheId = newCacheId(s.random);
  const layer: Layer = Object.freeze({ id: cacheId, changes: incoming.changes });
  const stored: StoredLayer = {
    layer,
    chainId,
    diffId: incoming.diffId,
    ...(parent !== undefined ? { parent } : {}),
    cacheId,
    linkId: linkIdOf(cacheId),
    size: incoming.size,
    createdMs: s.clock.now(),
  };
  if (parent !== undefined) retainLayer(s, parent);
  s.layers.set(chainId, {
    stored,
    refs: 0,
    ...(incoming.blobDigest ? { blobDigest: incoming.blobDigest } : {}),
  });
  s.version++;
  return { chainId, created: true };
}

export function retainLayer(s: ImageStore, chainId: Digest): void {
  const l = s.layers.get(chainId);
  if (l) l.refs++;
}

/** Drop one hold; layers nobody holds are removed, top first. Returns the removed ChainIDs. */
export function releaseLayer(s: ImageStore, chainId: Digest | undefined): Digest[] {
  const removed: Digest[] = [];
  for (let c = chainId; c !== undefined;) {
    const l = s.layers.get(c);
    if (!l) break;
    l.refs--;
    if (l.refs > 0) break;
    s.layers.delete(c);
    s.version++;
    removed.push(c);
    s.emit({
      type: 'layer/removed',
      chainId: c,
      cacheId: l.stored.cacheId,
      size: l.stored.size,
    });
    c = l.stored.parent;
  }
  return removed;
}

/** Size of an image: its layers' uncompressed sizes. */
export function imageSize(s: ImageStore, img: ImageEntry): number {
  let size = 0;
  for (const c of img.chainIds) size += s.layers.get(c)?.stored.size ?? 0;
  return size;
}

export function topChainId(img: ImageEntry): Digest | undefined {
  return img.chainIds[img.chainIds.length - 1];
}

/** References to an image, sorted by their full string (refstore's lexical order). */
export function referencesOf(s: ImageStore, id: Digest): ImageReference[] {
  return [...s.refs.entries()]
    .filter(([, r]) => r.id === id)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r.ref);
}

/** Point a reference at an image; an image that loses it is told. Returns true if it changed. */
export function addReference(
  s: ImageStore,
  ref: ImageReference,
  id: Digest,
  byPull = false,
): boolean {
  const key = referenceString(ref);
  const old = s.refs.get(key);
  if (old?.id === id) return false;
  const timeMs = s.clock.now();
  if (old)
    s.emit({
      type: 'image/untagged',
      imageId: old.id,
      ref: familiarString(ref),
      timeMs,
      moved: true,
    });
  s.refs.set(key, { ref, id });
  s.version++;
  if (ref.tag !== undefined)
    s.emit({
      type: 'image/tagged',
      imageId: id,
      ref: familiarString(ref),
      timeMs,
      ...(byPull ? { byPull } : {}),
    });
  return true;
}

export function deleteReference(s: ImageStore, ref: ImageReference): boolean {
  const key = referenceString(ref);
  const old = s.refs.get(key);
  if (!old) return false;
  s.refs.delete(key);
  s.version++;
  s.emit({
    type: 'image/untagged',
    imageId: old.id,
    ref: familiarString(ref),
    timeMs: s.clock.now(),
  });
  return true;
}

/** Register an image whose layers are in the store; holds its top layer. Idempotent by ID. */
export function putImage(
  s: ImageStore,
  entry: Omit<ImageEntry, 'lastTagMs'>,
): { image: ImageEntry; created: boolean } {
  const existing = s.images.get(entry.id);
  if (existing) return { image: existing, created: false };
  const image: ImageEntry = { ...entry };
  const top = topChainId(image);
  if (top !== undefined) retainLayer(s, top);
  s.images.set(image.id, image);
  s.version++;
  return { image, created: true };
}

/** Images whose legacy parent is `id`. */
export function childrenOf(s: ImageStore, id: Digest): ImageEntry[] {
  return [...s.images.values()].filter((i) => i.parent === id);
}

export const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);
