// Progress as the builder reports it. BuildKit reports vertices (one per step or internal job)
// with sub-statuses and logs, which the CLI draws as the TTY list or the plain `#N` lines; the
// legacy builder sends the daemon's text stream (`Step 1/5 : FROM python`), printed as it comes.

export interface VertexStatus {
  /** Stable within its vertex (`transferring dockerfile:`, `extracting sha256:…`). */
  readonly id: string;
  /** What the line says, without a timer: `transferring dockerfile: 155B`. */
  readonly text: string;
  readonly startedMs: number;
  readonly completedMs?: number;
}

export interface Vertex {
  /** `#N` of the plain printer; also the order of the TTY list. */
  readonly index: number;
  /** `[internal] load build definition from Dockerfile`, `[2/4] RUN pip install …`. */
  readonly name: string;
  readonly startedMs: number;
  readonly completedMs?: number;
  readonly cached: boolean;
  /** Set when the vertex failed: the text after `ERROR: ` in plain output. */
  readonly error?: string;
  readonly statuses: readonly VertexStatus[];
}

export type BuildProgress =
  /** A vertex started, changed or finished (the whole vertex, as it is now). */
  | { readonly type: 'vertex'; readonly vertex: Vertex }
  /** Output of a RUN step: one line (with its '\n' when it had one). */
  | {
      readonly type: 'log';
      readonly vertex: number;
      readonly atMs: number;
      readonly text: string;
    }
  /** The legacy builder's stream (text as the daemon sends it). */
  | { readonly type: 'stream'; readonly text: string }
  /**
   * Vertices the solver knows but has not started (its client gets every vertex of the graph
   * when the job loads): they count in the TTY header's total, so a failed build ends
   * `(6/11) FINISHED`. 0 once everything planned has started or the plan is dropped.
   */
  | { readonly type: 'pending'; readonly count: number };
