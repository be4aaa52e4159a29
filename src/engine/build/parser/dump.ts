// BuildKit's `Node.Dump()`: the s-expression form the conformance `result` files hold.

import { goQuote, goQuoteList } from '../text/go-quote';
import { trimGoSpace } from '../text/go-space';
import type { DockerfileAst, InstructionNode } from './ast';

export function dumpNode(node: InstructionNode): string {
  let out = node.value.toLowerCase();
  if (node.flags.length > 0) out += ' ' + goQuoteList(node.flags);
  for (const arg of node.args) out += ' ' + goQuote(arg);
  if (node.child) out += ' (' + dumpNode(node.child) + ')';
  return trimGoSpace(out);
}

/** The whole file, one `(instruction …)` per line, with the trailing newline the files have. */
export function dump(ast: DockerfileAst): string {
  return ast.children.map((c) => `(${dumpNode(c)})\n`).join('');
}
