import { describe, expect, it } from 'vitest';
import { isFsError } from '../fs/errors';
import { createRandom } from '../random/random';
import { chainIds, imageIdOf, layerDiffId, layerSize } from './digest';
import {
  linkIdOf,
  mountLine,
  mountLines,
  newCacheId,
  type ContainerRecord,
  type DockerRootState,
  type StoredLayer,
} from './docker-root-state';
import { createHostFs } from './host-fs';
import { createLayer, type Layer } from './layer';
import { createUnionMount } from './union-mount';

const random = createRandom(7);
const base = createLayer({
  id: 'base',
  entries: [
    { path: '/etc/motd', type: 'file', data: 'hello\n' },
    { path: '/bin/sh', type: 'file', data: '#!sh' },
  ],
});
const top = createLayer({
  id: 'top',
  entries: [
    { path: '/etc/motd', type: 'whiteout' },
    { path: '/app/main.py', type: 'file', data: 'print(1)\n' },
  ],
});

function store(layers: Layer[]): Map<`sha256:${string}`, StoredLayer> {
  const diffs = layers.map(layerDiffId);
  const chains = chainIds(diffs);
  const m = new Map<`sha256:${string}`, StoredLayer>();
  layers.forEach((layer, i) => {
    const cacheId = newCacheId(random);
    const parent = chains[i - 1];
    m.set(chains[i] as `sha256:${string}`, {
      layer,
      chainId: chains[i] as `sha256:${string}`,
      diffId: diffs[i] as `sha256:${string}`,
      ...(parent ? { parent } : {}),
      cacheId,
      linkId: linkIdOf(cacheId),
      size: layerSize(layer),
    });
  });
  return m;
}

function setup() {
  const layers = store([base, top]);
  const [l0, l1] = [...layers.values()] as [StoredLayer, StoredLayer];
  const config = imageIdOf({
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [l0.diffId, l1.diffId] },
  });
  const init = createLayer({
    id: 'init',
    entries: [{ path: '/etc/hosts', type: 'file', data: '' }],
  });
  const mountId = newCacheId(random);
  const cid = random.hex(64);
  const fs = createUnionMount({ id: cid, lowers: [init, top, base] });
  const container: ContainerRecord = {
    id: cid,
    mountId,
    linkId: linkIdOf(mountId),
    initLinkId: linkIdOf(`${mountId}-init`),
    init,
    upper: fs.upper,
    imageChainId: l1.chainId,
    running: true,
  };
  let state: DockerRootState = {
    layers,
    images: [{ id: config.id, configJson: config.json }],
    repositories: { app: { 'app:latest': config.id } },
    containers: [container],
  };
  const host = createHostFs({ dockerState: () => state });
  return {
    host,
    fs,
    l0,
    l1,
    container,
    config,
    get state() {
      return state;
    },
    set state(s: DockerRootState) {
      state = s;
    },
  };
}

