// What every instruction parser receives, and the error texts they share
// (BuildKit frontend/dockerfile/instructions/parse.go).

import type { InstructionNode } from '../parser/ast';
import { trimGoSpace } from '../text/go-space';

export interface ParseRequest {
  readonly node: InstructionNode;
  /** BuildKit's nodeArgs: the node's args, or for ONBUILD the trigger word and its args. */
  readonly args: readonly string[];
}

/** An instruction parser's answer: the instruction, or BuildKit's message for what is wrong. */
export type Parsed<T> = T | { readonly error: string };

export function isError<T>(p: Parsed<T>): p is { readonly error: string } {
  return typeof p === 'object' && p !== null && 'error' in p;
}

/** The fields every instruction carries. */
export function base<K extends string>(kind: K, req: ParseRequest) {
  return {
    kind,
    line: req.node.startLine,
    endLine: req.node.endLine,
    original: trimGoSpace(req.node.original),
  };
}

export const errAtLeastOneArgument = (cmd: string) => ({
  error: `${cmd} requires at least one argument`,
});
export const errExactlyOneArgument = (cmd: string) => ({
  error: `${cmd} requires exactly one argument`,
});
export const errNoDestinationArgument = (cmd: string) => ({
  error: `${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`,
});
export const errBlankCommandNames = (cmd: string) => ({ error: `${cmd} names can not be blank` });
export const errTooManyArguments = (cmd: string) => ({
  error: `Bad input to ${cmd}, too many arguments`,
});
