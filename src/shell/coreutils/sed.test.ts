import { describe, expect, it } from 'vitest';
import { sed } from './sed';
import { createLab, makeContext, run, seed, TextOutput } from './test-context';

const go = async (args: string[], stdin: string) =>
  (await run(createLab(), sed, args, { stdin })).stdout;

describe('sed', () => {
  it('s with flags g, N, i, p and -n', async () => {
    expect(await go(['s/o/0/'], 'foo boo\n')).toBe('f0o boo\n');
    expect(await go(['s/o/0/g'], 'foo boo\n')).toBe('f00 b00\n');
    expect(await go(['s/o/0/3'], 'foo boo\n')).toBe('foo b0o\n');
    expect(await go(['s/FOO/x/I'], 'foo\n')).toBe('x\n');
    expect(await go(['-n', 's/a/b/p'], 'a\nc\n')).toBe('b\n');
  });

  it('replacements: &, groups, -E, \\n, case conversion, other delimiters', async () => {
    expect(await go(['s/[0-9]\\+/<&>/'], 'port 80\n')).toBe('port <80>\n');
    expect(await go(['s/\\(a\\)\\(b\\)/\\2\\1/'], 'ab\n')).toBe('ba\n');
    expect(await go(['-E', 's/(\\w+) (\\w+)/\\2 \\1/'], 'hello world\n')).toBe('world hello\n');
    expect(await go(['s/ /\\n/'], 'a b\n')).toBe('a\nb\n');
    expect(await go(['s/.*/\\U&/'], 'up\n')).toBe('UP\n');
    expect(await go(['s|/usr|/opt|'], '/usr/bin\n')).toBe('/opt/bin\n');
  });

  it('addresses: N, $, /re/, ranges, !, step', async () => {
    const input = 'a\nb\nc\nd\ne\n';
    expect(await go(['-n', '2p'], input)).toBe('b\n');
    expect(await go(['-n', '$p'], input)).toBe('e\n');
    expect(await go(['2,4d'], input)).toBe('a\ne\n');
    expect(await go(['/b/,/d/d'], input)).toBe('a\ne\n');
    expect(await go(['-n', '/c/,+1p'], input)).toBe('c\nd\n');
    expect(await go(['3!d'], input)).toBe('c\n');
    expect(await go(['-n', '1~2p'], input)).toBe('a\nc\ne\n');
    expect(await go(['/^#/d;/^$/d'], '# c\n\nkeep\n')).toBe('keep\n');
  });

  it('multiple -e, blocks, a/i/c, q, =, y, hold space', async () => {
    expect(await go(['-e', 's/a/b/', '-e', 's/b/c/'], 'a\n')).toBe('c\n');
    expect(await go(['/x/{s/x/y/;p}'], 'x\nz\n')).toBe('y\ny\nz\n');
    expect(await go(['1a after'], 'l1\nl2\n')).toBe('l1\nafter\nl2\n');
    expect(await go(['1i before'], 'l1\n')).toBe('before\nl1\n');
    expect(await go(['2c changed'], 'l1\nl2\n')).toBe('l1\nchanged\n');
    expect(await go(['2q'], 'a\nb\nc\n')).toBe('a\nb\n');
    expect(await go(['-n', '$='], 'a\nb\nc\n')).toBe('3\n');
    expect(await go(['y/abc/xyz/'], 'aabbcc\n')).toBe('xxyyzz\n');
    expect(await go(['-n', '1!G;h;$p'], 'a\nb\nc\n')).toBe('c\nb\na\n');
    expect(await go([':a;N;$!ba;s/\\n/,/g'], 'a\nb\nc\n')).toBe('a,b,c\n');
  });

  it('keeps a missing final newline', async () => {
    expect(await go(['s/a/b/'], 'a')).toBe('b');
  });

  it('-i edits files in place, with a backup suffix', async () => {
    const lab = createLab();
    seed(lab.fs, { '/etc/app.conf': 'listen 80\n' });
    expect((await run(lab, sed, ['-i', 's/80/8080/', '/etc/app.conf'])).code).toBe(0);
    expect(lab.fs.readText('/etc/app.conf')).toBe('listen 8080\n');
    await run(lab, sed, ['-i.bak', 's/8080/9090/', '/etc/app.conf']);
    expect(lab.fs.readText('/etc/app.conf')).toBe('listen 9090\n');
    expect(lab.fs.readText('/etc/app.conf.bak')).toBe('listen 8080\n');
  });

  it('edits a pipe as lines arrive, one line behind for $', async () => {
    const lab = createLab();
    const stdout = new TextOutput();
    const seen: string[] = [];
    const lines = ['a\n', 'b\n', 'c\n'];
    const stdin = {
      isTTY: false,
      readLine: () => {
        seen.push(stdout.text);
        return Promise.resolve(lines.shift() ?? null);
      },
      readAll: () => Promise.reject(new Error('sed must not wait for the end of a pipe')),
    };
    const ctx = makeContext(lab, ['sed', '$s/$/!/'], { stdin, stdout, stderr: new TextOutput() });
    expect(await sed.run(ctx)).toBe(0);
    expect(seen[2]).toBe('a\n');
    expect(stdout.text).toBe('a\nb\nc!\n');
  });

  it('stops a runaway branch loop', async () => {
    const r = await run(createLab(), sed, [':a;ba'], { stdin: 'x\n' });
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: 'layerlab: sed stopped: the script ran too long\n',
    });
  });

  it('errors', async () => {
    const lab = createLab();
    expect(await run(lab, sed, ['s/a/b', '/x'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "sed: -e expression #1, char 5: unterminated `s' command\n",
    });
    expect((await run(lab, sed, ['k'])).stderr).toBe(
      "sed: -e expression #1, char 1: unknown command: `k'\n",
    );
    expect(await run(lab, sed, ['p', '/nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "sed: can't read /nope: No such file or directory\n",
    });
  });
});
