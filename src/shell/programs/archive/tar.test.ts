import { describe, expect, it } from 'vitest';
import { redisTarballData } from '../../../engine/world';
import { createLab, run, seed } from '../../coreutils/test-context';
import { tar } from './tar';

function tree(lab: ReturnType<typeof createLab>): void {
  seed(lab.fs, {
    '/src/app/main.py': 'print("hi")\n',
    '/src/app/lib/util.py': 'X = 1\n',
    '/src/app/empty/': '',
    '/tmp/': '',
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nwww:x:33:33::/var/www:/bin/false\n',
    '/etc/group': 'root:x:0:\nwww:x:33:\n',
  });
  lab.fs.writeFile('/src/app/bin.so', { kind: 'blob', size: 123456, digest: 'sha256:abc' });
  lab.fs.chmod('/src/app/bin.so', 0o755);
  lab.fs.chown('/src/app/main.py', 33, 33);
  lab.fs.symlink('main.py', '/src/app/link.py');
}

describe('tar', () => {
  it('round-trips a tree: paths, modes, owners, text, blob sizes, symlinks', async () => {
    const lab = createLab();
    tree(lab);
    lab.cwd = '/src';
    expect(await run(lab, tar, ['-cf', '/tmp/a.tar', 'app'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const a = lab.fs.readFile('/tmp/a.tar');
    expect(a.kind).toBe('blob');
    lab.fs.mkdir('/out', { recursive: true });
    expect((await run(lab, tar, ['-xf', '/tmp/a.tar', '-C', '/out'])).code).toBe(0);
    expect(lab.fs.readText('/out/app/main.py')).toBe('print("hi")\n');
    expect(lab.fs.stat('/out/app/main.py')).toMatchObject({ uid: 33, gid: 33, mode: 0o644 });
    expect(lab.fs.readFile('/out/app/bin.so')).toEqual({
      kind: 'blob',
      size: 123456,
      digest: 'sha256:abc',
    });
    expect(lab.fs.stat('/out/app/bin.so').mode).toBe(0o755);
    expect(lab.fs.readlink('/out/app/link.py')).toBe('main.py');
    expect(lab.fs.stat('/out/app/empty').type).toBe('dir');
    // Same tree, same digest; a change, a new one.
    await run(lab, tar, ['-cf', '/tmp/b.tar', 'app']);
    expect(lab.fs.readFile('/tmp/b.tar')).toEqual(a);
    lab.fs.writeFile('/src/app/main.py', 'print("changed")\n');
    await run(lab, tar, ['-cf', '/tmp/c.tar', 'app']);
    expect(lab.fs.readFile('/tmp/c.tar')).not.toEqual(a);
  });

  it('-v lists names as GNU tar does; -tv prints the long format', async () => {
    const lab = createLab();
    tree(lab);
    lab.cwd = '/src';
    const r = await run(lab, tar, ['cvf', 'x.tar', 'app/lib', 'app/main.py']);
    expect(r.stdout).toBe('app/lib/\napp/lib/util.py\napp/main.py\n');
    const t = await run(lab, tar, ['-tvf', 'x.tar']);
    expect(t.stdout).toBe(
      'drwxr-xr-x root/root         0 2026-11-22 14:00 app/lib/\n' +
        '-rw-r--r-- root/root         6 2026-11-22 14:00 app/lib/util.py\n' +
        '-rw-r--r-- www/www          12 2026-11-22 14:00 app/main.py\n',
    );
    const n = await run(lab, tar, ['--numeric-owner', '-tvf', 'x.tar', 'app/main.py']);
    expect(n.stdout).toBe('-rw-r--r-- 33/33            12 2026-11-22 14:00 app/main.py\n');
  });

  it('-z makes a gzip blob that -x reads with or without -z', async () => {
    const lab = createLab();
    tree(lab);
    lab.cwd = '/src';
    await run(lab, tar, ['-czf', 'x.tgz', 'app']);
    const gz = lab.fs.readFile('/src/x.tgz');
    await run(lab, tar, ['-cf', 'x.tar', 'app']);
    expect(gz.kind === 'blob' && gz.size).toBeLessThan(lab.fs.stat('/src/x.tar').size);
    lab.fs.mkdir('/o1');
    lab.fs.mkdir('/o2');
    expect((await run(lab, tar, ['xzf', 'x.tgz', '-C', '/o1'])).code).toBe(0);
    expect((await run(lab, tar, ['-xf', 'x.tgz', '-C', '/o2'])).code).toBe(0);
    expect(lab.fs.readText('/o2/app/lib/util.py')).toBe('X = 1\n');
    expect(await run(lab, tar, ['-xzf', 'x.tar'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n',
    });
  });

  it('extracts the redis tarball with --strip-components=1', async () => {
    const lab = createLab();
    lab.fs.writeFile('/redis.tar.gz', redisTarballData());
    lab.fs.mkdir('/usr/src/redis', { recursive: true });
    const r = await run(lab, tar, [
      '-xzf',
      '/redis.tar.gz',
      '-C',
      '/usr/src/redis',
      '--strip-components=1',
    ]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lab.fs.readText('/usr/src/redis/src/version.h')).toContain('5.0.3');
    expect(lab.fs.readText('/usr/src/redis/Makefile')).toContain(
      'the real shit is at src/Makefile',
    );
    expect(lab.fs.stat('/usr/src/redis/src/server.c').size).toBe(183452);
    expect(lab.fs.exists('/usr/src/redis/deps/jemalloc/configure')).toBe(true);
    expect(lab.fs.stat('/usr/src/redis/runtest').mode).toBe(0o775);
    const t = await run(lab, tar, ['-tzf', '/redis.tar.gz']);
    expect(t.stdout.split('\n')[0]).toBe('redis-5.0.3/');
  });

  it('archives a whole root with --exclude, warning about the leading slash and itself', async () => {
    const lab = createLab();
    tree(lab);
    seed(lab.fs, { '/proc/1/status': 'x', '/sys/kernel/x': 'y', '/root/': '' });
    lab.cwd = '/root';
    const r = await run(lab, tar, [
      '--numeric-owner',
      '--exclude=/proc',
      '--exclude=/sys',
      '-cvf',
      'centos7u6.tar',
      '/',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "tar: Removing leading `/' from member names\ntar: /root/centos7u6.tar: file is the archive; not dumped\n",
    );
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('/');
    expect(lines).toContain('/src/app/main.py');
    expect(lines.some((l) => l.startsWith('/proc') || l.startsWith('/sys'))).toBe(false);
    const t = await run(lab, tar, ['-tf', 'centos7u6.tar']);
    expect(t.stdout.split('\n').slice(0, 2)).toEqual(['./', 'etc/']);
  });

  it('is linear on thousands of entries', async () => {
    const lab = createLab();
    for (let d = 0; d < 50; d++) {
      lab.fs.mkdir(`/big/d${d}`, { recursive: true });
      for (let f = 0; f < 100; f++)
        lab.fs.writeFile(
          `/big/d${d}/f${f}`,
          f % 2 ? `text ${f}\n` : { kind: 'blob', size: f, digest: `sha256:${d}-${f}` },
        );
    }
    lab.budget = 1e9;
    const r = await run(lab, tar, ['-cf', '/big.tar', '/big']);
    expect(r.code).toBe(0);
    const t = await run(lab, tar, ['-tf', '/big.tar']);
    expect(t.stdout.split('\n').length).toBe(1 + 50 + 5000 + 1);
  });

  it('reports the errors GNU tar reports', async () => {
    const lab = createLab();
    seed(lab.fs, { '/t.txt': 'hello\n' });
    expect(await run(lab, tar, ['-xf', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tar: x: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n',
    });
    expect((await run(lab, tar, ['-xf', '/t.txt'])).stderr).toBe(
      'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n',
    );
    expect((await run(lab, tar, ['-f', 'x'])).stderr).toBe(
      "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n",
    );
    expect((await run(lab, tar, ['-cf', '/a.tar'])).stderr).toBe(
      "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n",
    );
    const missing = await run(lab, tar, ['-cf', '/a.tar', 'nope']);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tar: nope: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n',
    });
    await run(lab, tar, ['-cf', '/b.tar', '/t.txt']);
    expect((await run(lab, tar, ['-xf', '/b.tar', '-C', '/nowhere'])).stderr).toBe(
      'tar: /nowhere: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n',
    );
    expect((await run(lab, tar, ['-tf', '/b.tar', 'zz'])).stderr).toBe(
      'tar: zz: Not found in archive\ntar: Exiting with failure status due to previous errors\n',
    );
  });
});
