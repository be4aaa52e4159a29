// SHELL ["executable", "param", …]: JSON form only.

import { parseFlags } from './flags';
import { base, errAtLeastOneArgument, type Parsed, type ParseRequest } from './request';
import type { ShellInstruction } from './types';

export function parseShell(req: ParseRequest): Parsed<ShellInstruction> {
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  const words = req.node.json ? req.args : [req.args.join(' ')];
  if (words.length === 0) return errAtLeastOneArgument('SHELL');
  // Best knowledge: upstream adds a hint when the text looks like an unescaped Windows path.
  if (!req.node.json) return { error: 'SHELL requires the arguments to be in JSON form' };
  return { ...base('SHELL', req), shell: [...words] };
}
