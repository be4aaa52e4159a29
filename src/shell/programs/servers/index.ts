// The simulated servers inside images: nginx, httpd/apachectl, redis-server/redis-cli (Tomcat is
// in ../jvm). `createServerPrograms(net)` for one lab's network; `serverPrograms`
// on a registry of its own (tests, tools without a lab).

import type { Command } from '../../types';
import { createProgramNet, type ProgramNet } from './net';
import { createApachectl } from './httpd/apachectl';
import { createHttpd } from './httpd/httpd';
import { createNginx } from './nginx/nginx';
import { createRedisCli } from './redis/redis-cli';
import { createRedisServer } from './redis/redis-server';

export { createProgramNet, type ProgramNet, type Daemon } from './net';
export { connectRedis, type RedisConnection } from './redis/client';

export function createServerPrograms(net: ProgramNet): Record<string, Command> {
  return {
    nginx: createNginx(net),
    httpd: createHttpd(net),
    apachectl: createApachectl(net),
    'redis-server': createRedisServer(net),
    'redis-cli': createRedisCli(net),
  };
}

export const serverPrograms: Record<string, Command> = createServerPrograms(createProgramNet());
