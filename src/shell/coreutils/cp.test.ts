import { describe, expect, it } from 'vitest';
import { createLayer, createUnionMount } from '../../engine/storage';
import { cp } from './cp';
import { mv } from './mv';
import { ln } from './ln';
import { createLab, run, seed } from './test-context';

describe('cp', () => {
  it('copies a file, into a directory, and keeps blobs as blobs', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'hi\n', '/d/': '' });
    lab.fs.writeFile('/big', { kind: 'blob', size: 1 << 30, digest: 'sha256:00' });
    expect((await run(lab, cp, ['/a', '/b'])).code).toBe(0);
    expect((await run(lab, cp, ['/a', '/big', '/d'])).code).toBe(0);
    expect(lab.fs.readText('/b')).toBe('hi\n');
    expect(lab.fs.readText('/d/a')).toBe('hi\n');
    expect(lab.fs.readFile('/d/big')).toEqual({ kind: 'blob', size: 1 << 30, digest: 'sha256:00' });
  });

  it('errors: missing source, directory without -r, non-directory target', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': '', '/d/x': '' });
    expect(await run(lab, cp, ['/nope', '/d', '/e'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "cp: target '/e' is not a directory\n",
    });
    expect((await run(lab, cp, ['/nope', '/z'])).stderr).toBe(
      "cp: cannot stat '/nope': No such file or directory\n",
    );
    expect((await run(lab, cp, ['/d', '/z'])).stderr).toBe(
      "cp: -r not specified; omitting directory '/d'\n",
    );
    expect((await run(lab, cp, ['/a'])).stderr).toBe(
      "cp: missing destination file operand after '/a'\nTry 'cp --help' for more information.\n",
    );
    expect((await run(lab, cp, ['-r', '/', '/d/root'])).stderr).toBe(
      "cp: cannot copy a directory, '/', into itself, '/d/root'\n",
    );
    expect((await run(lab, cp, ['-r', '/d', '/d/sub'])).stderr).toBe(
      "cp: cannot copy a directory, '/d', into itself, '/d/sub'\n",
    );
  });

  it('-r copies trees into an existing directory; -v reports', async () => {
    const lab = createLab();
    seed(lab.fs, { '/src/a/b': '1', '/dst/': '' });
    lab.cwd = '/';
    expect(await run(lab, cp, ['-rv', 'src', 'dst'])).toEqual({
      code: 0,
      stdout: "'src' -> 'dst/src'\n'src/a' -> 'dst/src/a'\n'src/a/b' -> 'dst/src/a/b'\n",
      stderr: '',
    });
    expect(lab.fs.readText('/dst/src/a/b')).toBe('1');
  });

  it('-a preserves mode, owner, time and symlinks; plain cp does not', async () => {
    const lab = createLab();
    seed(lab.fs, { '/s/f': 'x' });
    lab.fs.chmod('/s/f', 0o4755);
    lab.fs.chown('/s/f', 33, 33);
    lab.fs.symlink('f', '/s/l');
    const t = lab.fs.stat('/s/f').mtimeMs;
    lab.clock.advance(10_000);
    await run(lab, cp, ['-a', '/s', '/a']);
    expect(lab.fs.stat('/a/f')).toMatchObject({ mode: 0o4755, uid: 33, mtimeMs: t });
    expect(lab.fs.readlink('/a/l')).toBe('f');
    await run(lab, cp, ['/s/f', '/plain']);
    expect(lab.fs.stat('/plain')).toMatchObject({ mode: 0o755, uid: 0 });
  });

  it('-n does not overwrite', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'new', '/b': 'old' });
    await run(lab, cp, ['-n', '/a', '/b']);
    expect(lab.fs.readText('/b')).toBe('old');
  });
});

describe('mv', () => {
  it('renames and moves into directories; -v reports', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': '1', '/d/': '' });
    expect(await run(lab, mv, ['-v', '/a', '/d'])).toEqual({
      code: 0,
      stdout: "renamed '/a' -> '/d/a'\n",
      stderr: '',
    });
    expect(lab.fs.readText('/d/a')).toBe('1');
  });

  it('errors', async () => {
    const lab = createLab();
    seed(lab.fs, { '/d/x': '', '/f': '' });
    expect((await run(lab, mv, ['/nope', '/z'])).stderr).toBe(
      "mv: cannot stat '/nope': No such file or directory\n",
    );
    expect((await run(lab, mv, ['/d', '/d/sub'])).stderr).toBe(
      "mv: cannot move '/d' to a subdirectory of itself, '/d/sub'\n",
    );
    expect((await run(lab, mv, ['/d', '/f'])).stderr).toBe(
      "mv: cannot overwrite non-directory '/f' with directory '/d'\n",
    );
  });

  it('moves a directory of a lower layer by copy and delete (EXDEV, as overlay2)', async () => {
    const base = createLab();
    const layer = createLayer({
      id: 'image',
      entries: [{ path: '/srv/site/index.html', type: 'file', data: '<h1>hi</h1>\n', mode: 0o640 }],
    });
    const fs = createUnionMount({ lowers: [layer], clock: base.clock });
    const lab = { ...base, fs };
    expect(() => fs.rename('/srv/site', '/srv/www')).toThrow();
    expect(await run(lab, mv, ['/srv/site', '/srv/www'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(fs.readText('/srv/www/index.html')).toBe('<h1>hi</h1>\n');
    expect(fs.stat('/srv/www/index.html').mode).toBe(0o640);
    expect(fs.exists('/srv/site')).toBe(false);
  });

  it('-n keeps the target', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'new', '/b': 'old' });
    await run(lab, mv, ['-n', '/a', '/b']);
    expect(lab.fs.readText('/b')).toBe('old');
    expect(lab.fs.exists('/a')).toBe(true);
  });
});

describe('ln', () => {
  it('makes symbolic and hard links', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': 'x', '/d/': '' });
    await run(lab, ln, ['-s', '/a', '/s']);
    await run(lab, ln, ['/a', '/h']);
    expect(lab.fs.readlink('/s')).toBe('/a');
    expect(lab.fs.stat('/h').nlink).toBe(2);
    await run(lab, ln, ['-s', '/a', '/d']);
    expect(lab.fs.readlink('/d/a')).toBe('/a');
  });

  it('exists without -f; -f replaces; -n treats a link to a dir as a file', async () => {
    const lab = createLab();
    seed(lab.fs, { '/a': '', '/b': '', '/d1/': '', '/d2/': '' });
    expect((await run(lab, ln, ['-s', '/a', '/b'])).stderr).toBe(
      "ln: failed to create symbolic link '/b': File exists\n",
    );
    expect((await run(lab, ln, ['-sf', '/a', '/b'])).code).toBe(0);
    expect(lab.fs.readlink('/b')).toBe('/a');
    await run(lab, ln, ['-s', '/d1', '/cur']);
    await run(lab, ln, ['-sfn', '/d2', '/cur']);
    expect(lab.fs.readlink('/cur')).toBe('/d2');
    expect((await run(lab, ln, ['-v', '/nope', '/x'])).stderr).toBe(
      "ln: failed to access '/nope': No such file or directory\n",
    );
    expect((await run(lab, ln, ['/d1', '/x'])).stderr).toBe(
      'ln: /d1: hard link not allowed for directory\n',
    );
  });
});
