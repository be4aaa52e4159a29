// ENTRYPOINT: `ENTRYPOINT []` (exec form, empty) clears the inherited one.

import { commandForm } from './command-form';
import { parseFlags } from './flags';
import { base, type Parsed, type ParseRequest } from './request';
import type { EntrypointInstruction } from './types';

export function parseEntrypoint(req: ParseRequest): Parsed<EntrypointInstruction> {
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  return { ...base('ENTRYPOINT', req), command: commandForm(req.args, req.node.json) };
}
