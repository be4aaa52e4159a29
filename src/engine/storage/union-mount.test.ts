import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/clock';
import { isFsError } from '../fs/errors';
import type { StorageEvent } from './events';
import { createLayer } from './layer';
import { createMemoryFs } from './memory-fs';
import { createUnionMount } from './union-mount';

function errno(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isFsError(e)) return e.code;
    throw e;
  }
  return 'ok';
}

const base = createLayer({
  id: 'base',
  entries: [
    { path: '/etc/passwd', type: 'file', data: 'root:x:0:0\n' },
    { path: '/etc/legal', type: 'file', data: 'legal\n' },
    {
      path: '/bin/sh',
      type: 'file',
      data: { kind: 'blob', size: 125_000, digest: 'sha256:aa' },
      mode: 0o755,
    },
    { path: '/bin/bash', type: 'hardlink', linkTo: '/bin/sh' },
    { path: '/usr/lib/os-release', type: 'file', data: 'ID=debian\n' },
    { path: '/etc/os-release', type: 'symlink', target: '../usr/lib/os-release' },
    { path: '/opt/app/a.txt', type: 'file', data: 'a' },
    { path: '/opt/app/b.txt', type: 'file', data: 'b' },
  ],
});
const mid = createLayer({
  id: 'mid',
  entries: [
    { path: '/etc/legal', type: 'whiteout' },
    { path: '/opt/app', type: 'dir', opaque: true },
    { path: '/opt/app/c.txt', type: 'file', data: 'c' },
    { path: '/etc/passwd', type: 'file', data: 'root:x:0:0\nwww:x:33:33\n' },
  ],
});

function mount(events?: StorageEvent[]) {
  const clock = createManualClock(1_000_000);
  return createUnionMount({
    id: 'c1',
    lowers: [mid, base],
    clock,
    ...(events ? { emit: (e: StorageEvent) => events.push(e) } : {}),
  });
}

describe('union mount: reads', () => {
  it('looks top-down and stops at the first holder', () => {
    const fs = mount();
    expect(fs.readText('/etc/passwd')).toBe('root:x:0:0\nwww:x:33:33\n');
    expect(fs.locate('/etc/passwd')).toMatchObject({ kind: 'found', layer: 1 });
    expect(fs.locate('/usr/lib/os-release')).toMatchObject({ kind: 'found', layer: 2 });
  });

  it('hides whited-out files and the contents of opaque directories', () => {
    const fs = mount();
    expect(fs.exists('/etc/legal')).toBe(false);
    expect(fs.readdir('/etc').map((e) => e.name)).toEqual(['os-release', 'passwd']);
    expect(fs.readdir('/opt/app').map((e) => e.name)).toEqual(['c.txt']);
    expect(errno(() => fs.stat('/opt/app/a.txt'))).toBe('ENOENT');
  });

  it('follows symlinks across layers, relative and absolute', () => {
    const fs = mount();
    expect(fs.readText('/etc/os-release')).toBe('ID=debian\n');
    expect(fs.lstat('/etc/os-release').type).toBe('symlink');
    expect(fs.realpath('/etc/os-release')).toBe('/usr/lib/os-release');
    fs.symlink('/usr/lib', '/lib');
    expect(fs.readText('/lib/os-release')).toBe('ID=debian\n');
    // ".." is physical: it leaves the symlink's target, not the link.
    expect(fs.realpath('/lib/..')).toBe('/usr');
  });

  it('shares an inode between hard links and reports the link count', () => {
    const fs = mount();
    const a = fs.stat('/bin/sh');
    const b = fs.stat('/bin/bash');
    expect(a.ino).toBe(b.ino);
    expect(a.nlink).toBe(2);
    expect(a.size).toBe(125_000);
  });

  it('emits reads with the layers visited', () => {
    const events: StorageEvent[] = [];
    const fs = mount(events);
    fs.readText('/usr/lib/os-release');
    expect(events.at(-1)).toEqual({
      type: 'storage/file-read',
      mount: 'c1',
      path: '/usr/lib/os-release',
      visited: ['c1/upper', 'mid', 'base'],
      result: 'found',
      layer: 'base',
    });
  });
});

