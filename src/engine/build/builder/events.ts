// Build events for the diagram: each step's temporary container appearing on the previous step's
// layers, what it changed, the layer it became, and cache hits. Past tense, `build/…`.

export type BuildEvent =
  | {
      readonly type: 'build/started';
      readonly build: string;
      readonly builder: 'buildkit' | 'legacy';
      readonly steps: number;
    }
  | {
      readonly type: 'build/step-container-created';
      readonly build: string;
      /** 64 hex: the temporary container's ID. */
      readonly container: string;
      /** The step as progress shows it: `[2/4] RUN pip install …`, `Step 2/5 : RUN …`. */
      readonly step: string;
      /** The layers the container sits on, top first (layer ids as storage names them). */
      readonly lowers: readonly string[];
    }
  | {
      readonly type: 'build/step-container-removed';
      readonly build: string;
      readonly container: string;
    }
  | {
      readonly type: 'build/layer-committed';
      readonly build: string;
      readonly step: string;
      /** Storage's id of the new layer; undefined when the step changed nothing (empty_layer). */
      readonly layer?: string;
      readonly diffId?: string;
      readonly size: number;
    }
  | {
      readonly type: 'build/config-changed';
      readonly build: string;
      readonly step: string;
      /** The history entry's created_by. */
      readonly createdBy: string;
    }
  | { readonly type: 'build/step-cached'; readonly build: string; readonly step: string }
  | {
      readonly type: 'build/finished';
      readonly build: string;
      readonly imageId?: string;
      readonly tags: readonly string[];
      readonly error?: string;
    };

export type BuildEmit = (event: BuildEvent) => void;
