// GetImage as the daemon does it: a full ID or digest, then a reference (bare names get
// `:latest`), then an ID prefix. Errors are `No such image: …`.

import type { Digest } from '../storage';
import { imageNotFound, invalidReference, type ImageError } from './errors';
import type { ImageEntry, ImageStore } from './image-store';
import { parseAnyReference, referenceString, tagNameOnly, type ImageReference } from './reference';
import { err, ok, type Result } from './result';

export interface Found {
  readonly image: ImageEntry;
  /** The reference the input named, when it was one (not an ID). */
  readonly ref?: ImageReference;
}

export function findImage(s: ImageStore, refOrId: string): Result<Found, ImageError> {
  const any = parseAnyReference(refOrId);
  if (!any.ok) return err(invalidReference(any.error.message));
  if (any.value.kind === 'digest') {
    const img = s.images.get(any.value.digest as Digest);
    return img ? ok({ image: img }) : err(imageNotFound(refOrId));
  }
  const { kind: _kind, ...named } = any.value;
  // refstore.Get: a reference with a digest drops its tag; a bare name gets latest.
  const ref: ImageReference =
    named.digest !== undefined
      ? { domain: named.domain, path: named.path, digest: named.digest }
      : tagNameOnly(named);
  const hit = s.refs.get(referenceString(ref));
  if (hit) {
    const img = s.images.get(hit.id);
    if (img) return ok({ image: img, ref });
  }
  if (/^[a-f0-9]{1,64}$/.test(refOrId)) {
    const matches = [...s.images.values()].filter((i) => i.id.startsWith(`sha256:${refOrId}`));
    if (matches.length === 1) return ok({ image: matches[0] as ImageEntry });
  }
  return err(imageNotFound(ref));
}
