// COPY [--from=stage] [--chown=u:g] [--chmod=mode] [--link] src… dest. Never extracts archives.

import { parseFlags } from './flags';
import { base, errNoDestinationArgument, type Parsed, type ParseRequest } from './request';
import { splitSourcesAndDest } from './sources-and-dest';
import type { CopyInstruction } from './types';

export function parseCopy(req: ParseRequest): Parsed<CopyInstruction> {
  if (req.args.length < 2) return errNoDestinationArgument('COPY');
  // Best knowledge: --parents and --exclude are still labs-only in the v0.22 stable frontend.
  const flags = parseFlags(req.node.flags, {
    chown: 'string',
    from: 'string',
    chmod: 'string',
    link: 'bool',
  });
  if ('error' in flags) return flags;
  const split = splitSourcesAndDest(req, 'COPY');
  if ('error' in split) return split;
  const from = flags.strings.get('from');
  const chown = flags.strings.get('chown');
  const chmod = flags.strings.get('chmod');
  return {
    ...base('COPY', req),
    ...split,
    ...(from ? { from } : {}),
    ...(chown ? { chown } : {}),
    ...(chmod ? { chmod } : {}),
    link: flags.bools.get('link') ?? false,
  };
}
