// The raw Dockerfile AST: what BuildKit's parser package produces, before any instruction is
// understood. BuildKit links nodes in a `Next` chain; we keep the same information as arrays.

/** A here-document attached to RUN/COPY/ADD (`<<EOF` … `EOF`). */
export interface Heredoc {
  /** The terminator word with quotes removed (`EOF` for `<<'EOF'`). */
  readonly name: string;
  /** The body as written, newlines included, leading tabs kept even for `<<-` (see chomp). */
  readonly content: string;
  /** `<<-`: leading tabs are stripped from the body when it is used. */
  readonly chomp: boolean;
  /** False when any part of the terminator was quoted: the body is then used without expansion. */
  readonly expand: boolean;
  /** The `3` in `3<<EOF`; 0 when absent. */
  readonly fileDescriptor: number;
}

/** One instruction of the Dockerfile, as BuildKit's `parser.Node` holds it. */
export interface InstructionNode {
  /** The instruction word as the user wrote it (`RUN`, `run`, `FORM`…). */
  readonly value: string;
  /** Leading `--flag[=value]` words, normalised (quotes and escapes removed). */
  readonly flags: readonly string[];
  /**
   * The arguments in BuildKit's order: one string for shell form, each element for exec form,
   * and `key, value, separator` triples for ENV and LABEL (separator `=` or `` for legacy).
   */
  readonly args: readonly string[];
  /** ONBUILD's trigger instruction; ONBUILD has no `args` of its own. */
  readonly child?: InstructionNode;
  /** True when the arguments came from a JSON array (exec form). */
  readonly json: boolean;
  readonly heredocs: readonly Heredoc[];
  /** The instruction line after continuations were joined and comments dropped. */
  readonly original: string;
  /** 1-based line where the instruction starts, and where it (with any here-doc bodies) ends. */
  readonly startLine: number;
  readonly endLine: number;
  /** Comment lines directly above the instruction, without the `#`. */
  readonly comments: readonly string[];
}

/** A parser directive found at the top of the file (`# syntax=…`, `# escape=…`, `# check=…`). */
export interface Directive {
  readonly name: 'syntax' | 'escape' | 'check';
  readonly value: string;
  readonly line: number;
}

export interface DockerfileAst {
  readonly children: readonly InstructionNode[];
  readonly directives: readonly Directive[];
  /** `\` unless `# escape=`` ` `` chose the backtick. */
  readonly escapeToken: '\\' | '`';
  /** Lines that continued into nothing but whitespace (BuildKit warns: NoEmptyContinuation). */
  readonly emptyContinuationLines: readonly number[];
}

/** Where an error points: the 1-based line range of the offending instruction (0: no line). */
export interface ParseError {
  readonly message: string;
  readonly line: number;
  readonly endLine?: number;
}

export type AstResult =
  | { readonly ok: true; readonly ast: DockerfileAst }
  | { readonly ok: false; readonly error: ParseError };
