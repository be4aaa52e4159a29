// The build cache. A step's key is a hash of its parent state's key and the step itself (for
// COPY/ADD also the checksums of the files copied), so the first miss changes every later key:
// everything after it runs again. BuildKit results are kept here as image states (layers are
// shared objects, never copied). Legacy results are images in the store, found by key and
// checked to still exist, as moby's GetCachedImage looks for a child of the current image.

import type { Digest } from '../../storage';
import type { ImageState } from './types';

export class BuildCache {
  private readonly states = new Map<string, ImageState>();
  private readonly images = new Map<string, Digest>();

  get(key: string): ImageState | undefined {
    return this.states.get(key);
  }

  set(key: string, s: ImageState): void {
    this.states.set(key, s);
  }

  legacyImage(key: string): Digest | undefined {
    return this.images.get(key);
  }

  setLegacyImage(key: string, id: Digest): void {
    this.images.set(key, id);
  }

  /** `docker builder prune`: forget every cached result. */
  clear(): void {
    this.states.clear();
    this.images.clear();
  }

  get size(): number {
    return this.states.size + this.images.size;
  }
}
