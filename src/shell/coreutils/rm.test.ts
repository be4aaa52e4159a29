import { describe, expect, it } from 'vitest';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { createLab, run, seed } from './test-context';

describe('rm', () => {
  it('removes files; missing ones are errors unless -f', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': '' });
    expect(await run(lab, rm, ['/a', '/x'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "rm: cannot remove '/x': No such file or directory\n",
    });
    expect(lab.fs.exists('/a')).toBe(false);
    expect((await run(lab, rm, ['-f', '/x'])).code).toBe(0);
    expect((await run(lab, rm, ['-f'])).code).toBe(0);
    expect((await run(lab, rm, [])).stderr).toBe(
      "rm: missing operand\nTry 'rm --help' for more information.\n",
    );
  });

  it('refuses directories without -r, removes them with -r, -v reports', async () => {
    const lab = createLab();
    seed(lab.fs, { '/d/f': '', '/d/e/': '' });
    expect((await run(lab, rm, ['/d'])).stderr).toBe("rm: cannot remove '/d': Is a directory\n");
    expect((await run(lab, rm, ['-d', '/d'])).stderr).toBe(
      "rm: cannot remove '/d': Directory not empty\n",
    );
    expect(await run(lab, rm, ['-rv', '/d'])).toEqual({
      code: 0,
      stdout: "removed directory '/d/e'\nremoved '/d/f'\nremoved directory '/d'\n",
      stderr: '',
    });
    expect(lab.fs.exists('/d')).toBe(false);
  });

  it('refuses / and . and ..', async () => {
    const lab = createLab();
    seed(lab.fs, { '/keep': '' });
    expect(await run(lab, rm, ['-rf', '/'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "rm: it is dangerous to operate recursively on '/'\n" +
        'rm: use --no-preserve-root to override this failsafe\n',
    });
    expect(lab.fs.exists('/keep')).toBe(true);
    expect((await run(lab, rm, ['-r', '.'])).stderr).toBe(
      "rm: refusing to remove '.' or '..' directory: skipping '.'\n",
    );
  });

  it('removes a symlink, not its target', async () => {
    const lab = createLab();
    seed(lab.fs, { '/d/f': '' });
    lab.fs.symlink('/d', '/l');
    await run(lab, rm, ['-r', '/l']);
    expect(lab.fs.exists('/d/f')).toBe(true);
  });
});

describe('rmdir', () => {
  it('removes empty directories, refuses full ones', async () => {
    const lab = createLab();
    seed(lab.fs, { '/e/': '', '/d/f': '' });
    lab.cwd = '/';
    expect(await run(lab, rmdir, ['e', 'd', 'nope'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "rmdir: failed to remove 'd': Directory not empty\n" +
        "rmdir: failed to remove 'nope': No such file or directory\n",
    });
    expect(lab.fs.exists('/e')).toBe(false);
  });

  it('-p removes parents', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a/b/c/': '' });
    lab.cwd = '/';
    expect((await run(lab, rmdir, ['-p', 'a/b/c'])).code).toBe(0);
    expect(lab.fs.exists('/a')).toBe(false);
  });
});