describe('union mount: writes', () => {
  it('copies a lower file up whole on first write', () => {
    const events: StorageEvent[] = [];
    const fs = mount(events);
    fs.writeFile('/etc/passwd', 'x\n', { append: true });
    expect(fs.readText('/etc/passwd')).toBe('root:x:0:0\nwww:x:33:33\nx\n');
    expect(fs.locate('/etc/passwd')).toMatchObject({ layer: 0 });
    const cu = events.find((e) => e.type === 'storage/file-copied-up' && e.path === '/etc/passwd');
    expect(cu).toMatchObject({ fromLayer: 'mid', bytes: 23 });
    // The lower layer is untouched.
    expect(mid.changes.get('/etc/passwd')).toMatchObject({
      data: { text: 'root:x:0:0\nwww:x:33:33\n' },
    });
  });

  it('writes a whiteout when deleting a lower file, and just removes an upper-only one', () => {
    const events: StorageEvent[] = [];
    const fs = mount(events);
    fs.unlink('/usr/lib/os-release');
    expect(fs.upper.get('/usr/lib/os-release')?.kind).toBe('whiteout');
    expect(events.some((e) => e.type === 'storage/whiteout-created' && e.hides === 'base')).toBe(
      true,
    );
    fs.writeFile('/tmp.txt', 'hi');
    fs.unlink('/tmp.txt');
    expect(fs.upper.get('/tmp.txt')).toBeUndefined();
  });

  it('makes a directory deleted and re-created opaque', () => {
    const fs = mount();
    fs.unlink('/usr/lib/os-release');
    fs.rmdir('/usr/lib');
    expect(fs.upper.get('/usr/lib')?.kind).toBe('whiteout');
    fs.mkdir('/usr/lib');
    expect(fs.upper.get('/usr/lib')).toMatchObject({ kind: 'dir', opaque: true });
    expect(fs.readdir('/usr/lib')).toEqual([]);
  });

  it('renames files across layers with copy-up and whiteout', () => {
    const fs = mount();
    fs.rename('/usr/lib/os-release', '/os-release');
    expect(fs.readText('/os-release')).toBe('ID=debian\n');
    expect(fs.exists('/usr/lib/os-release')).toBe(false);
    expect(fs.upper.get('/usr/lib/os-release')?.kind).toBe('whiteout');
  });

  it('refuses to rename a directory from a lower layer with EXDEV (overlay2, no redirect_dir)', () => {
    const fs = mount();
    expect(errno(() => fs.rename('/usr/lib', '/usr/lib2'))).toBe('EXDEV');
    fs.mkdir('/new/sub', { recursive: true });
    fs.writeFile('/new/sub/f', 'f');
    fs.rename('/new', '/moved');
    expect(fs.readText('/moved/sub/f')).toBe('f');
    expect(fs.exists('/new')).toBe(false);
  });

  it('breaks a lower hard link on copy-up (index=off)', () => {
    const fs = mount();
    fs.writeFile('/bin/sh', 'new');
    expect(fs.readText('/bin/sh')).toBe('new');
    expect(fs.readFile('/bin/bash')).toEqual({ kind: 'blob', size: 125_000, digest: 'sha256:aa' });
  });

  it('makes upper hard links that share content', () => {
    const fs = mount();
    fs.writeFile('/a', 'one');
    fs.link('/a', '/b');
    fs.writeFile('/b', 'two');
    expect(fs.readText('/a')).toBe('two');
    expect(fs.stat('/a').nlink).toBe(2);
    fs.unlink('/a');
    expect(fs.stat('/b').nlink).toBe(1);
  });

  it('changes metadata via copy-up', () => {
    const fs = mount();
    fs.chmod('/etc/passwd', 0o600);
    fs.chown('/etc/passwd', 33, 33);
    fs.utimes('/etc/passwd', 42);
    expect(fs.stat('/etc/passwd')).toMatchObject({ mode: 0o600, uid: 33, gid: 33, mtimeMs: 42 });
    expect(fs.readText('/etc/passwd')).toContain('www');
  });

  it('writes through a symlink into a lower directory', () => {
    const fs = mount();
    fs.symlink('/usr/lib', '/l');
    fs.writeFile('/l/new.txt', 'n');
    expect(fs.readText('/usr/lib/new.txt')).toBe('n');
    expect(fs.upper.get('/usr/lib/new.txt')?.kind).toBe('file');
  });
});

