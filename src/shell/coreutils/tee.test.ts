import { describe, expect, it } from 'vitest';
import { coreutils } from './index';
import { tee } from './tee';
import { createLab, run, seed } from './test-context';
import { xargs } from './xargs';

describe('tee', () => {
  it('copies stdin to stdout and files; -a appends', async () => {
    const lab = createLab();
    seed(lab.fs, { '/b': 'old\n' });
    expect(await run(lab, tee, ['/a', '/x/y'], { stdin: 'hi\n' })).toEqual({
      code: 1,
      stdout: 'hi\n',
      stderr: 'tee: /x/y: No such file or directory\n',
    });
    expect(lab.fs.readText('/a')).toBe('hi\n');
    await run(lab, tee, ['-a', '/b'], { stdin: 'new\n' });
    expect(lab.fs.readText('/b')).toBe('old\nnew\n');
  });
});

describe('xargs', () => {
  it('runs the command with words from stdin; default echo', async () => {
    const lab = createLab(coreutils);
    seed(lab.fs, { '/a': 'A\n', '/b': 'B\n' });
    expect((await run(lab, xargs, ['cat'], { stdin: '/a\n/b\n' })).stdout).toBe('A\nB\n');
    expect((await run(lab, xargs, ['-n', '1', 'cat'], { stdin: '/a /b' })).stdout).toBe('A\nB\n');
  });

  it('-I replaces per line, quoting, -r, exit codes', async () => {
    const lab = createLab(coreutils);
    seed(lab.fs, { '/d/': '' });
    await run(lab, xargs, ['-I', '{}', 'touch', '/d/{}.txt'], { stdin: 'one\ntwo\n' });
    expect(lab.fs.readdir('/d').map((e) => e.name)).toEqual(['one.txt', 'two.txt']);
    await run(lab, xargs, ['touch'], { stdin: '"/d/a b" /d/c\\ d' });
    expect(lab.fs.exists('/d/a b') && lab.fs.exists('/d/c d')).toBe(true);
    expect((await run(lab, xargs, ['-r', 'cat'], { stdin: '' })).code).toBe(0);
    expect((await run(lab, xargs, ['cat'], { stdin: '/nope' })).code).toBe(123);
    expect((await run(lab, xargs, ['nosuch'], { stdin: 'x' })).code).toBe(127);
    expect((await run(lab, xargs, ['cat'], { stdin: '"open' })).stderr).toBe(
      'xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option\n',
    );
  });
});
