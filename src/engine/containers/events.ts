// Container events: what the diagram and `docker events` show when containers come and go.
// `id` is the 64-hex container ID, `name` its name without the slash (at the time of the event).

interface Base {
  readonly id: string;
  readonly name: string;
  /** The image as the container was created from it (`docker events` shows `image=`). */
  readonly image: string;
  /** Lab time of the event. */
  readonly timeMs: number;
}

export type ContainerEvent =
  | (Base & {
      readonly type: 'container/created';
      readonly image: string;
      readonly imageId: string;
    })
  | (Base & { readonly type: 'container/started' })
  | (Base & { readonly type: 'container/died'; readonly exitCode: number })
  | (Base & { readonly type: 'container/stopped' })
  | (Base & { readonly type: 'container/killed'; readonly signal: string })
  | (Base & { readonly type: 'container/removed' })
  | (Base & { readonly type: 'container/renamed'; readonly oldName: string })
  | (Base & { readonly type: 'container/paused' })
  | (Base & { readonly type: 'container/unpaused' })
  | (Base & { readonly type: 'container/restarted' })
  | (Base & {
      readonly type: 'container/committed';
      readonly imageId: string;
      readonly ref?: string;
    })
  | (Base & {
      readonly type: 'container/exec-started';
      readonly execId: string;
      readonly argv: readonly string[];
    })
  | (Base & {
      readonly type: 'container/exec-died';
      readonly execId: string;
      readonly exitCode: number;
    })
  | (Base & { readonly type: 'container/attached' })
  | (Base & { readonly type: 'container/detached' });

export type ContainerEmit = (event: ContainerEvent) => void;
