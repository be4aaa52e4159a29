import { describe, expect, it } from 'vitest';
import { createListeners, staticNetworkView } from '../../../engine/listeners';
import { createWorld } from '../../../engine/world';
import { createHarness } from '../../testing/harness';
import { createMachineNetPrograms } from './machine';

/** An alpine-like machine c2 whose wget is busybox's applet; c1 (172.17.0.2) serves :80. */
function alpine() {
  const listeners = createListeners(
    staticNetworkView({ machines: { c1: '172.17.0.2', c2: '172.17.0.3' } }),
  );
  listeners.listen(
    { netns: 'c1', ip: '0.0.0.0', port: 80 },
    {
      kind: 'http',
      handle: (req) =>
        req.path === '/'
          ? { status: 200, headers: [['Content-Type', 'text/html']], body: 'hello\n' }
          : { status: 404, reason: 'Not Found', headers: [], body: 'no\n' },
    },
  );
  const h = createHarness({
    commands: createMachineNetPrograms(listeners, () => 'c2', createWorld()),
    env: { PATH: '/usr/bin:/bin' },
  });
  h.fs.writeFile('/bin/busybox', { kind: 'blob', size: 800_000, digest: 'bb' }, { mode: 0o755 });
  h.fs.unlink('/usr/bin/wget');
  h.fs.symlink('/bin/busybox', '/usr/bin/wget');
  return h;
}

describe('busybox wget (alpine)', () => {
  it('prints busybox texts: Connecting, writing to stdout, the meter; -q only the body', async () => {
    expect(await alpine().sh('wget -qO- 172.17.0.2')).toEqual(['hello\n', 0]);
    expect(await alpine().sh('wget -O - 172.17.0.2 2>&1')).toEqual([
      'Connecting to 172.17.0.2 (172.17.0.2:80)\nwriting to stdout\nhello\n-                    100% |********************************|     6  0:00:00 ETA\nwritten to stdout\n',
      0,
    ]);
  });
  it('saves index.html once; a second run will not overwrite it', async () => {
    const h = alpine();
    expect(await h.sh('cd /tmp; wget 172.17.0.2 2>&1; wget -q 172.17.0.2; echo $?')).toEqual([
      "Connecting to 172.17.0.2 (172.17.0.2:80)\nsaving to 'index.html'\nindex.html           100% |********************************|     6  0:00:00 ETA\n'index.html' saved\nwget: can't open 'index.html': File exists\n1\n",
      0,
    ]);
  });
  it('errors: bad address, refused, server error — status 1', async () => {
    expect(await alpine().sh('wget -q web')).toEqual(["wget: bad address 'web'\n", 1]);
    expect(await alpine().sh('wget -q 172.17.0.2:81')).toEqual([
      "wget: can't connect to remote host (172.17.0.2): Connection refused\n",
      1,
    ]);
    expect(await alpine().sh('wget -q 172.17.0.2/x')).toEqual([
      'wget: server returned error: HTTP/1.1 404 Not Found\n',
      1,
    ]);
  });
});
