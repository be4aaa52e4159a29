// MAINTAINER name (deprecated in favour of a label; still works, and lints).

import { parseFlags } from './flags';
import { base, errExactlyOneArgument, type Parsed, type ParseRequest } from './request';
import type { MaintainerInstruction } from './types';

export function parseMaintainer(req: ParseRequest): Parsed<MaintainerInstruction> {
  if (req.args.length !== 1) return errExactlyOneArgument('MAINTAINER');
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  return { ...base('MAINTAINER', req), maintainer: req.args[0] };
}
