// redis-server: the startup log of redis 7 (official image) or 5.0.3 (built from source in seed
// 003), `Ready to accept connections`, a keyspace served through the listeners until SIGTERM or
// SHUTDOWN, then the shutdown lines and dump.rdb in the working directory.

import type { Command, CommandContext } from '../../../types';
import type { ProgramNet } from '../net';
import { redisTime } from '../lib/time';
import { stopSwitch } from '../lib/wait';
import { RedisStore } from './keyspace';
import { isV7, redisVersion } from './version';

interface ServerOpts {
  port: number;
  config?: string;
  bind: string;
}

function parseArgs(ctx: CommandContext, argv: readonly string[]): ServerOpts | string {
  const o: ServerOpts = { port: 6379, bind: '0.0.0.0' };
  let i = 1;
  if (argv[1] && !argv[1].startsWith('-')) {
    o.config = argv[1];
    i = 2;
    let text: string;
    try {
      text = ctx.fs.readText(ctx.resolve(o.config));
    } catch {
      return `Fatal error, can't open config file '${o.config}': No such file or directory`;
    }
    for (const line of text.split('\n')) {
      const [k, v] = line.trim().split(/\s+/);
      if (k === 'port' && v) o.port = Number(v);
      if (k === 'bind' && v) o.bind = v === '*' ? '0.0.0.0' : v;
    }
  }
  for (; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--port') o.port = Number(argv[++i]);
    else if (a === '--bind') o.bind = argv[++i] ?? o.bind;
    else if (a.startsWith('--')) {
      // other options take one value and are accepted without effect in the lab
      if (argv[i + 1] !== undefined && !argv[i + 1]?.startsWith('--')) i++;
    }
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
    return `\n*** FATAL CONFIG FILE ERROR (Redis ${redisVersion(ctx)}) ***\nReading the configuration file, at line 2\n>>> 'port "${o.port}"'\nInvalid port`;
  return o;
}

export function createRedisServer(net: ProgramNet): Command {
  return {
    name: 'redis-server',
    async run(ctx) {
      const v = redisVersion(ctx);
      if (ctx.argv[1] === '--version' || ctx.argv[1] === '-v') {
        ctx.stdout.write(
          `Redis server v=${v} sha=00000000:0 malloc=jemalloc-${isV7(v) ? '5.3.0' : '5.1.0'} bits=64 build=${isV7(v) ? '8c2d7fae0d9c8ac5' : 'c0d8b8e0e1b7c4d1'}\n`,
        );
        return 0;
      }
      const parsed = parseArgs(ctx, ctx.argv);
      if (typeof parsed === 'string') {
        ctx.stderr.write(`${parsed}\n`);
        return 1;
      }
      const o = parsed;
      const pid = 1;
      const log = (role: 'C' | 'M', mark: '*' | '#', text: string) =>
        ctx.stdout.write(`${pid}:${role} ${redisTime(ctx.clock.now())} ${mark} ${text}\n`);
      const v7 = isV7(v);
      if (v7)
        log(
          'C',
          '#',
          "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
        );
      log('C', v7 ? '*' : '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
      log(
        'C',
        v7 ? '*' : '#',
        `Redis version=${v}, bits=64, commit=00000000, modified=0, pid=${pid}, just started`,
      );
      if (o.config) log('C', v7 ? '*' : '#', 'Configuration loaded');
      else
        log(
          'C',
          '#',
          `Warning: no config file specified, using the default config. In order to specify a config file use ${ctx.argv[0]} /path/to/redis.conf`,
        );
      if (v7) log('M', '*', 'monotonic clock: POSIX clock_gettime');
      let stop: () => void = () => undefined;
      const store = new RedisStore(v, () => stop());
      const bound = net.listeners.listen(
        { netns: net.netnsOf(ctx), ip: o.bind, port: o.port },
        { kind: 'redis', command: (args) => store.command(args) },
      );
      if (!bound.ok) {
        log(
          'M',
          '#',
          `Warning: Could not create server TCP listening socket *:${o.port}: bind: Address already in use`,
        );
        log('M', '#', `Failed listening on port ${o.port} (tcp), aborting.`);
        return 1;
      }
      log('M', '*', `Running mode=standalone, port=${o.port}.`);
      if (!v7)
        log(
          'M',
          '#',
          'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.',
        );
      log('M', v7 ? '*' : '#', 'Server initialized');
      if (!v7) {
        log(
          'M',
          '#',
          "WARNING overcommit_memory is set to 0! Background save may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
        );
        log(
          'M',
          '#',
          "WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command 'echo never > /sys/kernel/mm/transparent_hugepage/enabled' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled.",
        );
      }
      log('M', '*', v7 ? 'Ready to accept connections tcp' : 'Ready to accept connections');
      const sw = stopSwitch(ctx);
      stop = () => sw.stop();
      const how = await sw.stopped;
      if (how === 'signal')
        ctx.stdout.write(
          `${pid}:signal-handler (${Math.floor(ctx.clock.now() / 1000)}) Received SIGTERM scheduling shutdown...\n`,
        );
      log('M', '#', 'User requested shutdown...');
      log('M', '*', 'Saving the final RDB snapshot before exiting.');
      try {
        ctx.fs.writeFile(ctx.resolve('dump.rdb'), {
          kind: 'blob',
          size: 88 + store.size * 16,
          digest: `sha256:redis-dump-${store.size}`,
        });
        log('M', '*', 'DB saved on disk');
      } catch {
        log(
          'M',
          '#',
          `Failed opening the temp RDB file temp-${pid}.rdb (in server root dir ${ctx.cwd}) for saving: Permission denied`,
        );
      }
      bound.close();
      log('M', '#', 'Redis is now ready to exit, bye bye...');
      return 0;
    },
  };
}
