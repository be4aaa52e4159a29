import { describe, expect, it } from 'vitest';
import { head } from './head';
import { tail } from './tail';
import { createLab, run, seed } from './test-context';

const nums = Array.from({ length: 15 }, (_, i) => `${i + 1}\n`).join('');

describe('head', () => {
  it('first 10 lines by default; -n, -N, -n -N, -c', async () => {
    const lab = createLab();
    seed(lab.fs, { '/n': nums });
    expect((await run(lab, head, ['/n'])).stdout).toBe(
      nums.split('\n').slice(0, 10).join('\n') + '\n',
    );
    expect((await run(lab, head, ['-n', '2', '/n'])).stdout).toBe('1\n2\n');
    expect((await run(lab, head, ['-3', '/n'])).stdout).toBe('1\n2\n3\n');
    expect((await run(lab, head, ['-n', '-13', '/n'])).stdout).toBe('1\n2\n');
    expect((await run(lab, head, ['-c', '3', '/n'])).stdout).toBe('1\n2');
    expect((await run(lab, head, ['-n1'], { stdin: 'a\nb\n' })).stdout).toBe('a\n');
  });

  it('headers for several files; errors', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'x\n', '/b': 'y\n' });
    expect(await run(lab, head, ['-n1', '/a', '/nope', '/b'])).toEqual({
      code: 1,
      stdout: '==> /a <==\nx\n\n==> /b <==\ny\n',
      stderr: "head: cannot open '/nope' for reading: No such file or directory\n",
    });
    expect((await run(lab, head, ['-n', 'x', '/a'])).stderr).toBe(
      "head: invalid number of lines: 'x'\n",
    );
  });
});

describe('tail', () => {
  it('last lines, +N, -c', async () => {
    const lab = createLab();
    seed(lab.fs, { '/n': nums });
    expect((await run(lab, tail, ['-n', '2', '/n'])).stdout).toBe('14\n15\n');
    expect((await run(lab, tail, ['-3', '/n'])).stdout).toBe('13\n14\n15\n');
    expect((await run(lab, tail, ['-n', '+14', '/n'])).stdout).toBe('14\n15\n');
    expect((await run(lab, tail, ['-c', '3', '/n'])).stdout).toBe('15\n');
    expect((await run(lab, tail, ['-n1'], { stdin: 'a\nb' })).stdout).toBe('b');
  });

  it('-f follows appended text until Ctrl+C', async () => {
    const lab = createLab();
    seed(lab.fs, { '/log': 'start\n' });
    lab.onCheckpoint = (n) => {
      if (n === 1) lab.fs.writeFile('/log', 'more\n', { append: true });
      if (n === 3) lab.signal.fire();
    };
    const r = await run(lab, tail, ['-f', '/log']);
    expect(r.stdout).toBe('start\nmore\n');
    expect(r.code).toBe(130);
  });

  it('-f stops when the step budget is spent', async () => {
    const lab = createLab();
    seed(lab.fs, { '/log': '' });
    lab.budget = 5;
    expect((await run(lab, tail, ['-f', '/log'])).code).toBe(0);
  });

  it('errors', async () => {
    expect((await run(createLab(), tail, ['/nope'])).stderr).toBe(
      "tail: cannot open '/nope' for reading: No such file or directory\n",
    );
  });
});
