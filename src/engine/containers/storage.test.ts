import { describe, expect, it } from 'vitest';
import { createMemoryFs, dockerRootLayer, createUnionMount } from '../storage';
import { must, testLab } from './testing';

const start = async (
  lab: ReturnType<typeof testLab>,
  image: string,
  cmd?: string[],
  extra = {},
) => {
  const { id } = must(lab.api.createContainer({ image, ...(cmd ? { cmd } : {}), ...extra }));
  must(lab.api.startContainer(id));
  await lab.api.settle();
  return id;
};

describe('the container filesystem', () => {
  it('two containers of one image: a change in one is invisible in the other', async () => {
    const lab = testLab();
    const a = await start(lab, 'web');
    const b = await start(lab, 'web');
    const fa = must(lab.api.getContainer(a)).rootfs;
    const fb = must(lab.api.getContainer(b)).rootfs;
    fa.writeFile('/etc/os-release', 'NAME="Changed"\n');
    fa.unlink('/etc/legal');
    expect(fa.readText('/etc/os-release')).toBe('NAME="Changed"\n');
    expect(fb.readText('/etc/os-release')).toBe('NAME="TestOS"\n');
    expect(fb.exists('/etc/legal')).toBe(true);
    // the image layer is shared, not copied
    expect(must(lab.api.getContainer(a)).mount.lowers[1]).toBe(
      must(lab.api.getContainer(b)).mount.lowers[1],
    );
  });

  it('docker diff: A/C/D, with the -init files and bind mounts left out', async () => {
    const lab = testLab();
    const id = await start(lab, 'testos', [
      'sh',
      '-c',
      'mkdir /foo; write /foo/bar x; rm /etc/legal; touch /tmp/x',
    ]);
    const diff = must(lab.api.containerDiff(id)).map((c) => `${c.kind} ${c.path}`);
    expect(diff).toEqual(['C /etc', 'D /etc/legal', 'A /foo', 'A /foo/bar', 'C /tmp', 'A /tmp/x']);
  });

  it('/etc/hosts, /etc/hostname, /etc/resolv.conf are bind mounts: never in the upper layer', async () => {
    const lab = testLab();
    const id = await start(lab, 'web');
    const c = must(lab.api.getContainer(id));
    const short = id.slice(0, 12);
    expect(c.rootfs.readText('/etc/hostname')).toBe(`${short}\n`);
    expect(c.rootfs.readText('/etc/hosts')).toContain(`172.17.0.2\t${short}\n`);
    expect(c.rootfs.readText('/etc/resolv.conf')).toContain('nameserver 8.8.8.8');
    c.rootfs.writeFile('/etc/hosts', '10.0.0.1 db\n', { append: true });
    expect(c.rootfs.readText('/etc/hosts')).toContain('10.0.0.1 db');
    expect(() => c.rootfs.unlink('/etc/hosts')).toThrow(/EBUSY/);
    expect(c.mount.upper.get('/etc/hosts')).toBeUndefined();
    expect(must(lab.api.containerDiff(id))).toEqual([]);
    expect(c.rootfs.exists('/.dockerenv')).toBe(true);
    expect(c.rootfs.readlink('/etc/mtab')).toBe('/proc/mounts');
  });

  it('addresses are handed out in order and returned at stop', async () => {
    const lab = testLab();
    const a = await start(lab, 'web');
    const b = await start(lab, 'web');
    expect(must(lab.api.inspectContainer(a)).NetworkSettings.IPAddress).toBe('172.17.0.2');
    expect(must(lab.api.inspectContainer(b)).NetworkSettings.IPAddress).toBe('172.17.0.3');
    expect(must(lab.api.inspectContainer(b)).NetworkSettings.MacAddress).toMatch(
      /^[0-9a-f][26ae](:[0-9a-f]{2}){5}$/,
    );
    must(await lab.api.stopContainer(a));
    expect(must(lab.api.inspectContainer(a)).NetworkSettings.IPAddress).toBe('');
    const c = await start(lab, 'web');
    expect(must(lab.api.inspectContainer(c)).NetworkSettings.IPAddress).toBe('172.17.0.2');
  });
});

