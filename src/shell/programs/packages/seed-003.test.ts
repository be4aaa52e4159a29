// The seed 003 redis build, typed as one RUN line, through the real shell on a fake debian root.

import { describe, expect, it } from 'vitest';
import { coreutils } from '../../coreutils';
import { createHarness } from '../../testing/harness';
import { archivePrograms } from '../archive';
import { buildTools } from '../build-tools';
import { netPrograms } from '../net';
import { packagePrograms } from '.';
import { debianRoot } from './testing/fake-roots';

const LINE =
  'apt-get update && apt-get install -y gcc libc6-dev make wget && wget http://download.redis.io/releases/redis-5.0.3.tar.gz && mkdir -p /usr/src/redis && tar -xzf redis-5.0.3.tar.gz -C /usr/src/redis --strip-components=1 && make -C /usr/src/redis && make -C /usr/src/redis install && rm -rf /usr/src/redis redis-5.0.3.tar.gz && apt-get purge -y --auto-remove gcc libc6-dev make wget';

describe('seed 003: building redis in one line', () => {
  it('ends with /usr/local/bin/redis-server and the build deps gone', async () => {
    const h = createHarness({
      commands: {
        ...coreutils,
        ...archivePrograms,
        ...netPrograms,
        ...buildTools,
        ...packagePrograms,
      },
      flavor: 'debian',
    });
    debianRoot(h.fs, 'stretch', '9');
    // The harness puts every registered program on PATH; these ones come from packages.
    for (const p of ['wget', 'curl', 'gcc', 'cc', 'make']) h.fs.unlink(`/usr/bin/${p}`);
    const fresh = await h.sh('wget http://example.com/');
    expect(fresh[1]).toBe(127);
    const before = await h.sh('apt-get install -y wget');
    expect(before[0].replace(/\r/g, '')).toContain('E: Unable to locate package wget\n');
    expect(before[1]).toBe(100);
    const [out, status] = await h.sh(`cd /root && ${LINE}`);
    const text = out.replace(/\r/g, '');
    expect(text).toContain('Get:1 http://deb.debian.org/debian stretch InRelease');
    expect(text).toContain('The following NEW packages will be installed:');
    // Stretch's own versions: gcc 6, glibc 2.24, wget 1.18, OpenSSL 1.1.0.
    expect(text).toContain(
      'Get:19 http://deb.debian.org/debian stretch/main amd64 gcc-6 amd64 6.3.0-18+deb9u1 [6901 kB]',
    );
    expect(text).toContain('Unpacking libc6-dev:amd64 (2.24-11+deb9u4) ...');
    expect(text).toContain('Setting up wget (1.18-5+deb9u3) ...');
    expect(text).toContain('Setting up libssl1.1:amd64 (1.1.0l-1~deb9u1) ...');
    expect(text).toContain('Processing triggers for libc-bin (2.24-11+deb9u4) ...');
    expect(text).not.toMatch(/12\.2\.0|deb12/);
    expect(text).toMatch(/0 upgraded, \d+ newly installed, 0 to remove and 0 not upgraded\./);
    expect(text).toContain("Saving to: 'redis-5.0.3.tar.gz'");
    expect(text).toContain('    LINK redis-server');
    expect(text).toContain('    INSTALL install');
    expect(text).toContain('The following packages will be REMOVED:');
    expect(status).toBe(0);
    expect(h.fs.stat('/usr/local/bin/redis-server').size).toBeGreaterThan(7_000_000);
    expect(h.fs.exists('/usr/src/redis')).toBe(false);
    expect(h.fs.exists('/usr/bin/gcc')).toBe(false);
    expect(h.fs.exists('/usr/bin/wget')).toBe(false);
    expect(h.fs.exists('/usr/lib/gcc/x86_64-linux-gnu/6/cc1')).toBe(false);
    const status2 = h.fs.readText('/var/lib/dpkg/status');
    expect(status2).not.toContain('Package: gcc-6\n');
    expect(status2).not.toContain('Package: libssl1.1\n');
  });
});
