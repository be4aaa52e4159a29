// Content addressing (FIDELITY §7.1): DiffID = sha256 of the canonical layer tar; ChainID by the
// OCI rule; image ID = sha256 of the config JSON bytes; layer size = sum of regular file sizes.
// A committed layer never changes, so its DiffID and size are computed once and cached.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ReadonlyChangeset } from './changeset';
import type { FileNode } from './node';
import { dataSize } from './file-data';
import type { Layer } from './layer';
import { writeLayerTar } from './layer-tar';

/** `sha256:<64 hex>` — a DiffID, ChainID, image ID or blob digest. */
export type Digest = `sha256:${string}`;

export function sha256Digest(bytes: Uint8Array): Digest {
  return `sha256:${bytesToHex(sha256(bytes))}`;
}

export function sha256OfText(text: string): Digest {
  return sha256Digest(utf8ToBytes(text));
}

/** DiffID of any changeset (a container's live upper layer too). */
export function diffIdOfChanges(changes: ReadonlyChangeset): Digest {
  const h = sha256.create();
  writeLayerTar(changes, (chunk) => h.update(chunk));
  return `sha256:${bytesToHex(h.digest())}`;
}

/** Bytes the layer adds: regular files' sizes, each hard-linked file once; whiteouts count zero. */
export function sizeOfChanges(changes: ReadonlyChangeset): number {
  const seen = new Set<FileNode>();
  let size = 0;
  for (const [, n] of changes.entries()) {
    if (n.kind !== 'file' || seen.has(n)) continue;
    seen.add(n);
    size += dataSize(n.data);
  }
  return size;
}

const diffIds = new WeakMap<Layer, Digest>();
const sizes = new WeakMap<Layer, number>();

export function layerDiffId(layer: Layer): Digest {
  let d = diffIds.get(layer);
  if (d === undefined) diffIds.set(layer, (d = diffIdOfChanges(layer.changes)));
  return d;
}

/**
 * Record a layer's DiffID computed ahead of time (the image catalog's generated digests), so
 * `layerDiffId` need not tar and hash it. The caller vouches for it; the catalog's test rebuilds
 * every layer by hashing and compares.
 */
export function rememberDiffId(layer: Layer, diffId: Digest): void {
  diffIds.set(layer, diffId);
}

export function layerSize(layer: Layer): number {
  let s = sizes.get(layer);
  if (s === undefined) sizes.set(layer, (s = sizeOfChanges(layer.changes)));
  return s;
}

/** ChainID of the top of a stack given its DiffIDs bottom first (moby createChainIDFromParent). */
export function chainId(diffIdsBottomFirst: readonly Digest[]): Digest {
  let chain: Digest | undefined;
  for (const d of diffIdsBottomFirst)
    chain = chain === undefined ? d : sha256OfText(`${chain} ${d}`);
  if (chain === undefined) throw new RangeError('chainId of an empty stack');
  return chain;
}

/** ChainIDs of every prefix of the stack, bottom first. */
export function chainIds(diffIdsBottomFirst: readonly Digest[]): Digest[] {
  const out: Digest[] = [];
  for (const d of diffIdsBottomFirst) {
    const prev = out[out.length - 1];
    out.push(prev === undefined ? d : sha256OfText(`${prev} ${d}`));
  }
  return out;
}

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [k: string]: JsonValue };

// Go's encoding/json escapes these even inside strings (HTML safety): `&&` in a RUN line shows
// as \u0026\u0026 in real image configs.
const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c] as string);
}

/** Compact JSON with keys sorted, strings escaped as Go does: the bytes an image ID hashes. */
export function canonicalJson(v: JsonValue): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return JSON.stringify(v);
  if (typeof v === 'string') return goString(v);
  if (Array.isArray(v)) return `[${v.map((x: JsonValue) => canonicalJson(x)).join(',')}]`;
  const o = v as { readonly [k: string]: JsonValue };
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${goString(k)}:${canonicalJson(o[k] as JsonValue)}`).join(',')}}`;
}

/** Image ID and the exact config bytes it hashes (what imagedb/content/sha256/<id> holds). */
export function imageIdOf(config: JsonValue): { id: Digest; json: string } {
  const json = canonicalJson(config);
  return { id: sha256OfText(json), json };
}
