// From an ImageSpec to what a registry would serve: layers (built once and shared by key), the
// config JSON and its ID, compressed blob digests, the manifest and the multi-arch index digest.
//
// Every digest here is a SHA-256 of something the spec fully determines, so they are computed
// ahead of time (scripts/gen-catalog-digests.ts writes digests.generated.ts) and a pull only
// builds the layers' files: hashing the layer tars took most of the first `docker pull`'s time.
// An image missing from that file is hashed here as before; digests.test.ts rebuilds every image
// by hashing and fails when the file is stale.

import {
  canonicalJson,
  createLayer,
  layerDiffId,
  layerSize,
  rememberDiffId,
  sha256OfText,
  type Digest,
  type JsonValue,
  type Layer,
  type LayerEntrySpec,
} from '../../storage';
import { CATALOG_DIGESTS, type ImageDigests } from './digests.generated';
import { hashInt, saltedBlob } from './files';
import type { ImageSpec, LayerSpec } from './types';

export interface CatalogLayer {
  readonly key: string;
  /** Shared template layer (id `catalog:<key>`); the store wraps its changeset under a cache ID. */
  readonly layer: Layer;
  readonly diffId: Digest;
  readonly size: number;
  /** The part of `size` in the spec's explicit entries (the rest is filler files). */
  readonly explicitSize: number;
  /** Digest of the gzip blob in the registry: what pull lines show (first 12 hex). */
  readonly blobDigest: Digest;
  readonly blobSize: number;
}

export interface CatalogImage {
  readonly repository: string;
  readonly tag: string;
  readonly layers: readonly CatalogLayer[];
  readonly config: JsonValue;
  readonly configJson: string;
  readonly id: Digest;
  readonly created: string;
  /** The amd64 manifest. */
  readonly manifestDigest: Digest;
  readonly manifestSize: number;
  /** The tag's index digest: the `Digest:` line of a pull and the RepoDigests entry. */
  readonly indexDigest: Digest;
}

const built = new Map<string, CatalogLayer>();

/** What the generated file knows of a layer (else it is hashed and measured). */
interface KnownLayer {
  readonly diffId: Digest;
  readonly blobDigest: Digest;
  /** The layer's size (regular files' bytes) … */
  readonly size: number;
  /** … and its explicit entries' part of it, which sizes the filler files. */
  readonly explicit: number;
}

function buildLayer(spec: LayerSpec, created: string, known?: KnownLayer): CatalogLayer {
  const mtimeMs = Date.parse(spec.mtime ?? created);
  const entries: LayerEntrySpec[] = [...spec.entries()];
  const explicit = known?.explicit ?? layerSize(createLayer({ id: 'probe', entries, mtimeMs }));
  const rest = spec.size - explicit;
  if (rest > 0 && spec.fill) {
    const taken = new Set(entries.map((e) => e.path));
    const paths = spec.fill().filter((p) => !taken.has(p));
    const weights = paths.map((p) => 1 + hashInt(p, 9));
    const total = weights.reduce((a, b) => a + b, 0);
    let left = rest;
    paths.forEach((p, i) => {
      const size =
        i === paths.length - 1 ? left : Math.floor((rest * (weights[i] as number)) / total);
      left -= size;
      entries.push({
        path: p,
        type: 'file',
        mode: /\/(s?bin|libexec)\//.test(p) ? 0o755 : 0o644,
        data: saltedBlob(spec.key, p, size), // filler: its digest when read
      });
    });
  }
  const layer = createLayer({ id: `catalog:${spec.key}`, entries, mtimeMs });
  if (known) rememberDiffId(layer, known.diffId);
  const diffId = layerDiffId(layer);
  const size = known?.size ?? layerSize(layer);
  const ratio = spec.compression ?? 0.38;
  return {
    key: spec.key,
    layer,
    diffId,
    size,
    explicitSize: explicit,
    blobDigest: known?.blobDigest ?? sha256OfText(`layerlab gzip ${diffId}`),
    blobSize: Math.max(32, Math.round(size * ratio)),
  };
}

