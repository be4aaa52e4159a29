import { describe, expect, it } from 'vitest';
import { diff } from './diff';
import { md5sum } from './md5sum';
import { mktemp } from './mktemp';
import { nl } from './nl';
import { rev } from './rev';
import { seq } from './seq';
import { sha256sum } from './sha256sum';
import { createLab, run, seed } from './test-context';
import { yes } from './yes';

describe('seq', () => {
  it('counts', async () => {
    const lab = createLab();
    expect((await run(lab, seq, ['3'])).stdout).toBe('1\n2\n3\n');
    expect((await run(lab, seq, ['-2', '0'])).stdout).toBe('-2\n-1\n0\n');
    expect((await run(lab, seq, ['10', '-5', '1'])).stdout).toBe('10\n5\n');
    expect((await run(lab, seq, ['0', '0.5', '1'])).stdout).toBe('0.0\n0.5\n1.0\n');
    expect((await run(lab, seq, ['-w', '8', '10'])).stdout).toBe('08\n09\n10\n');
    expect((await run(lab, seq, ['-s', ',', '3'])).stdout).toBe('1,2,3\n');
    expect((await run(lab, seq, ['5', '1'])).stdout).toBe('');
    expect((await run(lab, seq, ['x'])).stderr).toBe(
      "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n",
    );
  });
});

describe('yes', () => {
  it('stops when the budget or Ctrl+C says so', async () => {
    const lab = createLab();
    lab.budget = 3;
    const r = await run(lab, yes, ['ok']);
    expect(r.stdout.startsWith('ok\nok\n')).toBe(true);
    expect(r.stdout.length).toBeLessThan(20_000);
    const lab2 = createLab();
    lab2.onCheckpoint = (n) => n === 2 && lab2.signal.fire();
    expect((await run(lab2, yes, [])).code).toBe(130);
  });
});

describe('md5sum / sha256sum', () => {
  it('hash text like GNU, blobs by their digest', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'hello\n' });
    const digest = 'sha256:' + 'ab'.repeat(32);
    lab.fs.writeFile('/blob', { kind: 'blob', size: 10, digest });
    expect((await run(lab, md5sum, ['/a'])).stdout).toBe('b1946ac92492d2347c6235b4d2611184  /a\n');
    expect((await run(lab, sha256sum, ['/a'])).stdout).toBe(
      '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  /a\n',
    );
    expect((await run(lab, sha256sum, ['/blob'])).stdout).toBe(`${'ab'.repeat(32)}  /blob\n`);
    expect((await run(lab, md5sum, [], { stdin: 'hello\n' })).stdout).toBe(
      'b1946ac92492d2347c6235b4d2611184  -\n',
    );
    expect((await run(lab, md5sum, ['/nope'])).stderr).toBe(
      'md5sum: /nope: No such file or directory\n',
    );
  });

  it('-c checks a list', async () => {
    const lab = createLab();
    seed(lab.fs, {
      '/a': 'hello\n',
      '/b': 'x',
      '/sums': 'b1946ac92492d2347c6235b4d2611184  /a\n00000000000000000000000000000000  /b\n',
    });
    const r = await run(lab, md5sum, ['-c', '/sums']);
    expect(r).toEqual({
      code: 1,
      stdout: '/a: OK\n/b: FAILED\n',
      stderr: 'md5sum: WARNING: 1 computed checksum did NOT match\n',
    });
  });
});

describe('mktemp', () => {
  it('creates unique files and directories deterministically', async () => {
    const lab = createLab();
    seed(lab.fs, { '/tmp/': '' });
    const a = (await run(lab, mktemp, [])).stdout.trim();
    const b = (await run(lab, mktemp, ['-d'])).stdout.trim();
    expect(a).toMatch(/^\/tmp\/tmp\.[A-Za-z0-9]{10}$/);
    expect(a).not.toBe(b);
    expect(lab.fs.stat(a)).toMatchObject({ type: 'file', mode: 0o600 });
    expect(lab.fs.stat(b)).toMatchObject({ type: 'dir', mode: 0o700 });
    const again = createLab();
    seed(again.fs, { '/tmp/': '' });
    expect((await run(again, mktemp, [])).stdout.trim()).toBe(a);
    expect((await run(lab, mktemp, ['abXX'])).stderr).toBe(
      "mktemp: too few X's in template 'abXX'\n",
    );
  });
});

describe('nl / rev', () => {
  it('numbers non-empty lines', async () => {
    const lab = createLab();
    expect((await run(lab, nl, [], { stdin: 'a\n\nb\n' })).stdout).toBe(
      '     1\ta\n       \n     2\tb\n',
    );
    expect((await run(lab, nl, ['-ba', '-w2', '-s', ' '], { stdin: 'a\n\n' })).stdout).toBe(
      ' 1 a\n 2 \n',
    );
    expect((await run(lab, rev, [], { stdin: 'abc\nxy\n' })).stdout).toBe('cba\nyx\n');
  });
});

describe('diff', () => {
  function lab() {
    const l = createLab();
    seed(l.fs, {
      '/a': 'one\ntwo\nthree\nfour\n',
      '/b': 'one\n2\nthree\nfour\nfive\n',
      '/c': 'one\ntwo\nthree\nfour\n',
    });
    return l;
  }

  it('normal format, exit 1; identical exit 0', async () => {
    expect(await run(lab(), diff, ['/a', '/b'])).toEqual({
      code: 1,
      stdout: '2c2\n< two\n---\n> 2\n4a5\n> five\n',
      stderr: '',
    });
    expect(await run(lab(), diff, ['/a', '/c'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await run(lab(), diff, ['-q', '/a', '/b'])).stdout).toBe('Files /a and /b differ\n');
  });

  it('unified format', async () => {
    const r = await run(lab(), diff, ['-u', '/a', '/b']);
    expect(r.stdout).toBe(
      [
        '--- /a\t2026-11-22 14:00:00.000000000 +0000',
        '+++ /b\t2026-11-22 14:00:00.000000000 +0000',
        '@@ -1,4 +1,5 @@',
        ' one',
        '-two',
        '+2',
        ' three',
        ' four',
        '+five',
        '',
      ].join('\n'),
    );
  });

  it('unified output marks a missing final newline', async () => {
    const l = createLab();
    seed(l.fs, { '/x': 'a\nb\n', '/y': 'a\nc' });
    expect((await run(l, diff, ['-u', '/x', '/y'])).stdout.split('\n').slice(2).join('\n')).toBe(
      '@@ -1,2 +1,2 @@\n a\n-b\n+c\n\\ No newline at end of file\n',
    );
  });

  it('missing newline and errors', async () => {
    const l = createLab();
    seed(l.fs, { '/x': 'a\n', '/y': 'a' });
    expect((await run(l, diff, ['/x', '/y'])).stdout).toBe(
      '1c1\n< a\n---\n> a\n\\ No newline at end of file\n',
    );
    expect(await run(l, diff, ['/x', '/nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'diff: /nope: No such file or directory\n',
    });
  });
});
