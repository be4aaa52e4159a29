// CMD: the image's default command (or ENTRYPOINT's default arguments).

import { commandForm } from './command-form';
import { parseFlags } from './flags';
import { base, type Parsed, type ParseRequest } from './request';
import type { CmdInstruction } from './types';

export function parseCmd(req: ParseRequest): Parsed<CmdInstruction> {
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  return { ...base('CMD', req), command: commandForm(req.args, req.node.json) };
}
