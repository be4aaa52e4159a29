// Containers of the real catalog images: command resolution, COMMAND text, executables on PATH.

import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/clock';
import { createImagesApi } from '../images';
import { createRandom } from '../random/random';
import { createContainersApi } from './api';
import { fakeRunner, must } from './testing';

describe('catalog images', () => {
  it('nginx, centos and ubuntu: Path/Args, COMMAND, STOPSIGNAL, run centos exits 0', async () => {
    const clock = createManualClock();
    const random = createRandom(1);
    const images = createImagesApi({ clock, random, emit: () => undefined });
    for (const ref of ['nginx', 'centos', 'ubuntu']) {
      const p = await images.pullImage(ref);
      expect(p.ok).toBe(true);
    }
    const api = createContainersApi({
      clock,
      random,
      emit: () => undefined,
      images,
      runner: fakeRunner,
    });
    const web = must(api.createContainer({ image: 'nginx', name: 'web' })).id;
    const i = must(api.inspectContainer(web));
    expect(i.Path).toBe('/docker-entrypoint.sh');
    expect(i.Args).toEqual(['nginx', '-g', 'daemon off;']);
    expect(i.Config.StopSignal).toBe('SIGQUIT');
    expect(must(api.listContainers({ all: true }))[0]?.Command).toBe(
      "/docker-entrypoint.sh nginx -g 'daemon off;'",
    );
    const c = must(api.createContainer({ image: 'centos' })).id;
    must(api.startContainer(c));
    expect(must(await api.waitContainer(c)).statusCode).toBe(0);
    const u = must(api.createContainer({ image: 'ubuntu', cmd: ['sleep', '5'] })).id;
    must(api.startContainer(u));
    const t0 = clock.now();
    expect(must(await api.waitContainer(u)).statusCode).toBe(0);
    expect(clock.now() - t0).toBe(5000);
    const missing = api.createContainer({ image: 'ubuntu', cmd: ['foo'] });
    const r = api.startContainer(must(missing).id);
    expect(r.ok ? 0 : r.error.exitCode).toBe(127);
  });
});
