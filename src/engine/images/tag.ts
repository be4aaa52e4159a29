// `docker tag SOURCE TARGET`: name an image; the old holder of the name loses it (and may become
// dangling). Sets Metadata.LastTagTime.

import { invalidReference, type ImageError } from './errors';
import { addReference, type ImageStore } from './image-store';
import { findImage } from './lookup';
import { parseNormalizedNamed, tagNameOnly } from './reference';
import { err, ok, type Result } from './result';

export function tagImage(s: ImageStore, source: string, target: string): Result<void, ImageError> {
  const parsed = parseNormalizedNamed(target);
  if (!parsed.ok) return err(invalidReference(parsed.error.message));
  if (parsed.value.digest !== undefined)
    return err(invalidReference('refusing to create a tag with a digest reference'));
  const found = findImage(s, source);
  if (!found.ok) return found;
  const img = found.value.image;
  addReference(s, tagNameOnly(parsed.value), img.id);
  img.lastTagMs = s.clock.now();
  s.version++;
  return ok(undefined);
}
