// ARG name[=default] …; before the first FROM these are the global build args.

import { parseFlags } from './flags';
import {
  base,
  errAtLeastOneArgument,
  errBlankCommandNames,
  type Parsed,
  type ParseRequest,
} from './request';
import type { ArgInstruction } from './types';

export function parseArg(req: ParseRequest): Parsed<ArgInstruction> {
  if (req.args.length < 1) return errAtLeastOneArgument('ARG');
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  const args: { key: string; value?: string }[] = [];
  for (const arg of req.args) {
    const eq = arg.indexOf('=');
    if (eq < 0) {
      args.push({ key: arg });
      continue;
    }
    if (eq === 0) return errBlankCommandNames('ARG');
    args.push({ key: arg.slice(0, eq), value: arg.slice(eq + 1) });
  }
  return { ...base('ARG', req), args };
}
