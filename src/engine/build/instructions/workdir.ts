// WORKDIR path. The whole rest of the line is the path, trailing `# words` included.

import { parseFlags } from './flags';
import { base, errExactlyOneArgument, type Parsed, type ParseRequest } from './request';
import type { WorkdirInstruction } from './types';

export function parseWorkdir(req: ParseRequest): Parsed<WorkdirInstruction> {
  if (req.args.length !== 1) return errExactlyOneArgument('WORKDIR');
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  return { ...base('WORKDIR', req), path: req.args[0] };
}
