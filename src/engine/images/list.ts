// `docker images` data (GET /images/json): one summary per image, newest first; dangling images
// (no tag) show as <none>; intermediate images (untagged parents) only with `all`.

import type { Digest } from '../storage';
import { invalidFilter, type ImageError } from './errors';
import {
  childrenOf,
  imageSize,
  referencesOf,
  type ImageEntry,
  type ImageStore,
} from './image-store';
import { findImage } from './lookup';
import { familiarName, familiarString } from './reference';
import { err, ok, type Result } from './result';
import type { ImageUsage } from './remove';

export interface ImageSummary {
  readonly id: Digest;
  readonly parentId: string;
  /** Familiar `name:tag` strings; empty for a dangling image. */
  readonly repoTags: readonly string[];
  /** Familiar `name@sha256:…` strings. */
  readonly repoDigests: readonly string[];
  /** Seconds since the epoch (config `created`). */
  readonly created: number;
  readonly size: number;
  readonly sharedSize: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly containers: number;
}

/** `--filter` values: key → values (several values of one key are ORed, keys ANDed). */
export type ImageFilters = Readonly<Record<string, readonly string[]>>;

const KNOWN = ['dangling', 'label', 'before', 'since', 'reference', 'until'];

/** path.Match-style glob (`*`, `?`, no `/` crossing). */
function globMatch(pattern: string, s: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${re}$`).test(s);
}

export function summarize(s: ImageStore, img: ImageEntry, usage?: ImageUsage): ImageSummary {
  const refs = referencesOf(s, img.id);
  return {
    id: img.id,
    parentId: img.parent ?? '',
    repoTags: refs.filter((r) => r.tag !== undefined).map(familiarString),
    repoDigests: refs.filter((r) => r.digest !== undefined).map(familiarString),
    created: Math.floor(img.createdMs / 1000),
    size: imageSize(s, img),
    sharedSize: -1,
    labels: img.config.config?.Labels ?? {},
    containers: usage ? usage(img.id).length : -1,
  };
}

export function listImages(
  s: ImageStore,
  options: { all?: boolean; filters?: ImageFilters } = {},
): Result<ImageSummary[], ImageError> {
  const f = options.filters ?? {};
  for (const k of Object.keys(f))
    if (!KNOWN.includes(k)) return err(invalidFilter(`invalid filter '${k}'`));
  const dangling = f['dangling']?.[0];
  if (dangling !== undefined && dangling !== 'true' && dangling !== 'false')
    return err(invalidFilter(`invalid filter 'dangling=${dangling}'`));
  const bound = (key: 'before' | 'since'): Result<number | undefined, ImageError> => {
    const v = f[key]?.[0];
    if (v === undefined) return ok(undefined);
    const r = findImage(s, v);
    return r.ok ? ok(r.value.image.createdMs) : r;
  };
  const before = bound('before');
  if (!before.ok) return before;
  const since = bound('since');
  if (!since.ok) return since;

  const out: ImageSummary[] = [];
  for (const img of s.images.values()) {
    const sum = summarize(s, img);
    const isDangling = sum.repoTags.length === 0;
    if (dangling === 'true' && !isDangling) continue;
    if (dangling === 'false' && isDangling) continue;
    if (before.value !== undefined && img.createdMs >= before.value) continue;
    if (since.value !== undefined && img.createdMs <= since.value) continue;
    const labels = f['label'];
    if (labels && !labels.every((l) => matchLabel(sum.labels, l))) continue;
    let { repoTags, repoDigests } = sum;
    const refFilter = f['reference'];
    if (refFilter) {
      // moby keeps each reference, tag or digest, that reference.FamiliarMatch accepts (the
      // pattern against `name:tag` / `name@digest`, then against `name`); an image left with
      // neither is not listed. So `docker images ubuntu@sha256:…` shows its `<none>` row.
      const keep = (nameEnd: (r: string) => number) => (r: string) =>
        refFilter.some((p) => globMatch(p, r) || globMatch(p, r.slice(0, nameEnd(r))));
      repoTags = repoTags.filter(keep((t) => t.lastIndexOf(':')));
      repoDigests = repoDigests.filter(keep((d) => d.indexOf('@')));
      if (repoTags.length === 0 && repoDigests.length === 0) continue;
    }
    if (
      !options.all &&
      isDangling &&
      sum.repoDigests.length === 0 &&
      childrenOf(s, img.id).length > 0
    )
      continue;
    out.push({ ...sum, repoTags, repoDigests });
  }
  out.sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  return ok(out);
}

function matchLabel(labels: Readonly<Record<string, string>>, filter: string): boolean {
  const i = filter.indexOf('=');
  if (i < 0) return filter in labels;
  return labels[filter.slice(0, i)] === filter.slice(i + 1);
}

/** The familiar repository name of a summary row (`<none>` for dangling). */
export const repositoryOf = (tag: string): string =>
  tag === '' ? '<none>' : tag.slice(0, tag.lastIndexOf(':'));

export { familiarName };
