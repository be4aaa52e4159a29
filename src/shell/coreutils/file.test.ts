import { describe, expect, it } from 'vitest';
import { basename } from './basename';
import { dirname } from './dirname';
import { file } from './file';
import { readlink } from './readlink';
import { realpath } from './realpath';
import { createLab, run, seed } from './test-context';

describe('file', () => {
  it('names the common types', async () => {
    const lab = createLab();
    seed(lab.fs, {
      '/t.txt': 'hello\n',
      '/u.txt': 'héllo\n',
      '/e': '',
      '/s.sh': '#!/bin/sh\necho hi\n',
      '/b.sh': '#!/usr/bin/env bash\n',
      '/p.py': '#!/usr/bin/env python3\n',
      '/i.html': '<!DOCTYPE html>\n<html></html>\n',
      '/d/': '',
    });
    lab.fs.symlink('/t.txt', '/l');
    lab.fs.symlink('/gone', '/broken');
    lab.fs.mkdir('/usr/bin', { recursive: true });
    lab.fs.writeFile('/usr/bin/nginx', { kind: 'blob', size: 1_200_000, digest: 'sha256:ab' });
    lab.fs.writeFile('/x.tar.gz', { kind: 'blob', size: 1000, digest: 'sha256:cd' });
    const r = await run(lab, file, [
      '-b',
      '/t.txt',
      '/u.txt',
      '/e',
      '/s.sh',
      '/b.sh',
      '/p.py',
      '/i.html',
      '/d',
      '/l',
      '/broken',
      '/usr/bin/nginx',
      '/x.tar.gz',
      '/nope',
    ]);
    expect(r.stdout.split('\n')).toEqual([
      'ASCII text',
      'Unicode text, UTF-8 text',
      'empty',
      'POSIX shell script, ASCII text executable',
      'Bourne-Again shell script, ASCII text executable',
      'Python script, ASCII text executable',
      'HTML document, ASCII text',
      'directory',
      'symbolic link to /t.txt',
      'broken symbolic link to /gone',
      'ELF 64-bit LSB pie executable, x86-64, version 1 (SYSV), dynamically linked, interpreter /lib64/ld-linux-x86-64.so.2, for GNU/Linux 3.2.0, stripped',
      'gzip compressed data, from Unix',
      "cannot open `/nope' (No such file or directory)",
      '',
    ]);
    expect((await run(lab, file, ['/e', '/t.txt'])).stdout).toBe(
      '/e:     empty\n/t.txt: ASCII text\n',
    );
  });
});

describe('basename / dirname', () => {
  it('match POSIX', async () => {
    const lab = createLab();
    expect((await run(lab, basename, ['/usr/lib/'])).stdout).toBe('lib\n');
    expect((await run(lab, basename, ['/a/b.tar.gz', '.gz'])).stdout).toBe('b.tar\n');
    expect((await run(lab, basename, ['-a', '/a/x', 'y/z'])).stdout).toBe('x\nz\n');
    expect((await run(lab, basename, ['/'])).stdout).toBe('/\n');
    expect((await run(lab, dirname, ['/usr/lib/', 'file', '/'])).stdout).toBe('/usr\n.\n/\n');
    expect((await run(lab, basename, [])).stderr).toBe(
      "basename: missing operand\nTry 'basename --help' for more information.\n",
    );
  });
});

describe('realpath / readlink', () => {
  it('resolves symlinks', async () => {
    const lab = createLab();
    seed(lab.fs, { '/opt/app/bin/run': '' });
    lab.fs.symlink('/opt/app', '/app');
    lab.fs.symlink('bin/run', '/opt/app/start');
    lab.cwd = '/app';
    expect((await run(lab, realpath, ['start'])).stdout).toBe('/opt/app/bin/run\n');
    expect((await run(lab, realpath, ['new-file'])).stdout).toBe('/opt/app/new-file\n');
    expect(await run(lab, realpath, ['/no/such'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'realpath: /no/such: No such file or directory\n',
    });
    expect((await run(lab, readlink, ['/app'])).stdout).toBe('/opt/app\n');
    expect((await run(lab, readlink, ['-f', '/app/start'])).stdout).toBe('/opt/app/bin/run\n');
    expect(await run(lab, readlink, ['/opt'])).toEqual({ code: 1, stdout: '', stderr: '' });
  });
});
