// wait: background jobs are not modelled (`&` runs in the foreground), so there is never anything
// to wait for.

import type { Command } from '../types';

export const wait: Command = { name: 'wait', run: () => 0 };
