import { describe, expect, it } from 'vitest';
import { createHarness } from '../../testing/harness';
import { utilities } from '../../builtins';
import { gosu } from './gosu';

function machine(uid = 0) {
  const h = createHarness({
    commands: { ...utilities, gosu },
    system: { hostname: 'c1', kernelRelease: '6.8.0', uid, gid: uid },
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/root', GOSU_VERSION: '1.17' },
  });
  h.fs.writeFile(
    '/etc/passwd',
    'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nredis:x:999:999::/home/redis:/bin/sh\n',
  );
  h.fs.writeFile('/etc/group', 'root:x:0:\nnogroup:x:65534:\nredis:x:999:\n');
  return h;
}

const USAGE = `Usage: gosu user-spec command [args]
   eg: gosu tianon bash
       gosu nobody:root bash -c 'whoami && id'
       gosu 1000:1 id

gosu version: 1.17 (go1.18.2 on linux/amd64; gc)
gosu license: Apache-2.0 (full text at https://github.com/tianon/gosu)

`;

describe('gosu', () => {
  it('runs the command as the user, with HOME set to its home', async () => {
    const h = machine();
    expect(await h.sh("gosu redis id; gosu redis sh -c 'echo $HOME; id -u'; id -u")).toEqual([
      'uid=999(redis) gid=999(redis) groups=999(redis)\n/home/redis\n999\n0\n',
      0,
    ]);
    expect(await h.sh('gosu 1000:1 id -u; gosu nobody:root id -g; gosu redis:0 id -g')).toEqual([
      '1000\n0\n0\n',
      0,
    ]);
  });
  it('the redis entrypoint pattern: the re-run script sees the new uid and stops switching', async () => {
    const h = machine();
    h.fs.writeFile(
      '/usr/local/bin/entry.sh',
      '#!/bin/sh\nif [ "$(id -u)" = 0 ]; then exec gosu redis "$0" "$@"; fi\necho "as $(id -un): $*"\n',
      { mode: 0o755 },
    );
    expect(await h.sh('entry.sh a b')).toEqual(['as redis: a b\n', 0]);
  });
  it('usage, --version and the errors of tianon/gosu', async () => {
    const h = machine();
    expect(await h.sh('gosu redis')).toEqual([USAGE, 1]);
    expect(await h.sh('gosu --help')).toEqual([USAGE, 0]);
    expect(await h.sh('gosu --version')).toEqual(['1.17 (go1.18.2 on linux/amd64; gc)\n', 0]);
    expect(await h.sh('gosu bob id')).toEqual([
      "error: failed switching to 'bob': unable to find user bob: no matching entries in passwd file\n",
      1,
    ]);
    expect(await h.sh('gosu redis:nogrp id')).toEqual([
      "error: failed switching to 'redis:nogrp': unable to find group nogrp: no matching entries in group file\n",
      1,
    ]);
    expect(await h.sh('gosu redis nope')).toEqual([
      'error: exec: "nope": executable file not found in $PATH\n',
      1,
    ]);
    expect(await machine(999).sh('gosu root id')).toEqual([
      "error: failed switching to 'root': operation not permitted\n",
      1,
    ]);
  });
});
