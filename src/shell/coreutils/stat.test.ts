import { describe, expect, it } from 'vitest';
import { stat } from './stat';
import { createLab, run, seed } from './test-context';

describe('stat', () => {
  it('prints the GNU default layout', async () => {
    const lab = createLab();
    seed(lab.fs, { '/etc/hosts': '127.0.0.1\tlocalhost\n' });
    const ino = lab.fs.stat('/etc/hosts').ino;
    const r = await run(lab, stat, ['/etc/hosts']);
    expect(r.stdout).toBe(
      [
        '  File: /etc/hosts',
        '  Size: 20        \tBlocks: 8          IO Block: 4096   regular file',
        `Device: 0,52\tInode: ${String(ino).padEnd(11)} Links: 1`,
        'Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)',
        'Access: 2026-11-22 14:00:00.000000000 +0000',
        'Modify: 2026-11-22 14:00:00.000000000 +0000',
        'Change: 2026-11-22 14:00:00.000000000 +0000',
        ' Birth: -',
        '',
      ].join('\n'),
    );
  });

  it('symlinks, directories, -c formats', async () => {
    const lab = createLab();
    seed(lab.fs, { '/d/': '' });
    lab.fs.symlink('/d', '/l');
    expect((await run(lab, stat, ['/l'])).stdout).toContain('  File: /l -> /d\n');
    expect((await run(lab, stat, ['/l'])).stdout).toContain('symbolic link\n');
    expect((await run(lab, stat, ['-c', '%n %s %a %A %U:%G %F', '/d'])).stdout).toBe(
      '/d 4096 755 drwxr-xr-x root:root directory\n',
    );
    expect((await run(lab, stat, ['-L', '-c', '%F', '/l'])).stdout).toBe('directory\n');
  });

  it('errors', async () => {
    expect(await run(createLab(), stat, ['/nope'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "stat: cannot statx '/nope': No such file or directory\n",
    });
  });
});
