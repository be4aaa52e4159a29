import { describe, expect, it } from 'vitest';
import { cut } from './cut';
import { sort } from './sort';
import { createLab, run, seed } from './test-context';
import { tr } from './tr';
import { uniq } from './uniq';

const go = async (cmd: typeof sort, args: string[], stdin: string) =>
  (await run(createLab(), cmd, args, { stdin })).stdout;

describe('sort', () => {
  it('C-locale default, -r, -n, -h, -u, -f', async () => {
    expect(await go(sort, [], 'b\nB\na\n_\n10\n9\n')).toBe('10\n9\nB\n_\na\nb\n');
    expect(await go(sort, ['-r'], 'a\nc\nb\n')).toBe('c\nb\na\n');
    expect(await go(sort, ['-n'], '10\n9\n-1\nx\n')).toBe('-1\nx\n9\n10\n');
    expect(await go(sort, ['-h'], '1G\n10K\n2M\n5\n')).toBe('5\n10K\n2M\n1G\n');
    expect(await go(sort, ['-u'], 'b\na\nb\n')).toBe('a\nb\n');
    expect(await go(sort, ['-f'], 'b\nA\na\nB\n')).toBe('A\na\nB\nb\n');
  });

  it('-k and -t', async () => {
    const passwd = 'root:x:0:0\nwww:x:33:33\nbin:x:2:2\n';
    expect(await go(sort, ['-t:', '-k3', '-n'], passwd)).toBe(
      'root:x:0:0\nbin:x:2:2\nwww:x:33:33\n',
    );
    expect(await go(sort, ['-k2,2nr'], 'a 1\nb 3\nc 2\n')).toBe('b 3\nc 2\na 1\n');
  });

  it('files and errors (exit 2)', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'z\ny\n' });
    expect((await run(lab, sort, ['/a'])).stdout).toBe('y\nz\n');
    expect(await run(lab, sort, ['/nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sort: cannot read: /nope: No such file or directory\n',
    });
  });
});

describe('uniq', () => {
  it('collapses adjacent repeats; -c -d -u', async () => {
    const input = 'a\na\nb\nc\nc\nc\na\n';
    expect(await go(uniq, [], input)).toBe('a\nb\nc\na\n');
    expect(await go(uniq, ['-c'], input)).toBe('      2 a\n      1 b\n      3 c\n      1 a\n');
    expect(await go(uniq, ['-d'], input)).toBe('a\nc\n');
    expect(await go(uniq, ['-u'], input)).toBe('b\na\n');
  });
});

describe('cut', () => {
  it('-d -f, -c, -s', async () => {
    expect(await go(cut, ['-d:', '-f1,3'], 'root:x:0:0\nnodelim\n')).toBe('root:0\nnodelim\n');
    expect(await go(cut, ['-d:', '-f2-', '-s'], 'a:b:c\nnodelim\n')).toBe('b:c\n');
    expect(await go(cut, ['-c1-3'], 'abcdef\n')).toBe('abc\n');
    expect(await go(cut, ['-f2'], 'a\tb\n')).toBe('b\n');
  });

  it('errors', async () => {
    const r = await run(createLab(), cut, []);
    expect(r.stderr).toBe(
      "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
    );
    expect((await run(createLab(), cut, ['-d', 'ab', '-f1'])).stderr).toContain(
      'cut: the delimiter must be a single character',
    );
  });
});

describe('tr', () => {
  it('translates sets, ranges and classes', async () => {
    expect(await go(tr, ['a-z', 'A-Z'], 'hello\n')).toBe('HELLO\n');
    expect(await go(tr, ['[:lower:]', '[:upper:]'], 'abc\n')).toBe('ABC\n');
    expect(await go(tr, ['abc', 'x'], 'aabbcc\n')).toBe('xxxxxx\n');
    expect(await go(tr, [':', '\\n'], 'a:b\n')).toBe('a\nb\n');
  });

  it('-d, -s, -c', async () => {
    expect(await go(tr, ['-d', '[:digit:]'], 'a1b2\n')).toBe('ab\n');
    expect(await go(tr, ['-s', ' '], 'a   b  c\n')).toBe('a b c\n');
    expect(await go(tr, ['-cd', '[:alpha:]'], 'a1 b2\n')).toBe('ab');
    expect(await go(tr, ['-s', '[:space:]', '\\n'], 'a  b\t c\n')).toBe('a\nb\nc\n');
  });

  it('errors', async () => {
    expect((await run(createLab(), tr, ['a'])).stderr).toBe(
      "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
    );
  });
});
