// STOPSIGNAL signal. Upstream parses no flags here, so any flag is silently accepted.

import { base, errExactlyOneArgument, type Parsed, type ParseRequest } from './request';
import type { StopsignalInstruction } from './types';

export function parseStopsignal(req: ParseRequest): Parsed<StopsignalInstruction> {
  if (req.args.length !== 1) return errExactlyOneArgument('STOPSIGNAL');
  return { ...base('STOPSIGNAL', req), signal: req.args[0] };
}
