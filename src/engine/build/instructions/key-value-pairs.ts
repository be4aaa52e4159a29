// ENV and LABEL arguments arrive as key, value, separator triples; separator `` marks the
// legacy `KEY value` form.

import { errAtLeastOneArgument, errBlankCommandNames, errTooManyArguments } from './request';
import type { KeyValuePair } from './types';

export function keyValuePairs(
  args: readonly string[],
  cmd: string,
): KeyValuePair[] | { error: string } {
  if (args.length === 0) return errAtLeastOneArgument(cmd);
  if (args.length % 3 !== 0) return errTooManyArguments(cmd);
  const pairs: KeyValuePair[] = [];
  for (let i = 0; i < args.length; i += 3) {
    if (args[i] === '') return errBlankCommandNames(cmd);
    pairs.push({ key: args[i], value: args[i + 1], legacy: args[i + 2] === '' });
  }
  return pairs;
}
