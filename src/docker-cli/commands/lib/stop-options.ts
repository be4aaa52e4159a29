// The flags docker stop and docker restart share: -s/--signal and -t/--timeout, plus --time,
// the old name of --timeout that Docker 28 still accepts but hides from --help.

import { flagChanged, flagNumber, flagString } from '../../flags/accessors';
import type { FlagSpec, ParsedCommand } from '../../flags/types';

export const HIDDEN_TIME_FLAG: FlagSpec = {
  long: 'time',
  type: 'int',
  description: 'Seconds to wait before killing the container',
};

export interface StopOptions {
  timeout?: number;
  signal?: string;
}

/** The options as the engine's stop/restart take them: absent when not given. */
export function stopOptions(p: ParsedCommand): StopOptions {
  const signal = flagString(p, 'signal');
  const timeout = flagChanged(p, 'timeout')
    ? flagNumber(p, 'timeout')
    : flagChanged(p, 'time')
      ? flagNumber(p, 'time')
      : undefined;
  return {
    ...(timeout !== undefined ? { timeout } : {}),
    ...(signal !== '' ? { signal } : {}),
  };
}
