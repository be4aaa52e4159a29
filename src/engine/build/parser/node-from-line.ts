// Turns one joined instruction line into an AST node (without line numbers or here-docs).

import type { InstructionNode } from './ast';
import { LINE_PARSERS } from './line-parsers';
import { splitCommand } from './split-command';

export type NodeDraft = Omit<InstructionNode, 'startLine' | 'endLine' | 'heredocs' | 'child'> & {
  child?: NodeDraft;
};

export function nodeFromLine(
  line: string,
  escapeToken: '\\' | '`',
  comments: readonly string[],
): NodeDraft | { error: string } {
  // ONBUILD nests; walk the chain iteratively so `ONBUILD ONBUILD …` cannot exhaust the stack.
  const chain: { cmd: string; flags: string[]; original: string }[] = [];
  let original = line;
  let leaf: { args: string[]; json: boolean } = { args: [], json: false };
  for (;;) {
    const { cmd, flags, rest } = splitCommand(original);
    const lower = cmd.toLowerCase();
    chain.push({ cmd, flags, original });
    if (lower === 'onbuild') {
      if (rest === '') break;
      original = rest;
      continue;
    }
    const parser = LINE_PARSERS.get(lower);
    if (parser) {
      const parsed = parser(rest, escapeToken);
      if ('error' in parsed) return parsed;
      leaf = parsed;
    }
    break;
  }
  let node: NodeDraft | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const { cmd, flags, original: text } = chain[i];
    const isLeaf = i === chain.length - 1;
    node = {
      value: cmd,
      flags,
      args: isLeaf ? leaf.args : [],
      json: isLeaf ? leaf.json : false,
      original: text,
      comments: i === 0 ? comments : [],
      ...(node ? { child: node } : {}),
    };
  }
  // The chain always has its first entry, so node is set.
  return node as NodeDraft;
}