describe('bad input', () => {
  it('normalises //, . and .. and trailing slashes', () => {
    const fs = createMemoryFs();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/b/f', 'x');
    expect(fs.readText('//a/./b/../b//f')).toBe('x');
    expect(errno(() => fs.stat('/a/b/f/'))).toBe('ENOTDIR');
    expect(fs.stat('/a/b/').type).toBe('dir');
    expect(errno(() => fs.stat('/a/b/f/..'))).toBe('ENOTDIR');
    expect(fs.realpath('/..')).toBe('/');
  });

  it('gives ENAMETOOLONG over 255 bytes and ELOOP after 40 hops', () => {
    const fs = createMemoryFs();
    expect(errno(() => fs.writeFile(`/${'x'.repeat(256)}`, ''))).toBe('ENAMETOOLONG');
    fs.writeFile(`/${'x'.repeat(255)}`, '');
    fs.symlink('/loop2', '/loop1');
    fs.symlink('/loop1', '/loop2');
    expect(errno(() => fs.stat('/loop1'))).toBe('ELOOP');
    // 40 hops are fine, 41 are not.
    fs.writeFile('/t0', 'end');
    for (let i = 1; i <= 41; i++) fs.symlink(`/t${i - 1}`, `/t${i}`);
    expect(fs.readText('/t40')).toBe('end');
    expect(errno(() => fs.readText('/t41'))).toBe('ELOOP');
  });

  it('answers operations on / as Linux does', () => {
    const fs = createMemoryFs();
    expect(errno(() => fs.unlink('/'))).toBe('EISDIR');
    expect(errno(() => fs.rmdir('/'))).toBe('EBUSY');
    expect(errno(() => fs.mkdir('/'))).toBe('EEXIST');
    expect(errno(() => fs.rename('/', '/x'))).toBe('EBUSY');
  });

  it('gives the usual errnos', () => {
    const fs = createMemoryFs();
    fs.mkdir('/d');
    fs.writeFile('/d/f', '');
    expect(errno(() => fs.rmdir('/d'))).toBe('ENOTEMPTY');
    expect(errno(() => fs.unlink('/d'))).toBe('EISDIR');
    expect(errno(() => fs.readFile('/d'))).toBe('EISDIR');
    expect(errno(() => fs.readdir('/d/f'))).toBe('ENOTDIR');
    expect(errno(() => fs.mkdir('/d/f/g', { recursive: true }))).toBe('ENOTDIR');
    expect(errno(() => fs.mkdir('/nope/g'))).toBe('ENOENT');
    expect(errno(() => fs.rename('/d', '/d/sub'))).toBe('EINVAL');
    expect(errno(() => fs.link('/d', '/e'))).toBe('EPERM');
    expect(errno(() => fs.readlink('/d/f'))).toBe('EINVAL');
    expect(errno(() => fs.writeFile('/newdir/', 'x'))).toBe('EISDIR');
  });
});

describe('memory fs', () => {
  it('is a union with no lowers: renames of directories just work', () => {
    const clock = createManualClock(5000);
    const fs = createMemoryFs(clock);
    fs.mkdir('/x/y', { recursive: true });
    fs.writeFile('/x/y/z', 'z');
    fs.rename('/x', '/w');
    expect(fs.readText('/w/y/z')).toBe('z');
    expect(fs.stat('/w/y/z').mtimeMs).toBe(5000);
    fs.truncate('/w/y/z', 3);
    expect(fs.readText('/w/y/z')).toBe('z\0\0');
  });
});

describe('lookups after the root is copied up', () => {
  it('still report ENOTDIR under a lower file', () => {
    const fs = createUnionMount({
      lowers: [createLayer({ id: 'l', entries: [{ path: '/f', type: 'file', data: 'x' }] })],
    });
    fs.writeFile('/new', 'n'); // copies "/" up (its mtime changes)
    expect(errno(() => fs.stat('/f/x'))).toBe('ENOTDIR');
  });
});
