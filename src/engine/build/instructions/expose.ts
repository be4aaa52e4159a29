// EXPOSE port[/proto] …. BuildKit sorts the words, which is why `EXPOSE 80 # http` fails on `#`.

import { parseFlags } from './flags';
import { base, errAtLeastOneArgument, type Parsed, type ParseRequest } from './request';
import type { ExposeInstruction } from './types';

/** Go's sort.Strings compares bytes; for UTF-16 this differs only above U+FFFF, which is moot. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function parseExpose(req: ParseRequest): Parsed<ExposeInstruction> {
  if (req.args.length === 0) return errAtLeastOneArgument('EXPOSE');
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  return { ...base('EXPOSE', req), ports: [...req.args].sort(byteOrder) };
}