/** Go's json.MarshalIndent(v, "", "   ") for plain data: what the registry serves. */
const indent3 = (v: unknown): string => JSON.stringify(v, null, 3);

/** The catalog image a spec describes, its digests from the generated file when it has them. */
export function buildImage(spec: ImageSpec): CatalogImage {
  const known = CATALOG_DIGESTS[`${spec.repository}:${spec.tag}`];
  let n = 0;
  return assemble(
    spec,
    (l, created) => {
      const k = known?.layers[n++];
      const cached = built.get(l.key);
      if (cached) return cached;
      const out = buildLayer(
        l,
        created,
        k && {
          diffId: `sha256:${k[0]}`,
          blobDigest: `sha256:${k[1]}`,
          size: k[2],
          explicit: k[3],
        },
      );
      built.set(l.key, out);
      return out;
    },
    known,
  );
}

/**
 * The image built from scratch with every digest hashed (fresh layers, nothing shared or looked
 * up): what the generator writes down and the test compares with.
 */
export function hashImage(spec: ImageSpec): CatalogImage {
  return assemble(spec, (l, created) => buildLayer(l, created));
}

function assemble(
  spec: ImageSpec,
  layerOf: (spec: LayerSpec, created: string) => CatalogLayer,
  known?: ImageDigests,
): CatalogImage {
  const layers: CatalogLayer[] = [];
  const history: JsonValue[] = [];
  for (const s of spec.steps) {
    if (s.layer) layers.push(layerOf(s.layer, s.created));
    history.push({
      created: s.created,
      created_by: s.createdBy,
      ...(s.comment !== undefined ? { comment: s.comment } : {}),
      ...(s.layer ? {} : { empty_layer: true }),
    });
  }
  const created = spec.steps[spec.steps.length - 1]?.created ?? '1970-01-01T00:00:00Z';
  const config: JsonValue = {
    architecture: 'amd64',
    ...(spec.author !== undefined ? { author: spec.author } : {}),
    config: spec.config as JsonValue,
    created,
    ...(spec.dockerVersion !== undefined ? { docker_version: spec.dockerVersion } : {}),
    history,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
  };
  // The image's own digests apply only over the layers they were computed with (a layer shared
  // by key with an image built earlier is that image's layer).
  const same =
    known !== undefined &&
    known.layers.length === layers.length &&
    layers.every((l, i) => l.diffId === `sha256:${known.layers[i]?.[0]}`);
  const json = canonicalJson(config);
  const id: Digest = same ? `sha256:${known.id}` : sha256OfText(json);
  const manifest = indent3({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: json.length,
      digest: id,
    },
    layers: layers.map((l) => ({
      mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
      size: l.blobSize,
      digest: l.blobDigest,
    })),
  });
  const manifestSize = manifest.length;
  if (same) {
    return {
      repository: spec.repository,
      tag: spec.tag,
      layers,
      config,
      configJson: json,
      id,
      created,
      manifestDigest: `sha256:${known.manifest}`,
      manifestSize,
      indexDigest: `sha256:${known.index}`,
    };
  }
  const manifestDigest = sha256OfText(manifest);
  const platforms = spec.platforms ?? ['linux/arm64/v8'];
  const index = indent3({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        digest: manifestDigest,
        size: manifest.length,
        platform: { architecture: 'amd64', os: 'linux' },
      },
      ...platforms.map((p) => {
        const [os, architecture, variant] = p.split('/');
        return {
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          digest: sha256OfText(`${manifestDigest} ${p}`),
          size: manifest.length,
          platform: { architecture, os, ...(variant ? { variant } : {}) },
        };
      }),
    ],
  });
  return {
    repository: spec.repository,
    tag: spec.tag,
    layers,
    config,
    configJson: json,
    id,
    created,
    manifestDigest,
    manifestSize,
    indexDigest: sha256OfText(index),
  };
}
