import { describe, expect, it } from 'vitest';
import { LAB_EPOCH_MS } from '../../engine/clock/clock';
import { createLayer, createUnionMount } from '../../engine/storage';
import { ls } from './ls';
import { createLab, run, seed } from './test-context';

function lab() {
  const l = createLab();
  seed(l.fs, {
    '/etc/passwd':
      'root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33::/var/www:/usr/sbin/nologin\n',
    '/etc/group': 'root:x:0:\nwww-data:x:33:\n',
    '/w/b.txt': 'hello\n',
    '/w/a.sh': '#!/bin/sh\n',
    '/w/.hidden': '',
    '/w/dir/': '',
    '/w/dir/inner': 'x',
  });
  l.fs.chmod('/w/a.sh', 0o755);
  l.fs.symlink('b.txt', '/w/link');
  l.cwd = '/w';
  return l;
}

describe('ls', () => {
  it('lists one per line when piped, sorted, hiding dotfiles', async () => {
    const r = await run(lab(), ls, []);
    expect(r).toEqual({ code: 0, stdout: 'a.sh\nb.txt\ndir\nlink\n', stderr: '' });
  });

  it('-a and -A', async () => {
    expect((await run(lab(), ls, ['-a'])).stdout).toBe('.\n..\n.hidden\na.sh\nb.txt\ndir\nlink\n');
    expect((await run(lab(), ls, ['-A'])).stdout).toBe('.hidden\na.sh\nb.txt\ndir\nlink\n');
  });

  it('columns and colours on a terminal', async () => {
    const r = await run(lab(), ls, [], { tty: true, columns: 80 });
    expect(r.stdout).toBe(
      '\x1b[0m\x1b[01;32ma.sh\x1b[0m  b.txt  \x1b[01;34mdir\x1b[0m  \x1b[01;36mlink\x1b[0m\n',
    );
  });

  it('fits columns to the terminal width, filling down first', async () => {
    const l = createLab();
    const names = Array.from({ length: 10 }, (_, i) => `file-number-${i}`);
    seed(l.fs, Object.fromEntries(names.map((n) => [`/d/${n}`, ''])));
    const r = await run(l, ls, ['/d'], { tty: true, columns: 40 });
    expect(r.stdout).toBe(
      'file-number-0  file-number-5\nfile-number-1  file-number-6\nfile-number-2  file-number-7\n' +
        'file-number-3  file-number-8\nfile-number-4  file-number-9\n',
    );
  });

  it('-l long format with total, owners, symlink targets', async () => {
    const l = lab();
    l.fs.chown('/w/b.txt', 33, 33);
    l.clock.advance(60_000);
    const r = await run(l, ls, ['-l']);
    expect(r.stdout).toBe(
      [
        'total 12',
        '-rwxr-xr-x 1 root     root       10 Nov 22 14:00 a.sh',
        '-rw-r--r-- 1 www-data www-data    6 Nov 22 14:00 b.txt',
        'drwxr-xr-x 2 root     root     4096 Nov 22 14:00 dir',
        'lrwxrwxrwx 1 root     root        5 Nov 22 14:00 link -> b.txt',
        '',
      ].join('\n'),
    );
  });

  it('-n numeric ids, -h human sizes, old dates show the year', async () => {
    const l = lab();
    l.fs.writeFile('/w/big', { kind: 'blob', size: 5 * 1024 * 1024, digest: 'sha256:ab' });
    l.fs.utimes('/w/big', LAB_EPOCH_MS - 400 * 24 * 3600 * 1000);
    const r = await run(l, ls, ['-lnh', '/w/big', '/w/b.txt']);
    expect(r.stdout).toBe(
      '-rw-r--r-- 1 0 0 6 Nov 22 14:00 /w/b.txt\n-rw-r--r-- 1 0 0 5.0M Oct 18  2025 /w/big\n'.replace(
        '0 6 ',
        '0    6 ',
      ),
    );
  });

  it('-F and -p mark types', async () => {
    expect((await run(lab(), ls, ['-F'])).stdout).toBe('a.sh*\nb.txt\ndir/\nlink@\n');
    expect((await run(lab(), ls, ['-p'])).stdout).toBe('a.sh\nb.txt\ndir/\nlink\n');
  });

  it('-g and -o drop the owner or the group', async () => {
    expect((await run(lab(), ls, ['-g', 'b.txt'])).stdout).toBe(
      '-rw-r--r-- 1 root 6 Nov 22 14:00 b.txt\n',
    );
    expect((await run(lab(), ls, ['-go', 'b.txt'])).stdout).toBe(
      '-rw-r--r-- 1 6 Nov 22 14:00 b.txt\n',
    );
  });

  it('missing operands exit 2; files listed before directories with headers', async () => {
    const r = await run(lab(), ls, ['nope', 'dir', 'b.txt']);
    expect(r.stderr).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(r.stdout).toBe('b.txt\n\ndir:\ninner\n');
    expect(r.code).toBe(2);
  });

  it('-R recurses with headers; -d lists the directory itself', async () => {
    expect((await run(lab(), ls, ['-R'])).stdout).toBe(
      '.:\na.sh\nb.txt\ndir\nlink\n\n./dir:\ninner\n',
    );
    expect((await run(lab(), ls, ['-d', 'dir'])).stdout).toBe('dir\n');
  });

  it('-S -t -r sort; -i shows inodes', async () => {
    const l = lab();
    l.clock.advance(1000);
    l.fs.writeFile('/w/dir/newer', 'zz');
    expect((await run(l, ls, ['-S', 'dir'])).stdout).toBe('newer\ninner\n');
    expect((await run(l, ls, ['-t', 'dir'])).stdout).toBe('newer\ninner\n');
    expect((await run(l, ls, ['-tr', 'dir'])).stdout).toBe('inner\nnewer\n');
    const ino = l.fs.stat('/w/dir/inner').ino;
    expect((await run(l, ls, ['-i', 'dir/inner'])).stdout).toBe(`${ino} dir/inner\n`);
  });

  it('shows whiteouts as character devices 0, 0 (the overlay2 diff view)', async () => {
    const l = createLab();
    const layer = createLayer({
      id: 'diff',
      entries: [
        { path: '/diff/etc/gone', type: 'chardev', mode: 0 },
        { path: '/diff/etc/kept', type: 'file', data: 'x\n', mtimeMs: LAB_EPOCH_MS },
      ],
      mtimeMs: LAB_EPOCH_MS,
    });
    const fs = createUnionMount({ lowers: [layer], clock: l.clock });
    const lab2 = { ...l, fs };
    const r = await run(lab2, ls, ['-l', '/diff/etc']);
    expect(r.stdout).toBe(
      'total 4\nc--------- 1 root root 0, 0 Nov 22 14:00 gone\n-rw-r--r-- 1 root root    2 Nov 22 14:00 kept\n',
    );
    expect((await run(lab2, ls, ['/diff/etc'], { tty: true })).stdout).toBe(
      '\x1b[0m\x1b[40;33;01mgone\x1b[0m  kept\n',
    );
  });

  it('quotes names with spaces on a terminal', async () => {
    const l = createLab();
    seed(l.fs, { '/q/a b': '', '/q/c': '' });
    expect((await run(l, ls, ['/q'], { tty: true })).stdout).toBe("'a b'   c\n");
    expect((await run(l, ls, ['/q'])).stdout).toBe('a b\nc\n');
  });

  it('invalid option: exit 2', async () => {
    const r = await run(lab(), ls, ['-z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n");
  });
});
