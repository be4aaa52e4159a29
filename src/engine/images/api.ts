// The images API the docker CLI calls: one object, operations named like the Engine API.
// Everything is synchronous except pull, which may have to load catalog data first.

import type { Clock } from '../clock/clock';
import type { Random } from '../random/random';
import type { Digest, DockerRootState, Layer } from '../storage';
import { imagesDiskUsage, type ImagesDiskUsage } from './disk-usage';
import { memoRootPart, type ImagesRootPart } from './docker-root';
import type { ImageError } from './errors';
import type { ImageEmit } from './events';
import { imageHistory, type HistoryItem } from './history';
import { parseImageConfig, timeMs } from './image-config';
import {
  createImageStore,
  putImage,
  putLayer,
  releaseLayer,
  retainLayer,
  type ImageEntry,
  type ImageStore,
  type IncomingLayer,
} from './image-store';
import { inspectImage, type ImageInspect } from './inspect';
import { listImages, summarize, type ImageFilters, type ImageSummary } from './list';
import { findImage } from './lookup';
import { pullImage, type PullPlan } from './pull';
import { pruneImages, type PruneReport } from './prune';
import { dockerHub, type Registry } from './registry';
import { removeImage, type DeleteRecord, type ImageUsage, type RemoveOptions } from './remove';
import { ok, type Result } from './result';
import { tagImage } from './tag';
import { DEFAULT_DOMAIN } from './reference';

export interface ImagesApiOptions {
  readonly clock: Clock;
  readonly random: Random;
  readonly emit: ImageEmit;
  /** Registries by domain; Docker Hub (the catalog) is always there. */
  readonly registries?: (domain: string) => Registry | undefined;
  /** Containers using an image (set later by the containers module via `setImageUsage`). */
  readonly imageUsage?: ImageUsage;
}

export interface ImagesApi {
  pullImage(ref: string): Promise<Result<PullPlan, ImageError>>;
  listImages(options?: {
    all?: boolean;
    filters?: ImageFilters;
  }): Result<ImageSummary[], ImageError>;
  /** Resolve a reference or ID (prefix) to an image, as every command taking IMAGE does. */
  getImage(refOrId: string): Result<ImageSummary, ImageError>;
  tagImage(source: string, target: string): Result<void, ImageError>;
  removeImage(refOrId: string, options?: RemoveOptions): Result<DeleteRecord[], ImageError>;
  imageHistory(refOrId: string): Result<HistoryItem[], ImageError>;
  inspectImage(refOrId: string): Result<ImageInspect, ImageError>;
  pruneImages(options?: { all?: boolean }): Result<PruneReport, ImageError>;
  diskUsage(): ImagesDiskUsage;
  /** Config, layers top first, for creating a container. */
  imageLayers(refOrId: string): Result<ImageLayers, ImageError>;
  /** Hold/release a layer chain (a container's RW layer holds the image's top layer). */
  retainLayer(chainId: Digest): void;
  releaseLayer(chainId: Digest): Digest[];
  /** Add an image made here (commit, build): layers on `parentChain`, the config's exact bytes. */
  createImage(input: CreateImageInput): Result<ImageSummary, ImageError>;
  setImageUsage(usage: ImageUsage): void;
  /** layers / images / repositories of /var/lib/docker (same object until something changes). */
  dockerRoot(): ImagesRootPart;
  /** The store itself, for the snapshot and for tests. */
  readonly store: ImageStore;
}

export interface ImageLayers {
  readonly image: ImageEntry;
  /** Top first, as a union mount wants its lowers. */
  readonly layers: readonly Layer[];
  readonly topChainId?: Digest;
}

export interface CreateImageInput {
  readonly configJson: string;
  readonly id: Digest;
  /** ChainID the new layers go on (the parent image's top layer). */
  readonly parentChain?: Digest;
  readonly layers: readonly IncomingLayer[];
  readonly parentImage?: Digest;
}

export function createImagesApi(o: ImagesApiOptions): ImagesApi {
  const s = createImageStore({ clock: o.clock, random: o.random, emit: o.emit });
  let usage: ImageUsage = o.imageUsage ?? (() => []);
  const registryFor = (domain: string): Registry | undefined =>
    domain === DEFAULT_DOMAIN ? dockerHub : o.registries?.(domain);
  const root = memoRootPart(s);
  const layersOnly = (): Pick<DockerRootState, 'layers'> => root();

  return {
    store: s,
    pullImage: (ref) => pullImage(s, ref, registryFor),
    listImages: (options) => listImages(s, options),
    getImage(refOrId) {
      const r = findImage(s, refOrId);
      return r.ok ? ok(summarize(s, r.value.image, usage)) : r;
    },
    tagImage: (source, target) => tagImage(s, source, target),
    removeImage: (refOrId, options) => removeImage(s, usage, refOrId, options),
    imageHistory: (refOrId) => imageHistory(s, refOrId),
    inspectImage: (refOrId) => inspectImage(s, layersOnly(), refOrId),
    pruneImages: (options) => pruneImages(s, usage, options),
    diskUsage: () => imagesDiskUsage(s, usage),
    imageLayers(refOrId) {
      const r = findImage(s, refOrId);
      if (!r.ok) return r;
      const image = r.value.image;
      const layers = [...image.chainIds]
        .reverse()
        .map((c) => s.layers.get(c)?.stored.layer)
        .filter((l): l is Layer => l !== undefined);
      const top = image.chainIds[image.chainIds.length - 1];
      return ok({ image, layers, ...(top !== undefined ? { topChainId: top } : {}) });
    },
    retainLayer: (c) => retainLayer(s, c),
    releaseLayer: (c) => releaseLayer(s, c),
    createImage(input) {
      let parent = input.parentChain;
      const chainIds: Digest[] = [];
      if (parent !== undefined) {
        // The new image's chain starts with the parent's.
        const below: Digest[] = [];
        for (
          let c: Digest | undefined = parent;
          c !== undefined;
          c = s.layers.get(c)?.stored.parent
        )
          below.unshift(c);
        chainIds.push(...below);
      }
      for (const l of input.layers) {
        parent = putLayer(s, parent, l).chainId;
        chainIds.push(parent);
      }
      const config = parseImageConfig(input.configJson);
      const { image } = putImage(s, {
        id: input.id,
        configJson: input.configJson,
        config,
        chainIds,
        createdMs: timeMs(config.created),
        ...(input.parentImage !== undefined ? { parent: input.parentImage } : {}),
      });
      return ok(summarize(s, image, usage));
    },
    setImageUsage(u) {
      usage = u;
    },
    dockerRoot: root,
  };
}
