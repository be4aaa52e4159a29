import { describe, expect, it } from 'vitest';
import { grep } from './grep';
import { createLab, makeContext, run, seed, TextOutput } from './test-context';

function lab() {
  const l = createLab();
  seed(l.fs, {
    '/etc/nginx/nginx.conf': 'user www-data;\nworker_processes auto;\n# listen 80;\n',
    '/etc/nginx/conf.d/default.conf':
      'server {\n    listen 80;\n    root /usr/share/nginx/html;\n}\n',
    '/a.txt': 'apple\nBanana\ncherry pie\napple pie\n',
  });
  return l;
}

describe('grep', () => {
  it('prints matching lines; exit 1 when none', async () => {
    const l = lab();
    expect(await run(l, grep, ['pie', '/a.txt'])).toEqual({
      code: 0,
      stdout: 'cherry pie\napple pie\n',
      stderr: '',
    });
    expect(await run(l, grep, ['kiwi', '/a.txt'])).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('-i -n -v -c -w -x -o', async () => {
    const l = lab();
    expect((await run(l, grep, ['-in', 'banana', '/a.txt'])).stdout).toBe('2:Banana\n');
    expect((await run(l, grep, ['-vc', 'pie', '/a.txt'])).stdout).toBe('2\n');
    expect((await run(l, grep, ['-w', 'app', '/a.txt'])).code).toBe(1);
    expect((await run(l, grep, ['-x', 'apple', '/a.txt'])).stdout).toBe('apple\n');
    expect((await run(l, grep, ['-o', 'p[a-z]e', '/a.txt'])).stdout).toBe('ple\npie\nple\npie\n');
  });

  it('BRE vs ERE vs fixed strings', async () => {
    const l = lab();
    expect((await run(l, grep, ['ap\\+le', '/a.txt'])).stdout).toBe('apple\napple pie\n');
    expect((await run(l, grep, ['-E', '^(apple|cherry) pie$', '/a.txt'])).stdout).toBe(
      'cherry pie\napple pie\n',
    );
    expect((await run(l, grep, ['-c', 'a+', '/a.txt'])).stdout).toBe('0\n');
    expect((await run(l, grep, ['-F', '.', '/a.txt'])).code).toBe(1);
    expect((await run(l, grep, ['-e', 'Ban', '-e', 'cherry', '/a.txt'])).stdout).toBe(
      'Banana\ncherry pie\n',
    );
  });

  it('-r prefixes names; -l lists files; -h hides names', async () => {
    const l = lab();
    expect((await run(l, grep, ['-rn', 'listen', '/etc/nginx'])).stdout).toBe(
      '/etc/nginx/conf.d/default.conf:2:    listen 80;\n/etc/nginx/nginx.conf:3:# listen 80;\n',
    );
    expect((await run(l, grep, ['-rl', 'listen', '/etc'])).stdout).toBe(
      '/etc/nginx/conf.d/default.conf\n/etc/nginx/nginx.conf\n',
    );
    l.cwd = '/etc/nginx';
    expect((await run(l, grep, ['-r', 'user'])).stdout).toBe('nginx.conf:user www-data;\n');
    expect((await run(l, grep, ['-rh', 'user', '.'])).stdout).toBe('user www-data;\n');
    expect((await run(l, grep, ['-r', '--include=*.conf', 'root', '.'])).stdout).toBe(
      './conf.d/default.conf:    root /usr/share/nginx/html;\n',
    );
  });

  it('-m stops after N matches', async () => {
    expect((await run(lab(), grep, ['-m1', 'pie', '/a.txt'])).stdout).toBe('cherry pie\n');
    expect((await run(lab(), grep, ['-c', '-m', '1', 'pie', '/a.txt'])).stdout).toBe('1\n');
  });

  it('stdin, -q, context', async () => {
    const l = lab();
    expect((await run(l, grep, ['b'], { stdin: 'a\nb\nc\n' })).stdout).toBe('b\n');
    expect(await run(l, grep, ['-q', 'b'], { stdin: 'a\nb\n' })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect((await run(l, grep, ['-C1', 'c'], { stdin: 'a\nb\nc\nd\ne\nf\ng\nc\n' })).stdout).toBe(
      'b\nc\nd\n--\ng\nc\n',
    );
  });

  it('reads a pipe line by line: output appears before the input ends', async () => {
    const l = lab();
    const stdout = new TextOutput();
    const seen: string[] = [];
    const lines = ['error 1\n', 'ok\n', 'error 2\n'];
    const stdin = {
      isTTY: false,
      readLine: () => {
        seen.push(stdout.text);
        return Promise.resolve(lines.shift() ?? null);
      },
      readAll: () => Promise.reject(new Error('grep must not wait for the end of a pipe')),
    };
    const ctx = makeContext(l, ['grep', 'error'], { stdin, stdout, stderr: new TextOutput() });
    expect(await grep.run(ctx)).toBe(0);
    expect(seen[1]).toBe('error 1\n');
    expect(stdout.text).toBe('error 1\nerror 2\n');
  });

  it('errors exit 2', async () => {
    const l = lab();
    expect(await run(l, grep, ['x', '/nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'grep: /nope: No such file or directory\n',
    });
    expect((await run(l, grep, ['x', '/etc'])).stderr).toBe('grep: /etc: Is a directory\n');
    expect((await run(l, grep, ['['], { stdin: 'x' })).stderr).toBe(
      'grep: Unmatched [, [^, [:, [., or [=\n',
    );
    expect((await run(l, grep, [])).code).toBe(2);
  });
});
