// docker's formatter.imageContext: one row of `docker images` (and of `system df -v`'s image
// table). Rows are goStructs whose fields are getters, so templates can name them and
// `--format json` marshals them all, sorted, as docker marshals a context through a map.

import type { ImageSummary } from '../../../engine/images';
import { ago } from '../../format/duration';
import { goStruct } from '../../format/go-values';
import { truncateId } from '../../format/ids';
import { humanSize, humanSizeWithPrecision } from '../../format/units';
import { goTimeString } from './output';

export const IMAGE_HEADERS: Readonly<Record<string, string>> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

export interface ImageRow {
  readonly summary: ImageSummary;
  readonly repo: string;
  readonly tag: string;
  readonly digest: string;
}

/** A row as the template sees it (`*formatter.imageContext`). */
export function imageContext(row: ImageRow, trunc: boolean, nowMs: number): object {
  const i = row.summary;
  return goStruct('*formatter.imageContext', {
    get Containers() {
      return i.containers === -1 ? 'N/A' : String(i.containers);
    },
    get CreatedAt() {
      return goTimeString(i.created);
    },
    get CreatedSince() {
      return i.created <= 0 ? '' : ago(i.created * 1000, nowMs);
    },
    get Digest() {
      return row.digest;
    },
    get ID() {
      return trunc ? truncateId(i.id) : i.id;
    },
    get Repository() {
      return row.repo;
    },
    get SharedSize() {
      return i.sharedSize === -1 ? 'N/A' : humanSize(i.sharedSize);
    },
    get Size() {
      return humanSizeWithPrecision(i.size, 3);
    },
    get Tag() {
      return row.tag;
    },
    get UniqueSize() {
      return i.size === -1 || i.sharedSize === -1 ? 'N/A' : humanSize(i.size - i.sharedSize);
    },
    get VirtualSize() {
      return humanSizeWithPrecision(i.size, 3);
    },
  });
}

function splitTagged(ref: string): [string, string] {
  const at = ref.lastIndexOf(':');
  return [ref.slice(0, at), ref.slice(at + 1)];
}

function splitDigested(ref: string): [string, string] {
  const at = ref.indexOf('@');
  return [ref.slice(0, at), ref.slice(at + 1)];
}

/**
 * imageFormatTaggedAndDigest: one row per tag (per tag and digest when digests are shown), then
 * rows for repositories that only have a digest left. Go iterates maps here, so docker's order
 * within one image is random; the lab keeps the order of the references.
 */
export function imageRows(i: ImageSummary, showDigests: boolean, needDigest: boolean): ImageRow[] {
  if (i.repoTags.length === 0 && i.repoDigests.length === 0)
    return [{ summary: i, repo: '<none>', tag: '<none>', digest: '<none>' }];
  const tags = new Map<string, string[]>();
  const digests = new Map<string, string[]>();
  for (const t of i.repoTags) {
    const [repo, tag] = splitTagged(t);
    tags.set(repo, [...(tags.get(repo) ?? []), tag]);
  }
  for (const d of i.repoDigests) {
    const [repo, digest] = splitDigested(d);
    digests.set(repo, [...(digests.get(repo) ?? []), digest]);
  }
  const rows: ImageRow[] = [];
  for (const [repo, list] of tags) {
    const ds = needDigest ? (digests.get(repo) ?? []) : [];
    digests.delete(repo);
    for (const tag of list) {
      if (ds.length === 0) rows.push({ summary: i, repo, tag, digest: '<none>' });
      else for (const digest of ds) rows.push({ summary: i, repo, tag, digest });
    }
  }
  for (const [repo, ds] of digests) {
    if (showDigests)
      for (const digest of ds) rows.push({ summary: i, repo, tag: '<none>', digest });
    else rows.push({ summary: i, repo, tag: '<none>', digest: '' });
  }
  return rows;
}
