// Storage events: what the diagram animates. Layer names are the ids of Layer objects (and the
// mount's upper id); a mount is named by `mount` (a container id, "host", a build step).

export type FoundWhere = 'found' | 'missing' | 'whiteout';

export type StorageEvent =
  | {
      readonly type: 'storage/file-read';
      readonly mount: string;
      readonly path: string;
      /** Layers looked at, top first, ending where the lookup stopped. */
      readonly visited: readonly string[];
      readonly result: FoundWhere;
      /** The layer that held the file (result 'found') or the whiteout (result 'whiteout'). */
      readonly layer?: string;
    }
  | {
      readonly type: 'storage/file-copied-up';
      readonly mount: string;
      readonly path: string;
      readonly fromLayer: string;
      readonly toLayer: string;
      readonly fileType: 'file' | 'dir' | 'symlink' | 'chardev';
      readonly bytes: number;
    }
  | {
      readonly type: 'storage/file-created';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
      readonly fileType: 'file' | 'dir' | 'symlink' | 'chardev' | 'hardlink';
      /** A directory created where a whiteout was: it hides the lower directory's contents. */
      readonly opaque?: boolean;
    }
  | {
      readonly type: 'storage/file-written';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
      readonly bytes: number;
    }
  | {
      readonly type: 'storage/whiteout-created';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
      /** The layer whose entry the whiteout now hides (the topmost lower holder). */
      readonly hides: string;
    }
  | {
      readonly type: 'storage/file-removed';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
    }
  | {
      readonly type: 'storage/file-renamed';
      readonly mount: string;
      readonly from: string;
      readonly to: string;
      readonly layer: string;
    }
  | {
      readonly type: 'storage/metadata-changed';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
      readonly change: 'mode' | 'owner' | 'mtime';
    }
  | {
      readonly type: 'storage/layer-committed';
      readonly layer: string;
      readonly diffId: string;
      readonly size: number;
      readonly entries: number;
      /** The mount whose upper layer was committed, if any. */
      readonly mount?: string;
    };

export type StorageEmit = (event: StorageEvent) => void;
