// ENV key=value … (or legacy ENV key value).

import { parseFlags } from './flags';
import { keyValuePairs } from './key-value-pairs';
import { base, type Parsed, type ParseRequest } from './request';
import type { EnvInstruction } from './types';

export function parseEnv(req: ParseRequest): Parsed<EnvInstruction> {
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  const pairs = keyValuePairs(req.args, 'ENV');
  if ('error' in pairs) return pairs;
  return { ...base('ENV', req), pairs };
}
