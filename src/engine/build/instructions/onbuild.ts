// ONBUILD instruction: a trigger stored in the image, run when another build uses it as base.

import { parseFlags } from './flags';
import { base, errAtLeastOneArgument, type Parsed, type ParseRequest } from './request';
import type { OnbuildInstruction } from './types';

export function parseOnbuild(req: ParseRequest): Parsed<OnbuildInstruction> {
  if (req.args.length === 0) return errAtLeastOneArgument('ONBUILD');
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  const trigger = req.args[0].trim().toUpperCase();
  if (trigger === 'ONBUILD') {
    return { error: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" };
  }
  if (trigger === 'MAINTAINER' || trigger === 'FROM') {
    return { error: `${trigger} isn't allowed as an ONBUILD trigger` };
  }
  let expression = req.node.original.replace(/^\s*ONBUILD\s*/i, '');
  for (const h of req.node.heredocs) expression += '\n' + h.content + h.name;
  return { ...base('ONBUILD', req), trigger, expression };
}
