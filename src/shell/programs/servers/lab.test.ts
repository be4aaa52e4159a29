// Through the lab's engine: containers from the catalog's images, run by the lab's container
// runner with the real shell, reached through the listeners with the engine's network view —
// the wiring createLab needs (see README).

import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../engine/engine';
import { engineNetworkView, createListeners } from '../../../engine/listeners';
import { createContainerRunner } from '../../../lab/container-runner';
import { containerGroups, hostCommands } from '../../../lab/programs';
import { createProgramNet } from './net';
import { bodyText } from './testing';

async function lab() {
  const listeners = createListeners();
  const net = createProgramNet(listeners);
  const groups = containerGroups(net);
  // Load every group's code now, so the containers' programs do not wait for the module loader.
  await Promise.all(groups.map((g) => g.load()));
  const engine = createEngine({
    seed: 1,
    runner: createContainerRunner({ commands: hostCommands(groups) }),
  });
  listeners.setView(engineNetworkView(engine.containers));
  const settle = async () => {
    // The program groups load with import(): give the module loader real turns.
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setImmediate(r));
      await engine.containers.settle();
    }
  };
  const get = (host: string, port: number, path = '/') => {
    const c = listeners.connect('host', host, port);
    if (!c.ok || c.service.kind !== 'http') return c.ok ? 'not http' : c.reason;
    return c.service.handle({
      method: 'GET',
      path,
      headers: [
        ['Host', `${host}:${port}`],
        ['User-Agent', 'curl/7.88.1'],
      ],
      remoteAddr: c.remoteAddr,
      localAddr: c.localAddr,
      localPort: c.localPort,
    });
  };
  const logs = (id: string) => {
    const r = engine.containers.containerLogs(id, {});
    if (!r.ok) return '';
    return JSON.stringify(r.value);
  };
  return { engine, listeners, settle, get, logs };
}

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('servers in the lab', () => {
  it('nginx: -p 5080:80 serves the index page; docker stop ends it with 0 at once', async () => {
    const { engine, settle, get, logs } = await lab();
    must(await engine.images.pullImage('nginx'));
    const { id } = must(
      engine.containers.createContainer({
        image: 'nginx',
        hostConfig: { portBindings: { '80/tcp': [{ HostIp: '', HostPort: '5080' }] } },
      }),
    );
    must(engine.containers.startContainer(id));
    await settle();
    const page = get('localhost', 5080);
    expect(bodyText(page)).toContain('<h1>Welcome to nginx!</h1>');
    const ip = must(engine.containers.getContainer(id)).network.ipAddress;
    expect(bodyText(get(ip, 80))).toContain('Welcome to nginx!');
    expect(get('localhost', 5081)).toBe('refused');
    const log = logs(id);
    // The image's script runs through the shell; until find has -quit it takes its "No files
    // found" branch instead of "Configuration complete; ready for start up".
    expect(log).toMatch(/\/docker-entrypoint\.sh: (Configuration complete|No files found)/);
    expect(log).toContain('[notice] 1#1: start worker processes');
    expect(log).toContain('\\"GET / HTTP/1.1\\" 200 615');
    // docker stop: nginx catches SIGQUIT and exits 0 at once. (With the image's entrypoint the
    // runner sees /docker-entrypoint.sh as the process, not the nginx it exec'd: see README.)
    const direct = must(
      engine.containers.createContainer({
        image: 'nginx',
        entrypoint: [],
        cmd: ['nginx', '-g', 'daemon off;'],
        hostConfig: { portBindings: { '80/tcp': [{ HostIp: '', HostPort: '5081' }] } },
      }),
    ).id;
    must(engine.containers.startContainer(direct));
    await settle();
    expect(bodyText(get('localhost', 5081))).toContain('Welcome to nginx!');
    const t0 = engine.clock.now();
    must(await engine.containers.stopContainer(direct));
    expect(engine.clock.now() - t0).toBeLessThan(1000);
    const state = must(engine.containers.getContainer(direct)).state;
    expect(state.running).toBe(false);
    expect(state.exitCode).toBe(0);
    expect(logs(direct)).toContain('signal 3 (SIGQUIT) received, shutting down');
    expect(get('localhost', 5081)).not.toHaveProperty('status');
    expect(bodyText(get('localhost', 5080))).toContain('Welcome to nginx!');
  });

  it('CMD nginx without daemon off: the container exits at once, serving nothing', async () => {
    const { engine, settle, get } = await lab();
    must(await engine.images.pullImage('nginx'));
    const { id } = must(
      engine.containers.createContainer({
        image: 'nginx',
        cmd: ['nginx'],
        hostConfig: { portBindings: { '80/tcp': [{ HostIp: '', HostPort: '5080' }] } },
      }),
    );
    must(engine.containers.startContainer(id));
    await settle();
    const state = must(engine.containers.getContainer(id)).state;
    expect(state.running).toBe(false);
    expect(state.exitCode).toBe(0);
    expect(get('localhost', 5080)).not.toHaveProperty('status');
  });
});
