// USER user[:group].

import { parseFlags } from './flags';
import { base, errExactlyOneArgument, type Parsed, type ParseRequest } from './request';
import type { UserInstruction } from './types';

export function parseUser(req: ParseRequest): Parsed<UserInstruction> {
  if (req.args.length !== 1) return errExactlyOneArgument('USER');
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  return { ...base('USER', req), user: req.args[0] };
}
