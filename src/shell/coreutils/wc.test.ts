import { describe, expect, it } from 'vitest';
import { createLab, run, seed } from './test-context';
import { wc } from './wc';

describe('wc', () => {
  it('counts stdin with width 7', async () => {
    expect((await run(createLab(), wc, [], { stdin: 'hello world\nbye\n' })).stdout).toBe(
      '      2       3      16\n',
    );
  });

  it('single counts are unpadded; files get totals', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'one two\n', '/b': 'x\ny\nz\n' });
    expect((await run(lab, wc, ['-l', '/a'])).stdout).toBe('1 /a\n');
    expect((await run(lab, wc, ['/a', '/b'])).stdout).toBe(
      ' 1  2  8 /a\n 3  3  6 /b\n 4  5 14 total\n',
    );
    expect((await run(lab, wc, ['-c'], { stdin: 'héllo' })).stdout).toBe('6\n');
    expect((await run(lab, wc, ['-m'], { stdin: 'héllo' })).stdout).toBe('5\n');
  });

  it('errors', async () => {
    const lab = createLab();
    expect(await run(lab, wc, ['/nope'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'wc: /nope: No such file or directory\n',
    });
  });
});
