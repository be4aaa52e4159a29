// The front door: Dockerfile text → AST, typed stages and lint warnings, or one error.

import type { Directive, DockerfileAst, ParseError } from './parser/ast';
import { parseAst } from './parser/parse';
import { lint, parseCheckDirective, type LintWarning } from './instructions/lint';
import { parseInstructions, type TypedDockerfile } from './instructions/parse-instructions';

export interface ParsedDockerfile extends TypedDockerfile {
  readonly ast: DockerfileAst;
  readonly directives: readonly Directive[];
  readonly escapeToken: '\\' | '`';
  /** The `# syntax=` image, if any (the lab always uses its built-in frontend). */
  readonly syntax?: string;
  readonly warnings: readonly LintWarning[];
  /** `# check=error=true`: the build must fail if any warning remains. */
  readonly checkFailsBuild: boolean;
}

export type DockerfileResult =
  ({ readonly ok: true } & ParsedDockerfile) | { readonly ok: false; readonly error: ParseError };

/** Parses a Dockerfile the way `docker build` (BuildKit 0.22) reads it. Never throws. */
export function parseDockerfile(text: string): DockerfileResult {
  // dockerfile2llb refuses a zero-byte file before the parser sees it; whitespace or comments
  // alone get the parser's `file with no instructions`.
  if (text.length === 0) {
    return { ok: false, error: { message: 'the Dockerfile cannot be empty', line: 0 } };
  }
  const parsed = parseAst(text);
  if (!parsed.ok) return parsed;
  const { ast } = parsed;
  const typed = parseInstructions(ast);
  if (!typed.ok) return typed;
  const check = parseCheckDirective(ast.directives);
  const warnings = lint(typed.dockerfile.instructions, check);
  const syntax = ast.directives.find((d) => d.name === 'syntax')?.value;
  return {
    ok: true,
    ...typed.dockerfile,
    ast,
    directives: ast.directives,
    escapeToken: ast.escapeToken,
    ...(syntax !== undefined ? { syntax } : {}),
    warnings,
    checkFailsBuild: check.error && warnings.length > 0,
  };
}
