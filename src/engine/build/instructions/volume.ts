// VOLUME path … or VOLUME ["path", …].

import { trimGoSpace } from '../text/go-space';
import { parseFlags } from './flags';
import { base, errAtLeastOneArgument, type Parsed, type ParseRequest } from './request';
import type { VolumeInstruction } from './types';

export function parseVolume(req: ParseRequest): Parsed<VolumeInstruction> {
  if (req.args.length === 0) return errAtLeastOneArgument('VOLUME');
  const flags = parseFlags(req.node.flags, {});
  if ('error' in flags) return flags;
  const volumes: string[] = [];
  for (const raw of req.args) {
    const v = trimGoSpace(raw);
    if (v === '') return { error: 'VOLUME specified can not be an empty string' };
    volumes.push(v);
  }
  return { ...base('VOLUME', req), volumes };
}
