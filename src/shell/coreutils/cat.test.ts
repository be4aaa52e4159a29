import { describe, expect, it } from 'vitest';
import { cat } from './cat';
import { createLab, run, seed } from './test-context';

describe('cat', () => {
  it('concatenates files and stdin', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'one\n', '/b': 'two\n' });
    expect(await run(lab, cat, ['/a', '-', '/b'], { stdin: 'mid\n' })).toEqual({
      code: 0,
      stdout: 'one\nmid\ntwo\n',
      stderr: '',
    });
  });

  it('reports missing files and directories with GNU wording, exit 1', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'x\n', '/d/': '' });
    const r = await run(lab, cat, ['/nope', '/d', '/a']);
    expect(r.stdout).toBe('x\n');
    expect(r.stderr).toBe('cat: /nope: No such file or directory\ncat: /d: Is a directory\n');
    expect(r.code).toBe(1);
  });

  it('numbers lines across files, -b skips blanks, -s squeezes, -A shows ends and tabs', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'a\n\n\n\tb\n', '/b': 'c' });
    expect((await run(lab, cat, ['-n', '/a', '/b'])).stdout).toBe(
      '     1\ta\n     2\t\n     3\t\n     4\t\tb\n     5\tc',
    );
    expect((await run(lab, cat, ['-bs', '/a'])).stdout).toBe('     1\ta\n\n     2\t\tb\n');
    expect((await run(lab, cat, ['-A', '/a'])).stdout).toBe('a$\n$\n$\n^Ib$\n');
  });

  it('stops reading a pipe once its reader is gone (checkpoint says stop)', async () => {
    const lab = createLab();
    lab.budget = 1;
    const r = await run(lab, cat, [], { stdin: 'y\n'.repeat(1000) });
    expect(r.code).toBe(141);
    expect(r.stdout).toBe('y\n'.repeat(512));
  });

  it('rejects unknown options', async () => {
    const r = await run(createLab(), cat, ['-z']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n",
    });
  });
});
