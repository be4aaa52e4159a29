import { describe, expect, it } from 'vitest';
import { coreutils } from './index';
import { find } from './find';
import { createLab, run, seed } from './test-context';

function lab() {
  const l = createLab(coreutils);
  seed(l.fs, {
    '/app/main.py': 'print(1)\n',
    '/app/README.md': '# hi\n',
    '/app/lib/util.py': 'x = 1\n',
    '/app/lib/empty.txt': '',
    '/app/.git/config': '[core]\n',
  });
  l.fs.symlink('main.py', '/app/link');
  l.cwd = '/app';
  return l;
}

describe('find', () => {
  it('walks everything by default, preorder', async () => {
    expect((await run(lab(), find, [])).stdout).toBe(
      [
        '.',
        './.git',
        './.git/config',
        './README.md',
        './lib',
        './lib/empty.txt',
        './lib/util.py',
        './link',
        './main.py',
        '',
      ].join('\n'),
    );
  });

  it('-name -iname -type -maxdepth -mindepth', async () => {
    const l = lab();
    expect((await run(l, find, ['/app', '-name', '*.py'])).stdout).toBe(
      '/app/lib/util.py\n/app/main.py\n',
    );
    expect((await run(l, find, ['.', '-iname', 'readme*'])).stdout).toBe('./README.md\n');
    expect((await run(l, find, ['.', '-type', 'd'])).stdout).toBe('.\n./.git\n./lib\n');
    expect((await run(l, find, ['.', '-type', 'l'])).stdout).toBe('./link\n');
    expect((await run(l, find, ['.', '-maxdepth', '1', '-type', 'f'])).stdout).toBe(
      './README.md\n./main.py\n',
    );
    expect((await run(l, find, ['.', '-mindepth', '2', '-name', '*.txt'])).stdout).toBe(
      './lib/empty.txt\n',
    );
  });

  it('operators, -path, -prune, -empty, -size', async () => {
    const l = lab();
    expect(
      (await run(l, find, ['.', '-path', './.git', '-prune', '-o', '-type', 'f', '-print'])).stdout,
    ).toBe('./README.md\n./lib/empty.txt\n./lib/util.py\n./main.py\n');
    expect((await run(l, find, ['.', '!', '-type', 'd', '-empty'])).stdout).toBe(
      './lib/empty.txt\n',
    );
    expect(
      (await run(l, find, ['.', '(', '-name', '*.md', '-o', '-name', '*.txt', ')'])).stdout,
    ).toBe('./README.md\n./lib/empty.txt\n');
    expect((await run(l, find, ['.', '-type', 'f', '-size', '-1'])).stdout).toBe(
      './lib/empty.txt\n',
    );
    expect((await run(l, find, ['.', '-type', 'f', '-size', '+5c'])).stdout).toBe(
      './.git/config\n./lib/util.py\n./main.py\n',
    );
  });

  it('-exec runs commands; -delete removes', async () => {
    const l = lab();
    expect((await run(l, find, ['.', '-name', '*.py', '-exec', 'cat', '{}', ';'])).stdout).toBe(
      'x = 1\nprint(1)\n',
    );
    expect((await run(l, find, ['.', '-name', '*.py', '-exec', 'echo-none', '{}', '+'])).code).toBe(
      1,
    );
    await run(l, find, ['.', '-name', '*.py', '-delete']);
    expect(l.fs.exists('/app/main.py')).toBe(false);
    expect(l.fs.exists('/app/lib/util.py')).toBe(false);
  });

  it('errors', async () => {
    const l = lab();
    expect(await run(l, find, ['/nope'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "find: '/nope': No such file or directory\n",
    });
    expect((await run(l, find, ['.', '-bogus'])).stderr).toBe("find: unknown predicate '-bogus'\n");
    expect((await run(l, find, ['.', '-name'])).stderr).toBe("find: missing argument to '-name'\n");
  });
});
