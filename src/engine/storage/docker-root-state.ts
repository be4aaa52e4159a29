// The small state the host's /var/lib/docker view is generated from. The images and containers
// modules own the real records and hand this shape in; nothing here is stored twice.

import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Random } from '../random/random';
import type { ReadonlyChangeset } from './changeset';
import type { Digest } from './digest';
import type { Layer } from './layer';

/** One entry of the layer store (layerdb/sha256/<chainID>/ and overlay2/<cacheId>/). */
export interface StoredLayer {
  readonly layer: Layer;
  readonly chainId: Digest;
  readonly diffId: Digest;
  /** ChainID of the layer below; absent for a base layer. */
  readonly parent?: Digest;
  /** 64 hex: the overlay2 directory name. */
  readonly cacheId: string;
  /** 26 chars of A–Z2–7: the l/ short link name. */
  readonly linkId: string;
  readonly size: number;
  readonly createdMs?: number;
}

export interface ImageRecord {
  readonly id: Digest;
  /** The exact config bytes (imagedb/content/sha256/<id>). */
  readonly configJson: string;
  readonly parent?: Digest;
  readonly createdMs?: number;
}

export interface ContainerRecord {
  /** 64 hex container ID. */
  readonly id: string;
  /** 64 hex: overlay2 directory of the RW layer; the init layer is `<mountId>-init`. */
  readonly mountId: string;
  readonly linkId: string;
  readonly initLinkId: string;
  readonly init: Layer;
  /** The live writable layer (a union mount's `upper`). */
  readonly upper: ReadonlyChangeset;
  /** ChainID of the image's top layer. */
  readonly imageChainId: Digest;
  readonly running: boolean;
  /** Files of containers/<id>/ (config.v2.json, hostconfig.json, hosts, …), name → text. */
  readonly files?: Readonly<Record<string, string>>;
  readonly createdMs?: number;
}

export interface DockerRootState {
  /** Keyed by ChainID. */
  readonly layers: ReadonlyMap<Digest, StoredLayer>;
  readonly images: readonly ImageRecord[];
  /** repositories.json's "Repositories" object: repo → { "repo:tag" or "repo@digest" → image ID }. */
  readonly repositories: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly containers: readonly ContainerRecord[];
  /** Contents of /var/lib/docker/engine-id. */
  readonly engineId?: string;
}

export const DOCKER_ROOT = '/var/lib/docker';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A 64-hex overlay2 directory name, from the lab's seeded randomness. */
export function newCacheId(random: Random): string {
  return random.hex(64);
}

/** The 26-char l/ link name for a directory, derived from its name so it is stable and unique. */
export function linkIdOf(dirName: string): string {
  const h = sha256(utf8ToBytes(`overlay2-link ${dirName}`));
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const byte of h) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 26) {
      out += BASE32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
    if (out.length === 26) break;
  }
  return out;
}

/** The layer store entries from `chainId` down to the base, top first. */
export function layerChain(state: DockerRootState, chainId: Digest | undefined): StoredLayer[] {
  const out: StoredLayer[] = [];
  for (let c = chainId; c !== undefined;) {
    const l = state.layers.get(c);
    if (!l) break;
    out.push(l);
    c = l.parent;
  }
  return out;
}

/** The `lower` file of a layer directory: `l/<A>:l/<B>:…`, nearest first. */
export function lowerFileOf(links: readonly string[]): string {
  return links.map((l) => `l/${l}`).join(':');
}

/** The container's lower links, top first: its -init layer, then the image from the top. */
export function containerLowerLinks(state: DockerRootState, c: ContainerRecord): string[] {
  return [c.initLinkId, ...layerChain(state, c.imageChainId).map((l) => l.linkId)];
}

/** The line `mount` prints for a running container's root filesystem. */
export function mountLine(state: DockerRootState, c: ContainerRecord): string {
  const dir = `${DOCKER_ROOT}/overlay2/${c.mountId}`;
  const lower = containerLowerLinks(state, c)
    .map((l) => `${DOCKER_ROOT}/overlay2/l/${l}`)
    .join(':');
  return `overlay on ${dir}/merged type overlay (rw,relatime,lowerdir=${lower},upperdir=${dir}/diff,workdir=${dir}/work)`;
}

/** `mount` lines for every running container, in the order given. */
export function mountLines(state: DockerRootState): string[] {
  return state.containers.filter((c) => c.running).map((c) => mountLine(state, c));
}
