// The catalog's data shapes: an image is written as history steps (the Dockerfile as Docker Hub
// shows it), some of which carry a layer; the builder turns that into layers, config and digests.

import type { JsonValue, LayerEntrySpec } from '../../storage';

/** One layer as data. Layers with the same `key` are the same layer in every image that uses them. */
export interface LayerSpec {
  readonly key: string;
  /** Files whose content matters (texts learners read, named binaries). */
  readonly entries: () => readonly LayerEntrySpec[];
  /** Uncompressed size to reach (bytes); filler files under `fill` make up the difference. */
  readonly size: number;
  /** Paths for filler files (libraries, docs, modules): realistic names, blob contents. */
  readonly fill?: () => readonly string[];
  /** gzip ratio for the compressed blob (default 0.38). */
  readonly compression?: number;
  /** mtime of the layer's files (default: the step's created time). */
  readonly mtime?: string;
}

export interface HistoryStep {
  /** RFC 3339 (UTC). */
  readonly created: string;
  readonly createdBy: string;
  readonly comment?: string;
  /** Absent: a metadata-only step (`empty_layer: true`). */
  readonly layer?: LayerSpec;
}

/** The image config's `config` object (OCI plus Docker's extensions), every key optional. */
export interface ImageRunConfig {
  readonly User?: string;
  readonly ExposedPorts?: Readonly<Record<string, Record<string, never>>>;
  readonly Env?: readonly string[];
  readonly Entrypoint?: readonly string[];
  readonly Cmd?: readonly string[];
  readonly Volumes?: Readonly<Record<string, Record<string, never>>>;
  readonly WorkingDir?: string;
  readonly Labels?: Readonly<Record<string, string>>;
  readonly StopSignal?: string;
  readonly ArgsEscaped?: boolean;
  readonly Shell?: readonly string[];
  readonly OnBuild?: readonly string[] | null;
}

export interface ImageSpec {
  /** Path in the registry: `library/ubuntu`. */
  readonly repository: string;
  readonly tag: string;
  readonly steps: readonly HistoryStep[];
  readonly config: ImageRunConfig;
  /** Set for images built by the legacy builder (`docker_version` in the config). */
  readonly dockerVersion?: string;
  readonly author?: string;
  /** Other platforms in the tag's index (default amd64 + arm64/v8). */
  readonly platforms?: readonly string[];
}

export type { JsonValue };
