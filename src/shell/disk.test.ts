// The host disk: writes past it fail with ENOSPC after filling it, as on ext4; df agrees.

import { describe, expect, it } from 'vitest';
import { createManualClock } from '../engine/clock/clock';
import { createMemoryFs } from '../engine/storage';
import { coreutils } from './coreutils';
import { HostDisk, measureUsed, TEXT_LIMIT, withDiskQuota } from './disk';
import { createHarness } from './testing/harness';

const MiB = 1024 * 1024;

/** A shell whose disk has `free` bytes left. */
function fullish(free: number, stepLimit?: number) {
  let measure: () => number = () => 0;
  const disk = new HostDisk(() => measure(), 0);
  const h = createHarness({ commands: coreutils, disk, ...(stepLimit ? { stepLimit } : {}) });
  measure = () => measureUsed(h.fs);
  Object.assign(disk, { sizeBytes: measureUsed(h.fs) + free });
  return h;
}

describe('withDiskQuota', () => {
  it('fills the disk, then fails with ENOSPC; a deletion frees room again', () => {
    const fs = createMemoryFs(createManualClock());
    fs.mkdir('/root');
    const base = measureUsed(fs);
    const q = withDiskQuota(fs, new HostDisk(() => measureUsed(fs), base + 3 * 4096));
    q.writeFile('/root/a', 'x'.repeat(8192));
    expect(() => q.writeFile('/root/a', 'y'.repeat(8192), { append: true })).toThrow(
      'ENOSPC: No space left on device',
    );
    expect(fs.stat('/root/a').size).toBe(3 * 4096);
    q.unlink('/root/a');
    q.writeFile('/root/b', 'z'.repeat(8192));
    expect(fs.stat('/root/b').size).toBe(8192);
    // Rewriting a file in place charges only the difference.
    q.writeFile('/root/b', 'w'.repeat(12288));
    expect(fs.stat('/root/b').size).toBe(12288);
  });

  it('keeps a file grown past TEXT_LIMIT by appends as size-only bytes', () => {
    const fs = createMemoryFs(createManualClock());
    const q = withDiskQuota(fs, new HostDisk(() => measureUsed(fs)));
    const chunk = 'y\n'.repeat(MiB / 2);
    for (let i = 0; i < 20; i++) q.writeFile('/big', chunk, { append: true });
    expect(fs.stat('/big').size).toBe(20 * MiB);
    expect(fs.readFile('/big').kind).toBe('blob');
    expect(20 * MiB).toBeGreaterThan(TEXT_LIMIT);
  });
});

describe('a full disk in the shell', () => {
  it('yes > file stops with yes: write error, status 1, and df shows it full', async () => {
    const h = fullish(5 * MiB);
    expect(await h.sh('yes > /root/big')).toEqual([
      'yes: write error: No space left on device\n',
      1,
    ]);
    expect(h.fs.stat('/root/big').size).toBe(5 * MiB);
    const [df] = await h.sh('df /');
    expect(df.split('\n')[1]).toMatch(/^\/dev\/vda1 +\d+ +\d+ +0 100% \/$/);
    expect(await h.sh('echo hi > /root/f')).toEqual([
      'bash: echo: write error: No space left on device\n',
      1,
    ]);
    expect(await h.sh('cat /dev/zero > /root/z')).toEqual([
      'cat: write error: No space left on device\n',
      1,
    ]);
    expect(await h.sh('rm /root/big /root/z; echo hi > /root/f; cat /root/f')).toEqual(['hi\n', 0]);
  });

  it('dd stops at a full disk with the records that made it', async () => {
    const h = fullish(5 * MiB);
    expect(await h.sh('dd if=/dev/zero of=/root/d bs=2M')).toEqual([
      "dd: error writing '/root/d': No space left on device\n3+0 records in\n2+1 records out\n5242880 bytes (5.2 MB, 5.0 MiB) copied, 0.00262144 s, 2.0 GB/s\n",
      1,
    ]);
  });

  it('cp of a file that does not fit fails as cp does', async () => {
    const h = fullish(64 * 1024);
    h.fs.writeFile('/root/blob', { kind: 'blob', size: MiB, digest: 'sha256:ab' });
    const [out, status] = await h.sh('cp /root/blob /root/copy');
    expect(out).toContain('No space left on device');
    expect(status).toBe(1);
  });

  it('the host disk is df’s 60G, and yes to a file uses big writes', async () => {
    const h = createHarness({ commands: coreutils, stepLimit: 40 });
    const [df] = await h.sh('df -h /');
    expect(df.split('\n')[1]).toMatch(/^\/dev\/vda1 +60G /);
    const [, status] = await h.sh('yes > /root/y');
    expect(status).toBe(130);
    expect(h.fs.stat('/root/y').size).toBeGreaterThan(30 * MiB);
  });
});