describe('/var/lib/docker', () => {
  it('has layerdb entries per ChainID with diff, size, cache-id and parent', () => {
    const { host, l0, l1 } = setup();
    const d0 = `/var/lib/docker/image/overlay2/layerdb/sha256/${l0.chainId.slice(7)}`;
    const d1 = `/var/lib/docker/image/overlay2/layerdb/sha256/${l1.chainId.slice(7)}`;
    expect(host.readdir(d0).map((e) => e.name)).toEqual([
      'cache-id',
      'diff',
      'size',
      'tar-split.json.gz',
    ]);
    expect(host.readText(`${d1}/diff`)).toBe(l1.diffId);
    expect(host.readText(`${d1}/parent`)).toBe(l0.chainId);
    expect(host.readText(`${d1}/cache-id`)).toBe(l1.cacheId);
    expect(host.readText(`${d1}/size`)).toBe('9');
  });

  it('stores the config bytes under the image ID and the tags in repositories.json', () => {
    const { host, config } = setup();
    expect(
      host.readText(`/var/lib/docker/image/overlay2/imagedb/content/sha256/${config.id.slice(7)}`),
    ).toBe(config.json);
    expect(JSON.parse(host.readText('/var/lib/docker/image/overlay2/repositories.json'))).toEqual({
      Repositories: { app: { 'app:latest': config.id } },
    });
  });

  it("shows each layer's diff/ with whiteouts as 0/0 character devices", () => {
    const { host, l1, l0 } = setup();
    const diff = `/var/lib/docker/overlay2/${l1.cacheId}/diff`;
    expect(host.readdir(diff)).toEqual([
      { name: 'app', type: 'dir' },
      { name: 'etc', type: 'dir' },
    ]);
    expect(host.lstat(`${diff}/etc/motd`)).toMatchObject({
      type: 'chardev',
      rdev: { major: 0, minor: 0 },
    });
    expect(host.readText(`/var/lib/docker/overlay2/${l1.cacheId}/lower`)).toBe(`l/${l0.linkId}`);
    expect(host.readText(`/var/lib/docker/overlay2/${l1.cacheId}/link`)).toBe(l1.linkId);
    expect(host.readdir(`/var/lib/docker/overlay2/${l0.cacheId}`).map((e) => e.name)).toEqual([
      'committed',
      'diff',
      'link',
    ]);
  });

  it('resolves l/ short links into the layer directories', () => {
    const { host, l0 } = setup();
    expect(l0.linkId).toMatch(/^[A-Z2-7]{26}$/);
    expect(host.readlink(`/var/lib/docker/overlay2/l/${l0.linkId}`)).toBe(`../${l0.cacheId}/diff`);
    expect(host.readText(`/var/lib/docker/overlay2/l/${l0.linkId}/etc/motd`)).toBe('hello\n');
  });

  it('gives a running container init and RW dirs, merged/ and a mount line', () => {
    const s = setup();
    const { host, fs, container: c, l0, l1 } = s;
    fs.writeFile('/app/out.txt', 'written');
    fs.unlink('/bin/sh');
    const rw = `/var/lib/docker/overlay2/${c.mountId}`;
    expect(host.readdir(rw).map((e) => e.name)).toEqual([
      'diff',
      'link',
      'lower',
      'merged',
      'work',
    ]);
    expect(host.readText(`${rw}/diff/app/out.txt`)).toBe('written');
    expect(host.lstat(`${rw}/diff/bin/sh`).type).toBe('chardev');
    expect(host.readdir(`${rw}/merged/app`).map((e) => e.name)).toEqual(['main.py', 'out.txt']);
    expect(host.exists(`${rw}/merged/etc/motd`)).toBe(false);
    expect(host.exists(`${rw}/merged/bin/sh`)).toBe(false);
    expect(host.readText(`${rw}/lower`)).toBe(`l/${c.initLinkId}:l/${l1.linkId}:l/${l0.linkId}`);
    expect(host.readText(`/var/lib/docker/overlay2/${c.mountId}-init/diff/etc/hosts`)).toBe('');
    const o = '/var/lib/docker/overlay2';
    expect(mountLine(s.state, c)).toBe(
      `overlay on ${o}/${c.mountId}/merged type overlay (rw,relatime,lowerdir=${o}/l/${c.initLinkId}:${o}/l/${l1.linkId}:${o}/l/${l0.linkId},upperdir=${o}/${c.mountId}/diff,workdir=${o}/${c.mountId}/work)`,
    );
    // Stopped: no merged/, no mount line.
    s.state = { ...s.state, containers: [{ ...c, running: false }] };
    expect(host.exists(`${rw}/merged`)).toBe(false);
    expect(mountLines(s.state)).toEqual([]);
  });

  it('is read-only for the host shell, while the rest of the host is writable', () => {
    const { host, l0 } = setup();
    host.writeFile('/root.txt', 'ok');
    host.mkdir('/var/tmp', { recursive: true });
    let code = '';
    try {
      host.unlink(`/var/lib/docker/overlay2/${l0.cacheId}/diff/etc/motd`);
    } catch (e) {
      if (isFsError(e)) code = e.code;
    }
    expect(code).toBe('EROFS');
    expect(host.readText('/root.txt')).toBe('ok');
  });
});
