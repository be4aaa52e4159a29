// The typed instruction model the builder works from: one interface per Dockerfile instruction,
// discriminated by `kind`. Values are as written; variables are expanded by the builder, which
// knows the ARG and ENV in scope (see ../shell-words).

export const KEYWORDS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

export type Keyword = (typeof KEYWORDS)[number];

interface InstructionBase<K extends Keyword> {
  readonly kind: K;
  /** 1-based lines of the instruction (here-doc bodies included). */
  readonly line: number;
  readonly endLine: number;
  /** The instruction as written, continuations joined and trimmed: what progress lines show. */
  readonly original: string;
}

/** Shell form runs through the stage's SHELL (`/bin/sh -c`); exec form runs the array as is. */
export type CommandForm =
  | { readonly form: 'shell'; readonly shellForm: string }
  | { readonly form: 'exec'; readonly execForm: readonly string[] };

/** A here-doc given to RUN as a file (`RUN <<EOF` … `EOF`). */
export interface ShellInlineFile {
  readonly name: string;
  readonly data: string;
  /** `<<-`: strip leading tabs from each line before use. */
  readonly chomp: boolean;
  /** False when the terminator was quoted: no variable expansion in the body. */
  readonly expand: boolean;
}

/** A here-doc given to COPY/ADD as a source (`COPY <<EOF /dest`); `data` is already chomped. */
export interface SourceContent {
  readonly path: string;
  readonly data: string;
  readonly expand: boolean;
}

export interface KeyValuePair {
  readonly key: string;
  readonly value: string;
  /** Written as legacy `KEY value` rather than `KEY=value`. */
  readonly legacy: boolean;
}

export interface FromInstruction extends InstructionBase<'FROM'> {
  readonly image: string;
  /** Lower-cased `AS` name, if any. */
  readonly stageName?: string;
  readonly platform?: string;
}

export interface RunInstruction extends InstructionBase<'RUN'> {
  readonly command: CommandForm;
  readonly heredocs: readonly ShellInlineFile[];
  /** Raw `--mount=` values, in order. */
  readonly mounts: readonly string[];
  readonly network?: string;
}

export interface CmdInstruction extends InstructionBase<'CMD'> {
  readonly command: CommandForm;
}

export interface EntrypointInstruction extends InstructionBase<'ENTRYPOINT'> {
  readonly command: CommandForm;
}

interface SourcesAndDest {
  /** Context (or stage, or URL) paths. */
  readonly sources: readonly string[];
  /** Here-doc sources, in order. */
  readonly sourceContents: readonly SourceContent[];
  readonly dest: string;
  readonly chown?: string;
  readonly chmod?: string;
  readonly link: boolean;
}

export interface CopyInstruction extends InstructionBase<'COPY'>, SourcesAndDest {
  readonly from?: string;
}

export interface AddInstruction extends InstructionBase<'ADD'>, SourcesAndDest {
  readonly checksum?: string;
  readonly keepGitDir: boolean;
}

export interface EnvInstruction extends InstructionBase<'ENV'> {
  readonly pairs: readonly KeyValuePair[];
}

export interface LabelInstruction extends InstructionBase<'LABEL'> {
  readonly pairs: readonly KeyValuePair[];
}

export interface ArgInstruction extends InstructionBase<'ARG'> {
  /** `ARG a b=c` declares two; `value` is undefined when no default was given. */
  readonly args: readonly { readonly key: string; readonly value?: string }[];
}

export interface ExposeInstruction extends InstructionBase<'EXPOSE'> {
  /** Sorted as BuildKit sorts them (so `EXPOSE 80 # http` checks `#` first). */
  readonly ports: readonly string[];
}

export interface VolumeInstruction extends InstructionBase<'VOLUME'> {
  readonly volumes: readonly string[];
}

export interface UserInstruction extends InstructionBase<'USER'> {
  readonly user: string;
}

export interface WorkdirInstruction extends InstructionBase<'WORKDIR'> {
  readonly path: string;
}

export interface ShellInstruction extends InstructionBase<'SHELL'> {
  readonly shell: readonly string[];
}

export interface StopsignalInstruction extends InstructionBase<'STOPSIGNAL'> {
  readonly signal: string;
}

/** Docker's HealthConfig; durations in nanoseconds as `docker inspect` shows them, 0 = default. */
export interface HealthConfig {
  /** `["NONE"]`, `["CMD", …args]` or `["CMD-SHELL", command]`. */
  readonly test: readonly string[];
  readonly interval: number;
  readonly timeout: number;
  readonly startPeriod: number;
  readonly startInterval: number;
  readonly retries: number;
}

export interface HealthcheckInstruction extends InstructionBase<'HEALTHCHECK'> {
  readonly health: HealthConfig;
}

export interface OnbuildInstruction extends InstructionBase<'ONBUILD'> {
  /** Upper-cased trigger keyword (`RUN`). */
  readonly trigger: string;
  /** The trigger as stored in the image config (`RUN echo hi`), here-doc bodies appended. */
  readonly expression: string;
}

export interface MaintainerInstruction extends InstructionBase<'MAINTAINER'> {
  readonly maintainer: string;
}

export type Instruction =
  | FromInstruction
  | RunInstruction
  | CmdInstruction
  | EntrypointInstruction
  | CopyInstruction
  | AddInstruction
  | EnvInstruction
  | LabelInstruction
  | ArgInstruction
  | ExposeInstruction
  | VolumeInstruction
  | UserInstruction
  | WorkdirInstruction
  | ShellInstruction
  | StopsignalInstruction
  | HealthcheckInstruction
  | OnbuildInstruction
  | MaintainerInstruction;

/** The instruction of a given keyword. */
export type InstructionOf<K extends Keyword> = Extract<Instruction, { kind: K }>;
