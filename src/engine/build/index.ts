// The build core's public surface: the Dockerfile parser, the typed instructions and BuildKit
// word expansion. Import from here, not from the files behind it.

export { parseDockerfile, type DockerfileResult, type ParsedDockerfile } from './dockerfile';
export type {
  AstResult,
  Directive,
  DockerfileAst,
  Heredoc,
  InstructionNode,
  ParseError,
} from './parser/ast';
export { parseAst } from './parser/parse';
export { dump, dumpNode } from './parser/dump';
export { chompHeredocContent } from './parser/heredoc';
export {
  parseInstruction,
  parseInstructions,
  type Stage,
  type TypedDockerfile,
  type TypedResult,
} from './instructions/parse-instructions';
export { lint, type LintRule, type LintWarning } from './instructions/lint';
export * from './instructions/types';
export {
  expand,
  expandWord,
  expandWords,
  type Expansion,
  type ExpansionResult,
  type LexOptions,
} from './shell-words/lex';
export { EMPTY_ENV, envFromList, type EnvGetter } from './shell-words/env';
