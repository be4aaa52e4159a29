import { describe, expect, it } from 'vitest';
import { mkdir } from './mkdir';
import { createLab, run, seed } from './test-context';

describe('mkdir', () => {
  it('creates a directory with mode 755', async () => {
    const lab = createLab();
    expect((await run(lab, mkdir, ['/a'])).code).toBe(0);
    expect(lab.fs.stat('/a')).toMatchObject({ type: 'dir', mode: 0o755 });
  });

  it('fails on a missing parent or an existing name', async () => {
    const lab = createLab();
    seed(lab.fs, { '/x/': '' });
    expect(await run(lab, mkdir, ['/a/b', '/x'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "mkdir: cannot create directory '/a/b': No such file or directory\n" +
        "mkdir: cannot create directory '/x': File exists\n",
    });
  });

  it('-p creates parents quietly, -v reports each', async () => {
    const lab = createLab();
    lab.cwd = '/';
    seed(lab.fs, { '/a/': '' });
    expect(await run(lab, mkdir, ['-pv', 'a/b/c'])).toEqual({
      code: 0,
      stdout: "mkdir: created directory 'a/b'\nmkdir: created directory 'a/b/c'\n",
      stderr: '',
    });
    expect((await run(lab, mkdir, ['-p', '/a/b'])).code).toBe(0);
  });

  it('-p over a file fails', async () => {
    const lab = createLab();
    seed(lab.fs, { '/f': '' });
    expect((await run(lab, mkdir, ['-p', '/f/g'])).stderr).toBe(
      "mkdir: cannot create directory '/f/g': Not a directory\n",
    );
  });

  it('-m sets the mode, octal or symbolic', async () => {
    const lab = createLab();
    await run(lab, mkdir, ['-m', '700', '/p']);
    await run(lab, mkdir, ['-m', 'a=rwx', '/q']);
    expect(lab.fs.stat('/p').mode).toBe(0o700);
    expect(lab.fs.stat('/q').mode).toBe(0o777);
    expect((await run(lab, mkdir, ['-m', 'zz', '/r'])).stderr).toBe("mkdir: invalid mode 'zz'\n");
  });
});
