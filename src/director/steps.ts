// Presentation steps: what one animation shows. Built from engine events (from-events.ts), paced
// by the director, drawn by the diagram. Layer names are the engine's (cache IDs, a container's
// upper/-init layer ids); the view maps them to its nodes.

export type Pace = 'instant' | 'normal' | 'slow';

export interface PulledLayer {
  readonly chainId: string;
  readonly cacheId: string;
  readonly size?: number;
}

export type Step =
  | {
      readonly kind: 'read';
      readonly mount: string;
      readonly path: string;
      /** Layers looked at, top first, ending where the lookup stopped. */
      readonly visited: readonly string[];
      readonly result: 'found' | 'missing' | 'whiteout';
      readonly layer?: string;
    }
  | {
      readonly kind: 'copy-up';
      readonly mount: string;
      readonly path: string;
      readonly from: string;
      readonly to: string;
      readonly bytes: number;
      /** The file was then written (the usual case: copy-up is for a write). */
      readonly written: boolean;
    }
  | { readonly kind: 'add'; readonly mount: string; readonly path: string; readonly layer: string }
  | {
      readonly kind: 'modify';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
    }
  | {
      readonly kind: 'whiteout';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
      readonly hides: string;
    }
  | {
      readonly kind: 'remove';
      readonly mount: string;
      readonly path: string;
      readonly layer: string;
    }
  | {
      readonly kind: 'commit';
      /** The container (mount) whose writable layer was sealed, if any. */
      readonly mount?: string;
      readonly container?: string;
      readonly layer: string;
      readonly diffId: string;
      readonly size: number;
      readonly imageId?: string;
      readonly ref?: string;
    }
  | {
      readonly kind: 'pull';
      readonly ref: string;
      readonly imageId: string;
      readonly downloaded: readonly PulledLayer[];
      readonly reused: readonly PulledLayer[];
    }
  | { readonly kind: 'run'; readonly id: string; readonly name: string; readonly started: boolean }
  | {
      readonly kind: 'state';
      readonly id: string;
      readonly name: string;
      readonly what: 'started' | 'stopped' | 'died' | 'paused' | 'unpaused' | 'restarted';
    }
  | { readonly kind: 'rm'; readonly id: string; readonly name: string }
  | {
      readonly kind: 'rmi';
      readonly imageId: string;
      readonly layers: readonly PulledLayer[];
    }
  | { readonly kind: 'tag'; readonly imageId: string; readonly ref: string }
  // A build, step by step: a temporary container on the previous layer, its work (file steps
  // with its id as mount), the layer it becomes as it vanishes; cached steps; config-only steps.
  | {
      readonly kind: 'build-container';
      readonly build: string;
      readonly container: string;
      /** The step as progress shows it: `[2/4] RUN printf a > /a`. */
      readonly step: string;
      /** Storage ids of the layers it stands on, top first. */
      readonly lowers: readonly string[];
    }
  | {
      readonly kind: 'build-layer';
      readonly build: string;
      readonly step: string;
      /** The temporary container that became the layer (and vanished), when known. */
      readonly container?: string;
      /** Storage id of the new layer; undefined when the step changed nothing. */
      readonly layer?: string;
      readonly diffId?: string;
      readonly size: number;
    }
  | {
      /** A temporary container removed without leaving a layer (the step failed). */
      readonly kind: 'build-removed';
      readonly build: string;
      readonly container: string;
    }
  | {
      readonly kind: 'build-cached';
      readonly build: string;
      readonly step: string;
      /** The reused layer, when the builder names it. */
      readonly layer?: string;
      readonly diffId?: string;
      /** The layers the step stood on, top first, when the builder names them. */
      readonly lowers?: readonly string[];
    }
  | {
      readonly kind: 'build-config';
      readonly build: string;
      readonly step: string;
      readonly createdBy: string;
    }
  | {
      readonly kind: 'build-done';
      readonly build: string;
      readonly imageId?: string;
      readonly tags: readonly string[];
      readonly error?: string;
    };

export type StepKind = Step['kind'];

/** A step as the director hands it out: numbered, with the time it gets on screen. */
export interface PlayedStep {
  readonly step: Step;
  /** 1, 2, 3… across the director's life. */
  readonly seq: number;
  /** The batch (one command's events) it came from. */
  readonly batch: number;
  readonly durationMs: number;
}
