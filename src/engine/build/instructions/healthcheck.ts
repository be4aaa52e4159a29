// HEALTHCHECK [flags] CMD command | HEALTHCHECK NONE.

import { goQuote } from '../text/go-quote';
import { parseGoDuration } from '../text/go-duration';
import { parseFlags } from './flags';
import { base, errAtLeastOneArgument, type Parsed, type ParseRequest } from './request';
import type { HealthcheckInstruction } from './types';

const MINIMUM_NS = 1e6; // Docker's container.MinimumDuration, 1ms

function interval(name: string, value: string | undefined): number | { error: string } {
  if (value === undefined || value === '') return 0;
  const ns = parseGoDuration(value);
  if (typeof ns !== 'number') return ns;
  // Best knowledge: 0 means "use the default" since the zero-values change (testfiles/health).
  if (ns === 0) return 0;
  if (ns < MINIMUM_NS) return { error: `Interval ${goQuote(name)} cannot be less than 1ms` };
  return ns;
}

export function parseHealthcheck(req: ParseRequest): Parsed<HealthcheckInstruction> {
  if (req.args.length === 0) return errAtLeastOneArgument('HEALTHCHECK');
  const type = req.args[0].toUpperCase();
  const rest = req.args.slice(1);
  const none = { interval: 0, timeout: 0, startPeriod: 0, startInterval: 0, retries: 0 };
  if (type === 'NONE') {
    if (rest.length !== 0) return { error: 'HEALTHCHECK NONE takes no arguments' };
    return { ...base('HEALTHCHECK', req), health: { test: ['NONE'], ...none } };
  }
  const flags = parseFlags(req.node.flags, {
    interval: 'string',
    timeout: 'string',
    'start-period': 'string',
    'start-interval': 'string',
    retries: 'string',
  });
  if ('error' in flags) return flags;
  if (type !== 'CMD') return { error: `Unknown type ${goQuote(type)} in HEALTHCHECK (try CMD)` };
  const json = req.node.json;
  const cmd = json ? rest : [rest.join(' ')];
  if (cmd.length === 0) return { error: 'Missing command after HEALTHCHECK CMD' };
  const durations = ['interval', 'timeout', 'start-period', 'start-interval'].map((n) =>
    interval(n, flags.strings.get(n)),
  );
  for (const d of durations) if (typeof d !== 'number') return d;
  const [iv, timeout, startPeriod, startInterval] = durations as number[];
  let retries = 0;
  const retriesText = flags.strings.get('retries');
  if (retriesText !== undefined && retriesText !== '') {
    if (!/^[+-]?\d+$/.test(retriesText) || Math.abs(Number(retriesText)) > 2 ** 31 - 1) {
      return { error: `strconv.ParseInt: parsing ${goQuote(retriesText)}: invalid syntax` };
    }
    retries = Number(retriesText);
    if (retries < 0) return { error: `--retries cannot be negative (${retries})` };
  }
  return {
    ...base('HEALTHCHECK', req),
    health: {
      test: [json ? 'CMD' : 'CMD-SHELL', ...cmd],
      interval: iv,
      timeout,
      startPeriod,
      startInterval,
      retries,
    },
  };
}
