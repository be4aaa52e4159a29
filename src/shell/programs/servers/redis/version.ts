// Which redis this is: the official image says REDIS_VERSION; Debian's package lives in /usr/bin;
// otherwise it is the 5.0.3 the seed builds from source into /usr/local/bin.

import type { CommandContext } from '../../../types';

export function redisVersion(ctx: CommandContext): string {
  if (ctx.env.REDIS_VERSION) return ctx.env.REDIS_VERSION;
  if (ctx.fs.exists('/usr/bin/redis-server') && !ctx.fs.exists('/usr/local/bin/redis-server'))
    return '7.0.15';
  return '5.0.3';
}

export const isV7 = (v: string): boolean => Number(v.split('.')[0]) >= 7;
