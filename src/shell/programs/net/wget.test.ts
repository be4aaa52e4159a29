import { describe, expect, it } from 'vitest';
import { createLab, run, seed } from '../../coreutils/test-context';
import { netPrograms } from '.';

const wget = netPrograms.wget;

describe('wget', () => {
  it('downloads the redis tarball as a blob of the real size, with the real log lines', async () => {
    const lab = createLab();
    seed(lab.fs, { '/root/': '' });
    lab.cwd = '/root';
    const t0 = lab.clock.now();
    const r = await run(lab, wget, ['http://download.redis.io/releases/redis-5.0.3.tar.gz']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '--2026-11-22 14:00:00--  http://download.redis.io/releases/redis-5.0.3.tar.gz',
      'Resolving download.redis.io (download.redis.io)... 45.60.125.1',
      'Connecting to download.redis.io (download.redis.io)|45.60.125.1|:80... connected.',
      'HTTP request sent, awaiting response... 200 OK',
      'Length: 1959445 (1.9M) [application/octet-stream]',
      "Saving to: 'redis-5.0.3.tar.gz'",
      '',
    ]);
    expect(lines[7]).toMatch(/^ {5}0K \.{10} \.{10} \.{10} \.{10} \.{10} {2}2% /);
    expect(r.stderr).toMatch(/\n {2}1900K \.{10} \.{3} {40}100% [ \d.]+M=\d\.\ds\n\n/);
    expect(r.stderr).toMatch(
      /2026-11-22 14:00:01 \([\d.]+ MB\/s\) - 'redis-5\.0\.3\.tar\.gz' saved \[1959445\/1959445\]\n\n$/,
    );
    expect(lab.fs.readFile('/root/redis-5.0.3.tar.gz')).toMatchObject({
      kind: 'blob',
      size: 1959445,
    });
    expect(lab.clock.now() - t0).toBeGreaterThan(500);
    // A second download does not overwrite: it saves as .1
    const again = await run(lab, wget, [
      '-q',
      'http://download.redis.io/releases/redis-5.0.3.tar.gz',
    ]);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lab.fs.exists('/root/redis-5.0.3.tar.gz.1')).toBe(true);
  });

  it('-O names the file, -c sees it is complete, UTF-8 locales get curly quotes', async () => {
    const lab = createLab();
    seed(lab.fs, { '/w/': '' });
    lab.cwd = '/w';
    lab.env.LANG = 'C.UTF-8';
    const r = await run(lab, wget, [
      '-O',
      'redis.tar.gz',
      'http://download.redis.io/releases/redis-5.0.3.tar.gz',
    ]);
    expect(r.stderr).toContain('Saving to: ‘redis.tar.gz’');
    const c = await run(lab, wget, [
      '-c',
      '-O',
      'redis.tar.gz',
      'http://download.redis.io/releases/redis-5.0.3.tar.gz',
    ]);
    expect(c.code).toBe(0);
    const c2 = await run(lab, wget, ['-c', 'http://download.redis.io/releases/redis-5.0.3.tar.gz']);
    expect(c2.code).toBe(0);
  });

  it('fails on unknown hosts (4), closed ports (4) and 404 (8)', async () => {
    const lab = createLab();
    expect(await run(lab, wget, ['http://nosuch.example/'])).toEqual({
      code: 4,
      stdout: '',
      stderr:
        '--2026-11-22 14:00:00--  http://nosuch.example/\n' +
        'Resolving nosuch.example (nosuch.example)... failed: Name or service not known.\n' +
        "wget: unable to resolve host address 'nosuch.example'\n",
    });
    const refused = await run(lab, wget, ['localhost:8082']);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain(
      'Connecting to localhost (localhost)|127.0.0.1|:8082... failed: Connection refused.\n',
    );
    const nf = await run(lab, wget, ['http://example.com/nope']);
    expect(nf.code).toBe(8);
    expect(nf.stderr).toContain('HTTP request sent, awaiting response... 404 Not Found\n');
    expect(nf.stderr).toMatch(/\d\d:\d\d:\d\d ERROR 404: Not Found\.\n\n$/);
    expect((await run(lab, wget, [])).stderr).toBe(
      "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n",
    );
  });

  it('writes text pages as text; -O - prints them; redirects are followed', async () => {
    const lab = createLab();
    const r = await run(lab, wget, ['-qO-', 'http://example.com/']);
    expect(r.stdout).toContain('<h1>Example Domain</h1>');
    const redir = await run(lab, wget, ['-O', '/p.html', 'http://pypi.python.org/simple/']);
    expect(redir.stderr).toContain('Location: https://pypi.org/simple/ [following]\n--2026');
    expect(lab.fs.readFile('/p.html').kind).toBe('text');
  });
});
