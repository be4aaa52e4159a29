import { describe, expect, it } from 'vitest';
import { createLab, run, seed } from '../../coreutils/test-context';
import { gunzip, gzip, zcat } from './gzip';

describe('gzip, gunzip, zcat', () => {
  it('compresses to a smaller blob and restores the exact text', async () => {
    const lab = createLab();
    const text = 'hello world\n'.repeat(200);
    seed(lab.fs, { '/d/notes.txt': text });
    expect(await run(lab, gzip, ['/d/notes.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lab.fs.exists('/d/notes.txt')).toBe(false);
    const gz = lab.fs.readFile('/d/notes.txt.gz');
    expect(gz.kind === 'blob' && gz.size < text.length).toBe(true);
    expect((await run(lab, zcat, ['/d/notes.txt.gz'])).stdout).toBe(text);
    expect(await run(lab, gunzip, ['/d/notes.txt.gz'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(lab.fs.readText('/d/notes.txt')).toBe(text);
    expect(lab.fs.exists('/d/notes.txt.gz')).toBe(false);
  });

  it('-k keeps, -v reports the ratio', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'x'.repeat(1000) });
    const r = await run(lab, gzip, ['-kv', '/a']);
    expect(r.stderr).toMatch(/^\/a:\t {1}\d\d\.\d% -- created \/a\.gz\n$/);
    expect(lab.fs.exists('/a')).toBe(true);
  });

  it('says what gzip says about missing files, suffixes and foreign data', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a.gz': 'not gzip', '/b': 'b', '/d/': '' });
    expect(await run(lab, gzip, ['/nope'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'gzip: /nope: No such file or directory\n',
    });
    expect((await run(lab, gunzip, ['/a.gz'])).stderr).toBe('gzip: /a.gz: not in gzip format\n');
    expect((await run(lab, gunzip, ['/b'])).stderr).toBe('gzip: /b: unknown suffix -- ignored\n');
    expect((await run(lab, gzip, ['/a.gz'])).stderr).toBe(
      'gzip: /a.gz already has .gz suffix -- unchanged\n',
    );
    expect((await run(lab, gzip, ['/d'])).stderr).toBe('gzip: /d is a directory -- ignored\n');
    expect((await run(lab, gzip, ['-c', '/b'], { tty: true })).stderr).toContain(
      'compressed data not written to a terminal',
    );
  });
});
