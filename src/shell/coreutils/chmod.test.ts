import { describe, expect, it } from 'vitest';
import { chmod } from './chmod';
import { chown } from './chown';
import { parseMode } from './lib/mode';
import { createLab, run, seed } from './test-context';

describe('mode parsing', () => {
  it('applies symbolic clauses like GNU with umask 022', () => {
    const m = (s: string, mode: number, dir = false): string =>
      (parseMode(s) as (m: number, d: boolean) => number)(mode, dir).toString(8);
    expect(m('u+x', 0o644)).toBe('744');
    expect(m('go-w', 0o666)).toBe('644');
    expect(m('a=r', 0o755)).toBe('444');
    expect(m('+x', 0o644)).toBe('755');
    expect(m('+w', 0o444)).toBe('644');
    expect(m('u=rwX,g=u,o=', 0o600, true)).toBe('770');
    expect(m('u+s', 0o755)).toBe('4755');
    expect(m('+t', 0o777, true)).toBe('1777');
    expect(m('755', 0o600)).toBe('755');
    expect(parseMode('u+q')).toBeUndefined();
  });
});

describe('chmod', () => {
  it('changes modes; -v reports; -w is a mode', async () => {
    const lab = createLab();
    seed(lab.fs, { '/f': '' });
    expect((await run(lab, chmod, ['755', '/f'])).code).toBe(0);
    expect(lab.fs.stat('/f').mode).toBe(0o755);
    expect((await run(lab, chmod, ['-v', 'go-rx', '/f'])).stdout).toBe(
      "mode of '/f' changed from 0755 (rwxr-xr-x) to 0700 (rwx------)\n",
    );
    await run(lab, chmod, ['-w', '/f']);
    expect(lab.fs.stat('/f').mode).toBe(0o500);
  });

  it('-R recurses', async () => {
    const lab = createLab();
    seed(lab.fs, { '/d/e/f': '' });
    await run(lab, chmod, ['-R', 'o-rwx', '/d']);
    expect(lab.fs.stat('/d/e/f').mode).toBe(0o640);
    expect(lab.fs.stat('/d/e').mode).toBe(0o750);
  });

  it('errors', async () => {
    const lab = createLab();
    expect((await run(lab, chmod, ['755', '/nope'])).stderr).toBe(
      "chmod: cannot access '/nope': No such file or directory\n",
    );
    expect((await run(lab, chmod, ['zz', '/nope'])).stderr).toBe(
      "chmod: invalid mode: 'zz'\nTry 'chmod --help' for more information.\n",
    );
    expect((await run(lab, chmod, ['755'])).stderr).toBe(
      "chmod: missing operand after '755'\nTry 'chmod --help' for more information.\n",
    );
  });
});

describe('chown', () => {
  const lab = () => {
    const l = createLab();
    seed(l.fs, {
      '/etc/passwd': 'root:x:0:0::/root:/bin/bash\nredis:x:999:998::/data:/bin/false\n',
      '/etc/group': 'root:x:0:\nredis:x:998:\n',
      '/data/dump.rdb': '',
    });
    return l;
  };

  it('by name, user:group, user: (login group), :group and numbers; -R', async () => {
    const l = lab();
    await run(l, chown, ['redis:redis', '/data/dump.rdb']);
    expect(l.fs.stat('/data/dump.rdb')).toMatchObject({ uid: 999, gid: 998 });
    await run(l, chown, ['0', '/data/dump.rdb']);
    expect(l.fs.stat('/data/dump.rdb')).toMatchObject({ uid: 0, gid: 998 });
    await run(l, chown, ['-R', 'redis:', '/data']);
    expect(l.fs.stat('/data')).toMatchObject({ uid: 999, gid: 998 });
    expect(l.fs.stat('/data/dump.rdb')).toMatchObject({ uid: 999, gid: 998 });
    await run(l, chown, [':0', '/data']);
    expect(l.fs.stat('/data')).toMatchObject({ uid: 999, gid: 0 });
  });

  it('-v and errors', async () => {
    const l = lab();
    expect((await run(l, chown, ['-v', 'redis', '/data'])).stdout).toBe(
      "changed ownership of '/data' from root:root to redis:root\n",
    );
    expect(await run(l, chown, ['bob', '/data'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "chown: invalid user: 'bob'\n",
    });
    expect((await run(l, chown, ['root:nog', '/data'])).stderr).toBe(
      "chown: invalid group: 'root:nog'\n",
    );
    expect((await run(l, chown, ['root', '/x'])).stderr).toBe(
      "chown: cannot access '/x': No such file or directory\n",
    );
  });
});
