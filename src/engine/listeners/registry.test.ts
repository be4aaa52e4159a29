import { describe, expect, it } from 'vitest';
import { createMemoryFs } from '../storage';
import { createManualClock } from '../clock/clock';
import { defaultWorld } from '../world';
import { createListeners, listenersResolver, lookupHost, staticNetworkView } from './index';
import type { Service } from './types';

const web = (text: string): Service => ({
  kind: 'http',
  handle: (req) => ({
    status: 200,
    headers: [],
    body: `${text} ${req.path} from ${req.remoteAddr} to ${req.localAddr}:${req.localPort}`,
  }),
});

function lab() {
  const down = new Set<string>();
  const runs = new Map<string, number>();
  const view = staticNetworkView({
    machines: { web: '172.17.0.2', app: '172.17.0.3' },
    published: { '5080/tcp': [{ netns: 'web', port: 80, hostIp: '0.0.0.0' }] },
    down,
    runs,
  });
  return { net: createListeners(view), down, runs };
}

const body = (c: ReturnType<ReturnType<typeof createListeners>['connect']>, path = '/') => {
  if (!c.ok || c.service.kind !== 'http') return c.ok ? 'not http' : c.reason;
  const r = c.service.handle({
    method: 'GET',
    path,
    headers: [],
    remoteAddr: c.remoteAddr,
    localAddr: c.localAddr,
    localPort: c.localPort,
  });
  return typeof r.body === 'string' ? r.body : 'blob';
};

describe('listeners', () => {
  it('routes loopback, bridge addresses and published ports as Docker does', () => {
    const { net } = lab();
    expect(net.listen({ netns: 'web', ip: '0.0.0.0', port: 80 }, web('nginx')).ok).toBe(true);
    expect(body(net.connect('web', 'localhost', 80))).toBe(
      'nginx / from 127.0.0.1 to 127.0.0.1:80',
    );
    expect(body(net.connect('host', '172.17.0.2', 80))).toBe(
      'nginx / from 172.17.0.1 to 172.17.0.2:80',
    );
    expect(body(net.connect('app', '172.17.0.2', 80))).toBe(
      'nginx / from 172.17.0.3 to 172.17.0.2:80',
    );
    expect(body(net.connect('host', 'localhost', 5080))).toBe(
      'nginx / from 172.17.0.1 to 172.17.0.2:80',
    );
    expect(body(net.connect('host', '0.0.0.0', 5080))).toBe(
      'nginx / from 172.17.0.1 to 172.17.0.2:80',
    );
    // A container reaches the host's published port through the gateway.
    expect(body(net.connect('app', '172.17.0.1', 5080))).toBe(
      'nginx / from 172.17.0.1 to 172.17.0.2:80',
    );
  });

  it('refuses when nothing listens, resets a published port with nobody behind it', () => {
    const { net } = lab();
    expect(body(net.connect('host', 'localhost', 5081))).toBe('refused');
    expect(body(net.connect('host', 'localhost', 5080))).toBe('reset');
    expect(body(net.connect('host', '172.17.0.2', 80))).toBe('refused');
    expect(body(net.connect('host', '10.1.2.3', 80))).toBe('unreachable');
    expect(body(net.connect('host', 'redis', 6379))).toBe('unreachable');
  });

  it('loopback-only listeners are not reachable from outside the namespace', () => {
    const { net } = lab();
    net.listen({ netns: 'web', ip: '127.0.0.1', port: 80 }, web('local'));
    expect(body(net.connect('web', '127.0.0.1', 80))).toMatch(/^local/);
    expect(body(net.connect('host', '172.17.0.2', 80))).toBe('refused');
  });

  it('reports a port in use, frees it on close', () => {
    const { net } = lab();
    const a = net.listen({ netns: 'web', ip: '0.0.0.0', port: 80 }, web('a'));
    const b = net.listen({ netns: 'web', ip: '172.17.0.2', port: 80 }, web('b'));
    expect(b.ok).toBe(false);
    expect(net.listen({ netns: 'app', ip: '0.0.0.0', port: 80 }, web('c')).ok).toBe(true);
    if (a.ok) a.close();
    expect(net.listen({ netns: 'web', ip: '0.0.0.0', port: 80 }, web('d')).ok).toBe(true);
    expect(net.list('web')).toEqual([{ netns: 'web', ip: '0.0.0.0', port: 80 }]);
  });

  it("a listener dies with its namespace's run, even after a restart", () => {
    const { net, down, runs } = lab();
    net.listen({ netns: 'web', ip: '0.0.0.0', port: 80 }, web('nginx'));
    down.add('web');
    expect(body(net.connect('host', '172.17.0.2', 80))).toBe('unreachable');
    down.delete('web');
    runs.set('web', 1);
    expect(body(net.connect('host', '172.17.0.2', 80))).toBe('refused');
    expect(net.list()).toEqual([]);
  });

  it('resolves names from /etc/hosts', () => {
    const fs = createMemoryFs(createManualClock());
    fs.mkdir('/etc');
    fs.writeFile(
      '/etc/hosts',
      '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n172.17.0.2\tredis a2b9a2ec08fa fan-redis-1\n',
    );
    expect(lookupHost(fs, 'redis')).toBe('172.17.0.2');
    expect(lookupHost(fs, 'fan-redis-1')).toBe('172.17.0.2');
    expect(lookupHost(fs, 'localhost')).toBe('127.0.0.1');
    expect(lookupHost(fs, 'nope')).toBeUndefined();
  });

  it('plugs into the world curl uses', () => {
    const { net } = lab();
    net.listen({ netns: 'web', ip: '0.0.0.0', port: 80 }, web('nginx'));
    const world = defaultWorld.extend(listenersResolver(net, () => 'host'));
    const req = (host: string, port: number) => ({
      method: 'GET',
      url: { scheme: 'http' as const, host, port, path: '/x', href: '' },
      headers: [],
    });
    const site = world.resolve('localhost');
    expect(site?.address).toBe('127.0.0.1');
    const r = site?.handle(req('localhost', 5080));
    expect(r?.status).toBe(200);
    expect(r?.reason).toBe('OK');
    expect(r?.body).toEqual({ kind: 'text', text: 'nginx /x from 172.17.0.1 to 172.17.0.2:80' });
    expect(site?.handle(req('localhost', 5081))).toBeUndefined();
    expect(world.resolve('172.17.0.2')?.handle(req('172.17.0.2', 80))?.status).toBe(200);
    expect(world.resolve('example.com')?.address).not.toBe('127.0.0.1');
  });
});
