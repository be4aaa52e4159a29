// FROM image [AS name], with --platform.

import { goQuote } from '../text/go-quote';
import { parseFlags } from './flags';
import { base, type Parsed, type ParseRequest } from './request';
import type { FromInstruction } from './types';

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export function parseFrom(req: ParseRequest): Parsed<FromInstruction> {
  const { args } = req;
  let stageName: string | undefined;
  if (args.length === 3 && args[1].toLowerCase() === 'as') {
    stageName = args[2].toLowerCase();
    if (!STAGE_NAME.test(stageName)) {
      return {
        error: `invalid name for build stage: ${goQuote(args[2])}, name can't start with a number or contain symbols`,
      };
    }
  } else if (args.length !== 1) {
    return { error: 'FROM requires either one or three arguments' };
  }
  const flags = parseFlags(req.node.flags, { platform: 'string' });
  if ('error' in flags) return flags;
  const platform = flags.strings.get('platform');
  return {
    ...base('FROM', req),
    image: args[0],
    ...(stageName !== undefined ? { stageName } : {}),
    ...(platform !== undefined ? { platform } : {}),
  };
}
