import { describe, expect, it } from 'vitest';
import { df } from './df';
import { du } from './du';
import { createLab, run, seed } from './test-context';
import { tree } from './tree';

function lab() {
  const l = createLab();
  seed(l.fs, { '/app/a.txt': 'x', '/app/lib/b.txt': 'y'.repeat(5000), '/app/.hidden': '' });
  l.fs.writeFile('/app/big.bin', { kind: 'blob', size: 3 * 1024 * 1024, digest: 'sha256:aa' });
  l.fs.symlink('a.txt', '/app/link');
  return l;
}

describe('du', () => {
  it('lists directories with sizes in 1K blocks, postorder', async () => {
    expect((await run(lab(), du, ['/app'])).stdout).toBe('12\t/app/lib\n3092\t/app\n');
  });

  it('-s -h -a -c', async () => {
    const l = lab();
    expect((await run(l, du, ['-sh', '/app'])).stdout).toBe('3.1M\t/app\n');
    expect((await run(l, du, ['-a', '/app/lib'])).stdout).toBe('8\t/app/lib/b.txt\n12\t/app/lib\n');
    expect((await run(l, du, ['-c', '-s', '/app/lib', '/app/a.txt'])).stdout).toBe(
      '12\t/app/lib\n4\t/app/a.txt\n16\ttotal\n',
    );
    expect((await run(l, du, ['/nope'])).stderr).toBe(
      "du: cannot access '/nope': No such file or directory\n",
    );
  });
});

describe('df', () => {
  it('shows the overlay root in a container', async () => {
    const l = lab();
    l.fs.writeFile('/.dockerenv', '');
    const r = await run(l, df, ['-h']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Filesystem      Size  Used Avail Use% Mounted on');
    expect(lines[1]).toBe('overlay          60G  3.1M   60G   1% /');
    expect(lines[2]).toBe('tmpfs            64M     0   64M   0% /dev');
  });

  it('1K blocks and -T on the host', async () => {
    const r = await run(lab(), df, ['-T', '/']);
    expect(r.stdout.split('\n')[0]).toBe(
      'Filesystem     Type 1K-blocks  Used Available Use% Mounted on',
    );
    expect(r.stdout.split('\n')[1]).toBe('/dev/vda1      ext4  62914560  3096  62911464   1% /');
  });
});

describe('tree', () => {
  it('draws the tree with a summary', async () => {
    expect((await run(lab(), tree, ['/app'])).stdout).toBe(
      [
        '/app',
        '├── a.txt',
        '├── big.bin',
        '├── lib',
        '│   └── b.txt',
        '└── link -> a.txt',
        '',
        '1 directory, 4 files',
        '',
      ].join('\n'),
    );
  });

  it('-a, -d, -L', async () => {
    const l = lab();
    expect((await run(l, tree, ['-a', '-L', '1', '/app'])).stdout).toContain('├── .hidden\n');
    expect((await run(l, tree, ['-d', '/app'])).stdout).toBe('/app\n└── lib\n\n1 directory\n');
    expect((await run(l, tree, ['/nope'])).stdout).toBe(
      '/nope  [error opening dir]\n\n0 directories, 0 files\n',
    );
  });
});
