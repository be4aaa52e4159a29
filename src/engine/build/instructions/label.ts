// LABEL key=value … (or legacy LABEL key value).

import { parseFlags } from './flags';
import { keyValuePairs } from './key-value-pairs';
import { base, type Parsed, type ParseRequest } from './request';
import type { LabelInstruction } from './types';

export function parseLabel(req: ParseRequest): Parsed<LabelInstruction> {
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  const pairs = keyValuePairs(req.args, 'LABEL');
  if ('error' in pairs) return pairs;
  return { ...base('LABEL', req), pairs };
}
