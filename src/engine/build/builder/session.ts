// One build in progress: what every instruction's dispatch receives. `Session` is the build,
// `StageRun` the stage being built (its current image state, ARGs in scope, step numbering).

import type { PullPlan } from '../../images';
import type { Instruction } from '../instructions/types';
import type { Stage } from '../instructions/parse-instructions';
import type { BuildCache } from './cache';
import type { BuildContext } from './context';
import type { BuildRequest, BuilderDeps, BuildError, ImageState } from './types';
import type { Vertices } from './vertices';

export interface Session {
  readonly deps: BuilderDeps;
  readonly req: BuildRequest;
  readonly legacy: boolean;
  /** Names this build in events. */
  readonly id: string;
  readonly context: BuildContext;
  readonly cache: BuildCache;
  readonly vertices: Vertices;
  /** Finished stages' results by index. */
  readonly stageResults: Map<number, ImageState>;
  /** Stage name (lower-cased) → index. */
  readonly stageNames: ReadonlyMap<string, number>;
  /** Build args (`--build-arg`) no ARG has consumed yet; legacy warns about them at the end. */
  readonly unusedArgs: Set<string>;
  /** Meta ARGs (before the first FROM) with their values. */
  readonly metaArgs: ReadonlyMap<string, string | undefined>;
  /** Base images resolved in this build, by the reference as written (after expansion). */
  readonly bases: Map<string, ResolvedBase>;
  /** Legacy `Step N/M` counter and total. */
  legacyStep: number;
  readonly legacyTotal: number;
  /** BuildKit's hold on a layer chain it keeps in its own cache (pulled bases); once each. */
  holdLayer(chainId: string): void;
  /** Run one instruction (ONBUILD triggers use this to reach every keyword's dispatch). */
  dispatch(s: StageRun, ins: Instruction): Promise<StepResult>;
  /** The legacy stream: one write per message. */
  stream(text: string): void;
}

/** A base image found for FROM (or COPY --from=image). */
export interface ResolvedBase {
  readonly state: ImageState;
  /** `docker.io/library/python:latest`. */
  readonly ref: string;
  /** The registry's digest when it was resolved remotely (the FROM line shows `@sha256:…`). */
  readonly digest?: string;
  /** Set when it had to be pulled: what was downloaded. */
  readonly plan?: PullPlan;
}

export interface StageRun {
  readonly stage: Stage;
  /** `builder` or `stage-1` in a multi-stage build's progress names; '' for a single stage. */
  readonly label: string;
  state: ImageState;
  /** ARGs declared in this stage, in order, with their values (build args applied). */
  readonly args: Map<string, string | undefined>;
  /** BuildKit `[n/N]` numbering. */
  step: number;
  readonly total: number;
  /** The shell for shell forms: SHELL, else the base image's Shell, else /bin/sh -c. */
  shell: readonly string[];
  /** A CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
}

export type StepResult = { readonly ok: true } | { readonly ok: false; readonly error: BuildError };

export const STEP_OK: StepResult = { ok: true };

export function stepError(
  message: string,
  at?: { line: number; endLine: number },
  exitCode = 1,
): StepResult {
  return {
    ok: false,
    error: {
      message,
      exitCode,
      ...(at ? { line: at.line, ...(at.endLine !== at.line ? { endLine: at.endLine } : {}) } : {}),
    },
  };
}
