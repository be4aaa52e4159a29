import { describe, expect, it } from 'vitest';
import {
  compress,
  createWorld,
  openTar,
  parseUrl,
  redisTarballData,
  registerTar,
  respond,
  type TarMember,
} from '.';

const member = (name: string, text: string): TarMember => ({
  name,
  type: 'file',
  mode: 0o644,
  uid: 0,
  gid: 0,
  uname: 'root',
  gname: 'root',
  mtimeMs: 0,
  data: { kind: 'text', text },
});

describe('world', () => {
  it('parses URLs as curl and wget accept them', () => {
    expect(parseUrl('localhost:8082')).toMatchObject({
      ok: true,
      url: { scheme: 'http', host: 'localhost', port: 8082, path: '/' },
    });
    expect(parseUrl('https://Example.com/a?b#c')).toMatchObject({
      ok: true,
      url: { host: 'example.com', port: 443, path: '/a?b', href: 'https://example.com/a?b' },
    });
    expect(parseUrl('ftp://x/')).toEqual({ ok: false, reason: 'scheme' });
  });

  it('resolves the internet, not unknown names; extensions come first', () => {
    const world = createWorld();
    expect(world.resolve('download.redis.io')?.address).toBe('45.60.125.1');
    expect(world.resolve('nosuch.example')).toBeUndefined();
    const site = {
      address: '172.17.0.2',
      handle: (req: Parameters<typeof respond>[0]) => respond(req, 200, 'hi\n', 'text/plain'),
    };
    const lab = world.extend((h) => (h === '172.17.0.2' || h === 'web' ? site : undefined));
    expect(lab.resolve('web')).toBe(site);
    expect(lab.resolve('example.com')?.address).toBe('93.184.215.14');
    expect(world.resolve('web')).toBeUndefined();
  });

  it('archive digests depend on content only, and unwrap through compression', () => {
    const a = registerTar([member('a/x', 'one\n')]);
    const b = registerTar([member('a/x', 'one\n')]);
    const c = registerTar([member('a/x', 'two\n')]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.kind === 'blob' && a.size).toBe(10240);
    const gz = compress('gzip', a);
    expect(openTar(gz)).toMatchObject({ compression: 'gzip', members: [{ name: 'a/x' }] });
    expect(openTar({ kind: 'text', text: 'x' })).toBeUndefined();
  });

  it('serves the seed tarball with its real size and a source tree inside', () => {
    const t = openTar(redisTarballData());
    expect(redisTarballData().size).toBe(1959445);
    expect(t?.members.some((m) => m.name === 'redis-5.0.3/src/server.c')).toBe(true);
  });
});
