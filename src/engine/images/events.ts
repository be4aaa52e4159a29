// Image events: what the diagram animates when images arrive, get names, and leave.

export type ImageEvent =
  | {
      readonly type: 'image/pulled';
      /** Familiar reference as the pull printed it: `nginx:latest`. */
      readonly ref: string;
      readonly imageId: string;
      /** The `Digest:` line's digest. */
      readonly digest: string;
      /** ChainIDs bottom first. */
      readonly layers: readonly string[];
      readonly downloaded: number;
      readonly reused: number;
      /** Lab time of the event (docker events prints it). */
      readonly timeMs?: number;
    }
  | {
      readonly type: 'image/layer-downloaded';
      readonly ref: string;
      readonly chainId: string;
      readonly diffId: string;
      readonly blobDigest: string;
      readonly cacheId: string;
      readonly size: number;
      readonly compressedSize: number;
    }
  | {
      readonly type: 'image/layer-reused';
      readonly ref: string;
      readonly chainId: string;
      readonly blobDigest: string;
      readonly cacheId: string;
    }
  | {
      readonly type: 'image/tagged';
      readonly imageId: string;
      readonly ref: string;
      readonly timeMs?: number;
      /** Set by a pull: the daemon logs only `pull` then, no `tag`. */
      readonly byPull?: boolean;
    }
  | {
      readonly type: 'image/untagged';
      readonly imageId: string;
      readonly ref: string;
      readonly timeMs?: number;
      /** The reference moved to another image (tag, build, commit): the daemon logs no `untag`. */
      readonly moved?: boolean;
    }
  | { readonly type: 'image/removed'; readonly imageId: string; readonly timeMs?: number }
  | {
      readonly type: 'layer/removed';
      readonly chainId: string;
      readonly cacheId: string;
      readonly size: number;
    };

export type ImageEmit = (event: ImageEvent) => void;
