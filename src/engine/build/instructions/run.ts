// RUN, shell or exec form, with here-docs and --mount / --network.

import { commandForm } from './command-form';
import { parseFlags } from './flags';
import { base, type Parsed, type ParseRequest } from './request';
import type { RunInstruction } from './types';

export function parseRun(req: ParseRequest): Parsed<RunInstruction> {
  // Best knowledge: --security and --device are labs-only in the v0.22 stable frontend.
  const flags = parseFlags(req.node.flags, { mount: 'strings', network: 'string' });
  if ('error' in flags) return flags;
  const network = flags.strings.get('network');
  return {
    ...base('RUN', req),
    command: commandForm(req.args, req.node.json),
    heredocs: req.node.heredocs.map((h) => ({
      name: h.name,
      data: h.content,
      chomp: h.chomp,
      expand: h.expand,
    })),
    mounts: flags.lists.get('mount') ?? [],
    ...(network !== undefined ? { network } : {}),
  };
}
