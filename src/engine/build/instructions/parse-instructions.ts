// From AST to typed instructions and stages (BuildKit instructions.Parse). Errors carry
// BuildKit's wording: `dockerfile parse error on line N: <what is wrong>`.

import type { DockerfileAst, InstructionNode, ParseError } from '../parser/ast';
import { withSuggestion } from '../text/suggest';
import { INSTRUCTION_PARSERS } from './registry';
import { isError, type Parsed, type ParseRequest } from './request';
import {
  KEYWORDS,
  type ArgInstruction,
  type FromInstruction,
  type Instruction,
  type Keyword,
} from './types';

export interface Stage {
  /** 0-based position among the stages. */
  readonly index: number;
  /** The `AS` name, lower-cased; undefined for an unnamed stage (`stage-N` in progress lines). */
  readonly name?: string;
  readonly from: FromInstruction;
  /** The instructions after FROM, in order. */
  readonly instructions: readonly Instruction[];
}

export interface TypedDockerfile {
  /** ARGs before the first FROM: the global build args FROM lines may use. */
  readonly metaArgs: readonly ArgInstruction[];
  readonly stages: readonly Stage[];
  /** Every instruction in file order, meta ARGs and FROMs included (legacy `Step N/M`). */
  readonly instructions: readonly Instruction[];
}

export type TypedResult =
  | { readonly ok: true; readonly dockerfile: TypedDockerfile }
  | { readonly ok: false; readonly error: ParseError };

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

/** BuildKit's nodeArgs: ONBUILD contributes its trigger word, then the trigger's arguments. */
function nodeArgs(node: InstructionNode): string[] {
  const args: string[] = [];
  let n = node;
  while (n.child) {
    args.push(n.child.value);
    n = n.child;
  }
  args.push(...n.args);
  return args;
}

function locate(node: InstructionNode, message: string): ParseError {
  return node.endLine === node.startLine
    ? { message, line: node.startLine }
    : { message, line: node.startLine, endLine: node.endLine };
}

/** Types one node; the message is bare (no `dockerfile parse error` prefix). */
export function parseInstruction(node: InstructionNode): Parsed<Instruction> {
  const upper = node.value.toUpperCase();
  if (!KEYWORD_SET.has(upper)) {
    return {
      error: withSuggestion(`unknown instruction: ${node.value}`, node.value, KEYWORDS, false),
    };
  }
  const req: ParseRequest = { node, args: nodeArgs(node) };
  // The registry maps each keyword to the parser of its own instruction type.
  const parse = INSTRUCTION_PARSERS[upper as Keyword] as (r: ParseRequest) => Parsed<Instruction>;
  return parse(req);
}

export function parseInstructions(ast: DockerfileAst): TypedResult {
  const metaArgs: ArgInstruction[] = [];
  const stages: {
    index: number;
    name?: string;
    from: FromInstruction;
    instructions: Instruction[];
  }[] = [];
  const all: Instruction[] = [];
  for (const node of ast.children) {
    const ins = parseInstruction(node);
    if (isError(ins)) {
      return {
        ok: false,
        error: locate(node, `dockerfile parse error on line ${node.startLine}: ${ins.error}`),
      };
    }
    all.push(ins);
    if (ins.kind === 'FROM') {
      stages.push({
        index: stages.length,
        ...(ins.stageName !== undefined ? { name: ins.stageName } : {}),
        from: ins,
        instructions: [],
      });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (stage) stage.instructions.push(ins);
    else if (ins.kind === 'ARG') metaArgs.push(ins);
    // Best knowledge of the v0.22 text; it carries the location but no parse-error prefix.
    else return { ok: false, error: locate(node, 'no build stage in current context') };
  }
  return { ok: true, dockerfile: { metaArgs, stages, instructions: all } };
}
