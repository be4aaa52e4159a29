import { describe, expect, it } from 'vitest';
import { createLab, run } from '../../coreutils/test-context';
import { apk } from './apk';
import { alpineRoot } from './testing/fake-roots';

describe('apk', () => {
  it('needs an index: plain add fails on a fresh image, --no-cache fetches one', async () => {
    const lab = createLab();
    alpineRoot(lab.fs);
    expect(await run(lab, apk, ['add', 'curl'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'ERROR: unable to select packages:\n  curl (no such package):\n    required by: world[curl]\n',
    });
    const r = await run(lab, apk, ['add', '--no-cache', 'curl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz',
    );
    expect(lines[2]).toMatch(/^\(1\/9\) Installing /);
    expect(r.stdout).toContain('Installing curl (8.5.0-r0)\n');
    expect(r.stdout).toMatch(/OK: \d+ MiB in 24 packages\n$/);
    expect(lab.fs.readdir('/var/cache/apk')).toEqual([]);
    expect(lab.fs.readText('/lib/apk/db/installed')).toContain('P:curl\nV:8.5.0-r0\n');
    expect(lab.fs.readText('/etc/apk/world')).toContain('curl');
    const d = await run(lab, apk, ['del', 'curl']);
    expect(d.stdout).toContain('Purging curl (8.5.0-r0)\n');
    expect(d.stdout).toMatch(/OK: 7 MiB in 15 packages\n$/);
    expect(lab.fs.exists('/usr/bin/curl')).toBe(false);
  });

  it('update stores the index, then add works', async () => {
    const lab = createLab();
    alpineRoot(lab.fs);
    expect((await run(lab, apk, ['update'])).stdout).toContain(
      'OK: 22985 distinct packages available\n',
    );
    expect((await run(lab, apk, ['add', 'make'])).stdout).toBe(
      '(1/1) Installing make (4.4.1-r2)\nExecuting busybox-1.36.1-r15.trigger\nOK: 7 MiB in 16 packages\n',
    );
  });
});
