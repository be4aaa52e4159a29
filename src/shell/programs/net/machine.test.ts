import { describe, expect, it } from 'vitest';
import { createListeners, staticNetworkView } from '../../../engine/listeners';
import { createWorld } from '../../../engine/world';
import { createHarness } from '../../testing/harness';
import { createMachineNetPrograms } from './machine';

/** Containers c1 (172.17.0.2, serving :80) and c2 (172.17.0.3); curl and wget run in c2. */
function machine() {
  const listeners = createListeners(
    staticNetworkView({
      machines: { c1: '172.17.0.2', c2: '172.17.0.3' },
      published: { '8088/tcp': [{ netns: 'c1', port: 80, hostIp: '0.0.0.0' }] },
      hostnames: { c1: 'c1', c2: 'c2' },
    }),
  );
  listeners.listen(
    { netns: 'c1', ip: '0.0.0.0', port: 80 },
    {
      kind: 'http',
      handle: (req) => ({
        status: 200,
        headers: [['Content-Type', 'text/plain']],
        body: `hello ${req.remoteAddr} ${req.path}\n`,
      }),
    },
  );
  const h = createHarness({
    commands: createMachineNetPrograms(listeners, () => 'c2', createWorld()),
    system: { hostname: 'c2', kernelRelease: '6.8.0', uid: 0, gid: 0 },
  });
  h.fs.writeFile('/etc/hosts', '127.0.0.1\tlocalhost\n172.17.0.2\tw c1\n172.17.0.3\tc2\n');
  return h;
}

describe('curl and wget in a container', () => {
  it('reach another container by its bridge address; the server sees the caller', async () => {
    expect(await machine().sh('curl -s 172.17.0.2/x')).toEqual(['hello 172.17.0.3 /x\n', 0]);
    expect(await machine().sh('wget -qO- 172.17.0.2')).toEqual(['hello 172.17.0.3 /\n', 0]);
  });
  it('reach a published port through the gateway', async () => {
    expect(await machine().sh('curl -s 172.17.0.1:8088')).toEqual(['hello 172.17.0.1 /\n', 0]);
  });
  it('names resolve only through /etc/hosts (links), as on the default bridge', async () => {
    expect(await machine().sh('curl -s w')).toEqual(['hello 172.17.0.3 /\n', 0]);
    expect(await machine().sh('curl web')).toEqual(['curl: (6) Could not resolve host: web\n', 6]);
  });
  it('an unowned bridge address or a closed port fails to connect', async () => {
    const [out, code] = await machine().sh('curl 172.17.0.9');
    expect(out).toMatch(
      /^curl: \(7\) Failed to connect to 172\.17\.0\.9 port 80 after \d+ ms: Couldn't connect to server\n$/,
    );
    expect(code).toBe(7);
    expect((await machine().sh('curl 172.17.0.2:81'))[1]).toBe(7);
  });
});
