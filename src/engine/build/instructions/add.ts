// ADD: like COPY, but local tar archives are extracted and URLs fetched.

import { parseFlags } from './flags';
import { base, errNoDestinationArgument, type Parsed, type ParseRequest } from './request';
import { splitSourcesAndDest } from './sources-and-dest';
import type { AddInstruction } from './types';

export function parseAdd(req: ParseRequest): Parsed<AddInstruction> {
  if (req.args.length < 2) return errNoDestinationArgument('ADD');
  // Best knowledge for v0.22: --exclude is labs-only and --unpack arrived later (1.17).
  const flags = parseFlags(req.node.flags, {
    chown: 'string',
    chmod: 'string',
    link: 'bool',
    checksum: 'string',
    'keep-git-dir': 'bool',
  });
  if ('error' in flags) return flags;
  const split = splitSourcesAndDest(req, 'ADD');
  if ('error' in split) return split;
  const chown = flags.strings.get('chown');
  const chmod = flags.strings.get('chmod');
  const checksum = flags.strings.get('checksum');
  return {
    ...base('ADD', req),
    ...split,
    ...(chown ? { chown } : {}),
    ...(chmod ? { chmod } : {}),
    ...(checksum ? { checksum } : {}),
    link: flags.bools.get('link') ?? false,
    keepGitDir: flags.bools.get('keep-git-dir') ?? false,
  };
}