describe('commit', () => {
  it('makes an image whose top layer holds the changes; history and comment as Docker', async () => {
    const lab = testLab();
    const id = await start(lab, 'testos', ['sh', '-c', 'mkdir /app; write /app/index.html hello'], {
      name: 'c1',
    });
    const { id: imageId } = must(
      lab.api.commitContainer('c1', { reference: 'myimg:v1', message: 'add app', author: 'me' }),
    );
    expect(imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const layers = lab.images.imageLayers('myimg:v1');
    expect(layers.ok).toBe(true);
    if (!layers.ok) return;
    expect(layers.value.layers).toHaveLength(2);
    expect(layers.value.layers[0]?.changes.get('/app/index.html')).toMatchObject({ kind: 'file' });
    expect(layers.value.layers[0]?.changes.get('/etc/hosts')).toBeUndefined();
    const history = lab.images.imageHistory('myimg:v1');
    expect(history.ok && history.value[0]).toMatchObject({
      createdBy: 'sh -c mkdir /app; write /app/index.html hello',
      comment: 'add app',
    });
    // a container of the new image sees the files
    const c2 = await start(lab, 'myimg:v1', ['cat', '/app/index.html'], { attachStdout: true });
    expect(must(lab.api.containerLogs(c2)).entries.map((e) => e.text)).toEqual(['hello\n']);
    // the committed image now has a dependent container: rmi refuses
    expect(lab.images.removeImage(imageId.slice(7, 19)).ok).toBe(false);
    expect(lab.events.some((e) => e.type === 'container/committed' && e.id === id)).toBe(true);
  });

  it('an unchanged container adds no layer (empty_layer), -c changes apply', async () => {
    const lab = testLab();
    const id = await start(lab, 'web');
    const { id: img } = must(
      lab.api.commitContainer(id, { changes: ['CMD ["echo","x"]', 'ENV A=1', 'EXPOSE 8080'] }),
    );
    const l = lab.images.imageLayers(img);
    expect(l.ok && l.value.layers).toHaveLength(1);
    const cfg = lab.images.inspectImage(img);
    expect(cfg.ok && cfg.value.Config).toMatchObject({
      Cmd: ['echo', 'x'],
      ExposedPorts: { '8080/tcp': {}, '80/tcp': {} },
    });
    const bad = lab.api.commitContainer(id, { changes: ['FROM x'] });
    expect(bad.ok ? '' : bad.error.message).toBe('from is not a valid change command');
  });
});

describe('inspect, ps, df, the host view', () => {
  it('inspect has the API 1.50 keys in order and GraphDriver paths of the host view', async () => {
    const lab = testLab();
    const id = await start(lab, 'web', undefined, { name: 'web' });
    const i = must(lab.api.inspectContainer('web'));
    expect(Object.keys(i)).toEqual([
      'Id',
      'Created',
      'Path',
      'Args',
      'State',
      'Image',
      'ResolvConfPath',
      'HostnamePath',
      'HostsPath',
      'LogPath',
      'Name',
      'RestartCount',
      'Driver',
      'Platform',
      'MountLabel',
      'ProcessLabel',
      'AppArmorProfile',
      'ExecIDs',
      'HostConfig',
      'GraphDriver',
      'Mounts',
      'Config',
      'NetworkSettings',
    ]);
    expect(i.State).toMatchObject({
      Status: 'running',
      Running: true,
      ExitCode: 0,
      FinishedAt: '0001-01-01T00:00:00Z',
    });
    const c = must(lab.api.getContainer(id));
    expect(
      i.GraphDriver.Data.LowerDir?.startsWith(`/var/lib/docker/overlay2/${c.mountId}-init/diff:`),
    ).toBe(true);
    expect(i.NetworkSettings.Ports).toEqual({ '80/tcp': null });

    const state = lab.api.dockerRootState();
    expect(lab.api.dockerRootState()).toBe(state);
    expect(state.containers.map((r) => r.id)).toEqual([id]);
    const host = createUnionMount({ lowers: [dockerRootLayer(() => lab.api.dockerRootState())] });
    for (const p of ['LowerDir', 'UpperDir', 'MergedDir', 'WorkDir'] as const) {
      const first = (i.GraphDriver.Data[p] ?? '').split(':')[0] as string;
      expect(host.exists(first)).toBe(true);
    }
    expect(host.readText(`/var/lib/docker/containers/${id}/hostname`)).toBe(`${id.slice(0, 12)}\n`);
    expect(lab.api.mountLines()[0]).toMatch(
      new RegExp(`^overlay on /var/lib/docker/overlay2/${c.mountId}/merged type overlay`),
    );
    must(await lab.api.stopContainer('web'));
    expect(lab.api.dockerRootState()).not.toBe(state);
    expect(lab.api.mountLines()).toEqual([]);
  });

  it('ps: newest first, -n, filters, sizes', async () => {
    const lab = testLab();
    const a = await start(lab, 'testos', ['sh', '-c', 'write /x ab']);
    const b = await start(lab, 'web', undefined, { labels: { tier: 'front' } });
    expect(must(lab.api.listContainers({ all: true })).map((c) => c.Id)).toEqual([b, a]);
    expect(must(lab.api.listContainers({ last: 1 })).map((c) => c.Id)).toEqual([b]);
    expect(
      must(lab.api.listContainers({ all: true, filters: { status: ['exited'] } })).map((c) => c.Id),
    ).toEqual([a]);
    expect(
      must(lab.api.listContainers({ filters: { label: ['tier=front'] } })).map((c) => c.Id),
    ).toEqual([b]);
    const sized = must(lab.api.listContainers({ all: true, size: true }));
    expect(sized[1]?.SizeRw).toBe(3);
    expect(sized[1]?.SizeRootFs).toBeGreaterThan(3);
    const bad = lab.api.listContainers({ filters: { colour: ['red'] } });
    expect(bad.ok ? '' : bad.error.message).toBe("invalid filter 'colour'");
    const df = lab.api.diskUsage();
    expect(df).toMatchObject({ totalCount: 2, active: 1, size: 3, reclaimable: 3 });
    const pruned = lab.api.pruneContainers();
    expect(pruned).toEqual({ ContainersDeleted: [a], SpaceReclaimed: 3 });
  });

  it('docker cp both ways', async () => {
    const lab = testLab();
    const id = await start(lab, 'web');
    const hostFs = createMemoryFs();
    hostFs.mkdir('/src/sub', { recursive: true });
    hostFs.writeFile('/src/sub/a.txt', 'A\n');
    must(lab.api.copyToContainer(id, { hostFs, from: '/src', to: '/tmp' }));
    const c = must(lab.api.getContainer(id));
    expect(c.rootfs.readText('/tmp/src/sub/a.txt')).toBe('A\n');
    must(lab.api.copyFromContainer(id, { hostFs, from: '/etc/os-release', to: '/src/os' }));
    expect(hostFs.readText('/src/os')).toBe('NAME="TestOS"\n');
    const missing = lab.api.copyFromContainer(id, { hostFs, from: '/nope', to: '/src' });
    expect(missing.ok ? '' : missing.error.message).toBe(
      `Could not find the file /nope in container ${id}`,
    );
  });
});
