import { describe, expect, it } from 'vitest';
import { createServerPrograms } from '../index';
import { createMachine } from '../testing';

const tick = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

describe('redis-server and redis-cli', () => {
  it('redis 7: starts, counts, answers redis-cli, shuts down on SHUTDOWN', async () => {
    const m = createMachine(createServerPrograms, {
      '/etc/hosts': '127.0.0.1\tlocalhost\n172.17.0.2\tc1\n',
      '/data/.keep': '',
    });
    const run = m.sh('cd /data && REDIS_VERSION=7.4.4 redis-server');
    await tick();
    expect(m.net.listeners.list('c1')).toEqual([{ netns: 'c1', ip: '0.0.0.0', port: 6379 }]);
    const c = m.net.listeners.connect('c1', '127.0.0.1', 6379);
    if (!c.ok || c.service.kind !== 'redis') throw new Error('no redis');
    expect(c.service.command(['PING'], { remoteAddr: '127.0.0.1' })).toEqual({
      type: 'status',
      text: 'PONG',
    });
    expect(c.service.command(['incr', 'hits'], { remoteAddr: '127.0.0.1' })).toEqual({
      type: 'integer',
      value: 1,
    });
    c.service.command(['SHUTDOWN'], { remoteAddr: '127.0.0.1' });
    const [out, code] = await run;
    expect(code).toBe(0);
    expect(out).toContain(
      '1:C 22 Nov 2026 14:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n',
    );
    expect(out).toContain(
      '1:C 22 Nov 2026 14:00:00.000 * Redis version=7.4.4, bits=64, commit=00000000, modified=0, pid=1, just started\n',
    );
    expect(out).toContain('1:M 22 Nov 2026 14:00:00.000 * Ready to accept connections tcp\n');
    expect(out).toContain('# Redis is now ready to exit, bye bye...\n');
    expect(m.fs.exists('/data/dump.rdb')).toBe(true);
  });

  it('redis-cli through names in /etc/hosts, and its errors', async () => {
    const m = createMachine(createServerPrograms, {
      '/etc/hosts': '127.0.0.1\tlocalhost\n172.17.0.3\tredis c2\n',
    });
    expect(await m.sh('redis-cli -h redis ping')).toEqual([
      'Could not connect to Redis at redis:6379: Connection refused\n',
      1,
    ]);
    expect(await m.sh('redis-cli -h nowhere ping')).toEqual([
      'Could not connect to Redis at nowhere:6379: Name or service not known\n',
      1,
    ]);
    const { RedisStore } = await import('./keyspace');
    const store = new RedisStore('7.4.4', () => undefined);
    m.net.listeners.listen(
      { netns: 'c2', ip: '0.0.0.0', port: 6379 },
      { kind: 'redis', command: (a) => store.command(a) },
    );
    expect(await m.sh('redis-cli -h redis set counter 41')).toEqual(['OK\n', 0]);
    expect(await m.sh('redis-cli -h redis incr counter')).toEqual(['(integer) 42\n', 0]);
    expect(await m.sh('redis-cli -h redis get counter')).toEqual(['"42"\n', 0]);
    expect(await m.sh('redis-cli -h redis get nope')).toEqual(['(nil)\n', 0]);
    expect((await m.sh('redis-cli -h redis foo bar'))[0]).toBe(
      "(error) ERR unknown command 'foo', with args beginning with: 'bar' \n",
    );
  });

  it('5.0.3 from source prints its own banner', async () => {
    const m = createMachine(createServerPrograms);
    m.fs.writeFile('/usr/local/bin/redis-server', { kind: 'blob', size: 8_137_352, digest: 'b' });
    const run = m.sh('redis-server --port 7000');
    await tick();
    m.tty.interrupt();
    const [out] = await run;
    expect(out).toContain('# Redis version=5.0.3, bits=64');
    expect(out).toContain('* Running mode=standalone, port=7000.\n');
    expect(out).toContain('* Ready to accept connections\n');
  });
});
