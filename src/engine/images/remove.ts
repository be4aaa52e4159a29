// `docker rmi` as moby's ImageDelete (daemon/images/image_delete.go): untag a named reference,
// delete the image when nothing names it any more, release its layers, prune untagged parents.
// Conflicts: running containers and child images are hard; other tags and stopped containers
// are soft (overridden by force).

import type { Digest } from '../storage';
import { deleteConflict, repositoryReferenceConflict, type ImageError } from './errors';
import {
  childrenOf,
  deleteReference,
  referencesOf,
  releaseLayer,
  shortId,
  topChainId,
  type ImageStore,
} from './image-store';
import { findImage } from './lookup';
import {
  familiarString,
  parseNormalizedNamed,
  tagNameOnly,
  type ImageReference,
} from './reference';
import { err, ok, type Result } from './result';

/** One line of `docker rmi` output: `Untagged: nginx:latest` or `Deleted: sha256:…`. */
export type DeleteRecord = { readonly untagged: string } | { readonly deleted: string };

export interface ContainerUse {
  /** 64-hex container ID. */
  readonly id: string;
  readonly running: boolean;
}

/** Containers using an image (the containers module provides it). */
export type ImageUsage = (imageId: Digest) => readonly ContainerUse[];

export interface RemoveOptions {
  readonly force?: boolean;
  readonly noPrune?: boolean;
}

const HARD_CHILD = 1;
const HARD_RUNNING = 2;
const SOFT_REFERENCE = 4;
const SOFT_STOPPED = 8;
const HARD = HARD_CHILD | HARD_RUNNING;
const SOFT = SOFT_REFERENCE | SOFT_STOPPED;

interface Conflict {
  readonly error: ImageError;
  readonly used: boolean;
}

function checkConflict(
  s: ImageStore,
  usage: ImageUsage,
  id: Digest,
  mask: number,
): Conflict | undefined {
  const short = shortId(id);
  if (mask & HARD_CHILD && childrenOf(s, id).length > 0)
    return { error: deleteConflict(short, true, 'image has dependent child images'), used: false };
  const users = usage(id);
  const running = users.find((c) => c.running);
  if (mask & HARD_RUNNING && running)
    return {
      error: deleteConflict(
        short,
        true,
        `image is being used by running container ${shortId(running.id)}`,
      ),
      used: true,
    };
  if (mask & SOFT_REFERENCE && referencesOf(s, id).length > 0)
    return {
      error: deleteConflict(short, false, 'image is referenced in multiple repositories'),
      used: false,
    };
  const stopped = users.find((c) => !c.running);
  if (mask & SOFT_STOPPED && stopped)
    return {
      error: deleteConflict(
        short,
        false,
        `image is being used by stopped container ${shortId(stopped.id)}`,
      ),
      used: true,
    };
  return undefined;
}

const fullName = (r: ImageReference) => `${r.domain}/${r.path}`;

/** moby isSingleReference: one tag (plus digests of that same repository), or one digest. */
function isSingleReference(refs: readonly ImageReference[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: ImageReference | undefined;
  const canonical = new Set<string>();
  for (const r of refs) {
    if (r.digest !== undefined) canonical.add(fullName(r));
    else if (single === undefined) single = r;
    else return false;
  }
  single ??= refs[0] as ImageReference;
  return canonical.size === 1 && canonical.has(fullName(single));
}

function isImageIdPrefix(id: string, typed: string): boolean {
  return id.startsWith(typed) || id.slice(id.indexOf(':') + 1).startsWith(typed);
}

export function removeImage(
  s: ImageStore,
  usage: ImageUsage,
  typed: string,
  options: RemoveOptions = {},
): Result<DeleteRecord[], ImageError> {
  const found = findImage(s, typed);
  if (!found.ok) return found;
  const id = found.value.image.id;
  const force = options.force ?? false;
  const records: DeleteRecord[] = [];
  let refs = referencesOf(s, id);
  let removedRepositoryRef = false;

  if (!isImageIdPrefix(id, typed)) {
    if (!force && isSingleReference(refs)) {
      const user = usage(id)[0];
      if (user) return err(repositoryReferenceConflict(typed, shortId(user.id), shortId(id)));
    }
    const parsed = parseNormalizedNamed(typed);
    const named: ImageReference = parsed.ok ? parsed.value : (found.value.ref as ImageReference);
    const ref: ImageReference =
      named.digest !== undefined
        ? { domain: named.domain, path: named.path, digest: named.digest }
        : tagNameOnly(named);
    deleteReference(s, ref);
    records.push({ untagged: familiarString(ref) });
    refs = referencesOf(s, id);
    if (ref.digest === undefined) {
      const tagLeft = refs.some((r) => r.digest === undefined && fullName(r) === fullName(ref));
      if (!tagLeft) {
        const remaining: ImageReference[] = [];
        for (const r of refs) {
          if (r.digest !== undefined && fullName(r) === fullName(ref)) {
            deleteReference(s, r);
            records.push({ untagged: familiarString(r) });
          } else remaining.push(r);
        }
        refs = remaining;
      }
    }
    if (refs.length > 0) return ok(records);
    removedRepositoryRef = true;
  } else if (isSingleReference(refs)) {
    const mask = force ? HARD : HARD | (SOFT & ~SOFT_REFERENCE);
    const c = checkConflict(s, usage, id, mask);
    if (c) return err(c.error);
    for (const r of refs) {
      deleteReference(s, r);
      records.push({ untagged: familiarString(r) });
    }
  }
  const e = deleteHelper(
    s,
    usage,
    id,
    records,
    force,
    !(options.noPrune ?? false),
    removedRepositoryRef,
  );
  return e ? err(e) : ok(records);
}

/** imageDeleteHelper: delete the image, then (prune) its untagged, unused parents, quietly. */
function deleteHelper(
  s: ImageStore,
  usage: ImageUsage,
  id: Digest,
  records: DeleteRecord[],
  force: boolean,
  prune: boolean,
  quiet: boolean,
): ImageError | undefined {
  const img = s.images.get(id);
  if (!img) return undefined;
  const c = checkConflict(s, usage, id, force ? HARD : HARD | SOFT);
  if (c) {
    const dangling = referencesOf(s, id).length === 0;
    if (quiet && (!dangling || c.used)) return undefined;
    return c.error;
  }
  for (const r of referencesOf(s, id)) {
    deleteReference(s, r);
    records.push({ untagged: familiarString(r) });
  }
  s.images.delete(id);
  s.version++;
  s.emit({ type: 'image/removed', imageId: id, timeMs: s.clock.now() });
  records.push({ deleted: id });
  for (const chain of releaseLayer(s, topChainId(img))) records.push({ deleted: chain });
  if (!prune || img.parent === undefined) return undefined;
  return deleteHelper(s, usage, img.parent, records, false, true, true);
}
