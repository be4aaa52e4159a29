// The builder's data: what a build is asked to do, the image state a step works on, and what the
// builder needs from the rest of the engine (injected, never imported as globals).

import type { Clock } from '../../clock/clock';
import type { FileSystem } from '../../fs/types';
import type { ImagesApi } from '../../images';
import type { History } from './history';
import type { ImageRunConfig } from '../../images/catalog/types';
import type { ProcessRunner } from '../../containers/process';
import type { Random } from '../../random/random';
import type { Digest, Layer, StorageEmit } from '../../storage';
import type { World } from '../../world';
import type { BuildEmit } from './events';

/** Which builder runs the Dockerfile: BuildKit (`docker build`) or the legacy one (`DOCKER_BUILDKIT=0`). */
export type BuilderKind = 'buildkit' | 'legacy';

/** What the builder needs from the engine. */
export interface BuilderDeps {
  readonly images: ImagesApi;
  readonly runner: ProcessRunner;
  readonly clock: Clock;
  readonly random: Random;
  readonly emit?: BuildEmit;
  /** Where step containers' union mounts report copy-ups, whiteouts and commits. */
  readonly storageEmit?: StorageEmit;
  /** The outside world, for `ADD <url>`; absent: ADD of a URL says it is not modelled. */
  readonly world?: World;
}

/** The build context as the CLI sends it. */
export type ContextSource =
  /** A folder on the host (`docker build .`). */
  | { readonly kind: 'dir'; readonly fs: FileSystem; readonly path: string }
  /** `docker build - < Dockerfile`: no context at all. */
  | { readonly kind: 'none' };

export interface BuildRequest {
  readonly builder: BuilderKind;
  readonly dockerfile: string;
  /** As the user gave it (`Dockerfile`, `-f docker/Dockerfile.dev`): progress lines show it. */
  readonly dockerfileName: string;
  readonly context: ContextSource;
  /** `-t` values, already validated by the CLI. */
  readonly tags: readonly string[];
  readonly buildArgs: Readonly<Record<string, string | undefined>>;
  readonly labels: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly noCache: boolean;
  readonly pull: boolean;
  /**
   * Wait `ms` of lab time between progress updates (the CLI passes its `sleep`, so the build
   * animates at the lab's pace; instant in tests). Resolves false when interrupted.
   */
  readonly pace: (ms: number) => Promise<boolean>;
  /** Progress as it happens (vertex updates for BuildKit, the daemon's stream for legacy). */
  readonly onProgress: (p: import('./progress').BuildProgress) => void;
}

/** A mutable copy of an image's run config while a stage builds. */
export type RunConfig = { -readonly [K in keyof ImageRunConfig]: ImageRunConfig[K] };

/** One built layer not (yet) in the image store. */
export interface NewLayer {
  readonly layer: Layer;
  readonly diffId: Digest;
  readonly size: number;
  /** Lab ms when it was committed (BuildKit's history times come from here). */
  readonly createdMs: number;
}

/** The image a step starts from and the next step gets: layers, config, history. */
export interface ImageState {
  /** Identity of this state for the cache (a chain of step keys). */
  readonly key: string;
  /** All layers, top first: what a step container mounts. */
  readonly layers: readonly Layer[];
  /** DiffIDs bottom first (rootfs.diff_ids). */
  readonly diffIds: readonly Digest[];
  /** The base image's top ChainID in the store (undefined for scratch). */
  readonly baseChain?: Digest;
  /** Layers built on top of the base, bottom first. */
  readonly newLayers: readonly NewLayer[];
  readonly config: RunConfig;
  readonly history: History;
  readonly architecture: string;
  readonly os: string;
  readonly variant?: string;
  /** MAINTAINER: the config's `author`. */
  readonly author?: string;
  /** The image in the store this state is (the base, or a legacy step's image). */
  readonly imageId?: Digest;
}

export interface BuildResult {
  readonly imageId: Digest;
  /** Familiar tags applied (`myapp:latest`). */
  readonly tagged: readonly string[];
}

/** A build failure: the message BuildKit/the daemon prints and the Dockerfile line, if any. */
export interface BuildError {
  readonly message: string;
  readonly line?: number;
  readonly endLine?: number;
  /** The exit status `docker build` ends with (legacy passes a RUN's code on). */
  readonly exitCode: number;
}

export type BuildOutcome =
  | { readonly ok: true; readonly value: BuildResult }
  | { readonly ok: false; readonly error: BuildError };
