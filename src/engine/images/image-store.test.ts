import { describe, expect, it } from 'vitest';
import { chainIds, createHostFs, type Digest } from '../storage';
import { createManualClock } from '../clock/clock';
import { pullMessages } from './pull';
import { must, testApi } from './testing';

const names = (entries: readonly { name: string }[]) => entries.map((e) => e.name);

describe('pull', () => {
  it('pulls ubuntu: plan, tag, digest reference, events', async () => {
    const { api, events } = testApi();
    const plan = must(await api.pullImage('ubuntu'));
    expect(plan.defaultTag).toBe(true);
    expect(plan.ref).toBe('docker.io/library/ubuntu:latest');
    expect(plan.familiar).toBe('ubuntu:latest');
    expect(plan.repository).toBe('library/ubuntu');
    expect(plan.tagOrDigest).toBe('latest');
    expect(plan.layers).toHaveLength(1);
    expect(plan.layers[0]?.status).toBe('download');
    expect(plan.layers[0]?.id).toBe(plan.layers[0]?.blobDigest.slice(7, 19));
    expect(plan.updated).toBe(true);
    const [img] = must(api.listImages());
    expect(img?.repoTags).toEqual(['ubuntu:latest']);
    expect(img?.repoDigests).toEqual([`ubuntu@${plan.digest}`]);
    expect(events.map((e) => e.type)).toContain('image/layer-downloaded');
    expect(events.at(-1)?.type).toBe('image/pulled');
  });

  it('shares debian layers with python: Already exists', async () => {
    const { api, events } = testApi();
    const debian = must(await api.pullImage('debian:bookworm'));
    const python = must(await api.pullImage('python'));
    expect(python.layers[0]?.chainId).toBe(debian.layers[0]?.chainId);
    expect(python.layers.map((l) => l.status)).toEqual([
      'exists',
      ...python.layers.slice(1).map(() => 'download'),
    ]);
    expect(events.filter((e) => e.type === 'image/layer-reused')).toHaveLength(1);
    // The layer is stored once.
    expect(api.store.layers.size).toBe(python.layers.length);
    const msgs = pullMessages(python).map((m) => (m.id ? `${m.id}: ${m.status}` : m.status));
    expect(msgs[0]).toBe('3.12: Pulling from library/python'.replace('3.12', 'latest'));
    expect(msgs).toContain(`${python.layers[0]?.id}: Already exists`);
    expect(msgs.filter((m) => m.endsWith('Waiting')).length).toBe(python.layers.length - 1 - 3);
    expect(msgs.at(-1)).toBe('Status: Downloaded newer image for python:latest');
    // golang shares three layers (debian + curl + scm) with python.
    const golang = must(await api.pullImage('golang:1.24'));
    expect(golang.layers.filter((l) => l.status === 'exists')).toHaveLength(3);
  });

  it('a second pull is up to date; a new tag for the same image is not', async () => {
    const { api } = testApi();
    must(await api.pullImage('debian:bookworm'));
    const again = must(await api.pullImage('debian:bookworm'));
    expect(again.updated).toBe(false);
    expect(again.layers.every((l) => l.status === 'exists')).toBe(true);
    const alias = must(await api.pullImage('debian:12'));
    expect(alias.updated).toBe(true);
    expect(must(api.listImages())[0]?.repoTags).toEqual(['debian:12', 'debian:bookworm']);
  });

  it('errors as the daemon words them', async () => {
    const { api } = testApi();
    const msg = async (r: string) => {
      const res = await api.pullImage(r);
      return res.ok ? 'ok' : res.error.message;
    };
    expect(await msg('scratch')).toBe("'scratch' is a reserved name");
    expect(await msg('nginx:nope')).toBe(
      'manifest for nginx:nope not found: manifest unknown: manifest unknown',
    );
    expect(await msg('foo')).toBe(
      "pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(await msg('UPPER')).toBe(
      'invalid reference format: repository name (library/UPPER) must be lowercase',
    );
    expect(api.store.images.size).toBe(0);
  });

  it('pulls by digest', async () => {
    const { api } = testApi();
    const first = must(await api.pullImage('alpine'));
    const { api: api2 } = testApi();
    const byDigest = must(await api2.pullImage(`alpine@${first.digest}`));
    expect(byDigest.tagOrDigest).toBe(first.digest);
    expect(byDigest.imageId).toBe(first.imageId);
    expect(must(api2.listImages())[0]?.repoTags).toEqual([]);
  });
});

describe('digests and determinism', () => {
  it('IDs and digests do not depend on the seed; cache IDs do, reproducibly', async () => {
    const a = testApi(1);
    const b = testApi(2);
    const c = testApi(1);
    const pa = must(await a.api.pullImage('nginx'));
    const pb = must(await b.api.pullImage('nginx'));
    const pc = must(await c.api.pullImage('nginx'));
    expect(pb.imageId).toBe(pa.imageId);
    expect(pb.digest).toBe(pa.digest);
    expect(pb.layers.map((l) => l.blobDigest)).toEqual(pa.layers.map((l) => l.blobDigest));
    expect(pb.layers[0]?.cacheId).not.toBe(pa.layers[0]?.cacheId);
    expect(pc.layers.map((l) => l.cacheId)).toEqual(pa.layers.map((l) => l.cacheId));
    expect(c.events).toEqual(a.events);
  });

  it('chain IDs follow the OCI rule and blob digests differ from DiffIDs', async () => {
    const { api } = testApi();
    const p = must(await api.pullImage('python'));
    expect(p.layers.map((l) => l.chainId)).toEqual(chainIds(p.layers.map((l) => l.diffId)));
    for (const l of p.layers) expect(l.blobDigest).not.toBe(l.diffId);
  });
});

describe('rmi', () => {
  it('untags, deletes the image and its unshared layers', async () => {
    const { api } = testApi();
    const debian = must(await api.pullImage('debian:bookworm'));
    const python = must(await api.pullImage('python:3.12'));
    const out = must(api.removeImage('python:3.12'));
    const removedChains = python.layers
      .slice(1)
      .map((l) => l.chainId)
      .reverse();
    expect(out).toEqual([
      { untagged: 'python:3.12' },
      { untagged: `python@${python.digest}` },
      { deleted: python.imageId },
      ...removedChains.map((c) => ({ deleted: c })),
    ]);
    expect(api.store.layers.has(debian.layers[0]?.chainId as Digest)).toBe(true);
  });

  it('several tags: by name only untags; by ID conflicts unless forced', async () => {
    const { api } = testApi();
    const p = must(await api.pullImage('alpine'));
    must(api.tagImage('alpine', 'myalpine:v1'));
    const short = p.imageId.slice(7, 19);
    const byId = api.removeImage(short);
    expect(!byId.ok && byId.error.message).toBe(
      `conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories`,
    );
    expect(must(api.removeImage('myalpine:v1'))).toEqual([{ untagged: 'myalpine:v1' }]);
    must(api.tagImage('alpine', 'myalpine:v1'));
    const forced = must(api.removeImage(short, { force: true }));
    expect(forced.filter((r) => 'untagged' in r)).toHaveLength(3);
    expect(forced.filter((r) => 'deleted' in r)).toHaveLength(2);
  });

  it('containers block removal', async () => {
    const { api, containers } = testApi();
    const p = must(await api.pullImage('nginx'));
    const cid = 'a'.repeat(12) + '1'.repeat(52);
    const short = p.imageId.slice(7, 19);
    containers.set(p.imageId, [{ id: cid, running: false }]);
    const byTag = api.removeImage('nginx');
    expect(!byTag.ok && byTag.error.message).toBe(
      `conflict: unable to remove repository reference "nginx" (must force) - container aaaaaaaaaaaa is using its referenced image ${short}`,
    );
    const byId = api.removeImage(short);
    expect(!byId.ok && byId.error.message).toBe(
      `conflict: unable to delete ${short} (must be forced) - image is being used by stopped container aaaaaaaaaaaa`,
    );
    containers.set(p.imageId, [{ id: cid, running: true }]);
    const running = api.removeImage(short, { force: true });
    expect(!running.ok && running.error.message).toBe(
      `conflict: unable to delete ${short} (cannot be forced) - image is being used by running container aaaaaaaaaaaa`,
    );
    expect(api.store.images.size).toBe(1);
  });

  it('missing images', () => {
    const { api } = testApi();
    const r = api.removeImage('foo');
    expect(!r.ok && r.error.message).toBe('No such image: foo:latest');
  });
});

describe('tag, history, inspect', () => {
  it('tag moves names and sets LastTagTime', async () => {
    const { api } = testApi();
    must(await api.pullImage('busybox'));
    expect(must(api.inspectImage('busybox')).Metadata.LastTagTime).toBe('0001-01-01T00:00:00Z');
    must(api.tagImage('busybox', 'localhost:5000/bb'));
    const i = must(api.inspectImage('localhost:5000/bb:latest'));
    expect(i.RepoTags).toEqual(['busybox:latest', 'localhost:5000/bb:latest']);
    expect(i.Metadata.LastTagTime).toBe('2026-11-22T14:00:00Z');
    const bad = api.tagImage('busybox', 'Foo');
    expect(!bad.ok && bad.error.message).toBe(
      'invalid reference format: repository name (library/Foo) must be lowercase',
    );
    const missing = api.tagImage('src', 'dst');
    expect(!missing.ok && missing.error.message).toBe('No such image: src:latest');
  });

  it('history: newest first, <missing> below the top, sizes on layer rows', async () => {
    const { api } = testApi();
    const p = must(await api.pullImage('nginx'));
    const h = must(api.imageHistory('nginx'));
    expect(h[0]?.id).toBe(p.imageId);
    expect(h[0]?.tags).toEqual(['nginx:latest']);
    expect(h[0]?.createdBy).toBe('CMD ["nginx" "-g" "daemon off;"]');
    expect(h.slice(1).every((r) => r.id === '<missing>')).toBe(true);
    expect(h.at(-1)?.size).toBe(p.layers[0]?.size);
    expect(h.filter((r) => r.size > 0)).toHaveLength(p.layers.length);
  });

  it('inspect has the API 1.50 shape', async () => {
    const { api } = testApi();
    const p = must(await api.pullImage('nginx'));
    const i = must(api.inspectImage('nginx'));
    expect(Object.keys(i)).toEqual([
      'Id',
      'RepoTags',
      'RepoDigests',
      'Parent',
      'Comment',
      'Created',
      'DockerVersion',
      'Author',
      'Config',
      'Architecture',
      'Os',
      'Size',
      'GraphDriver',
      'RootFS',
      'Metadata',
    ]);
    expect(Object.keys(i.Config)).toEqual([
      'ExposedPorts',
      'Env',
      'Entrypoint',
      'Cmd',
      'Labels',
      'StopSignal',
    ]);
    expect(i.Comment).toBe('buildkit.dockerfile.v0');
    expect(i.RootFS.Layers).toEqual(p.layers.map((l) => l.diffId));
    expect(i.Size).toBe(p.layers.reduce((a, l) => a + l.size, 0));
    expect(Object.keys(i.GraphDriver.Data)).toEqual([
      'LowerDir',
      'MergedDir',
      'UpperDir',
      'WorkDir',
    ]);
    const top = p.layers.at(-1)?.cacheId;
    expect(i.GraphDriver.Data['UpperDir']).toBe(`/var/lib/docker/overlay2/${top}/diff`);
    expect(i.GraphDriver.Data['LowerDir']?.split(':').at(-1)).toBe(
      `/var/lib/docker/overlay2/${p.layers[0]?.cacheId}/diff`,
    );
    must(await api.pullImage('alpine'));
    expect(must(api.inspectImage('alpine')).GraphDriver.Data).not.toHaveProperty('LowerDir');
  });
});

describe('list, prune, disk usage', () => {
  it('dangling images after a tag moves, pruned by image prune', async () => {
    const { api } = testApi();
    const deb = must(await api.pullImage('debian:bookworm'));
    must(await api.pullImage('alpine'));
    must(api.tagImage('alpine', 'debian:bookworm'));
    // debian still has its digest reference, so it is not dangling by tag alone… it shows <none>.
    const dangling = must(api.listImages({ filters: { dangling: ['true'] } }));
    expect(dangling.map((d) => d.id)).toEqual([deb.imageId]);
    const report = must(api.pruneImages());
    expect(report.deleted).toContainEqual({ deleted: deb.imageId });
    expect(report.spaceReclaimed).toBe(deb.layers[0]?.size);
    expect(must(api.listImages()).map((i) => i.repoTags)).toEqual([
      ['alpine:latest', 'debian:bookworm'],
    ]);
  });

  it('disk usage counts shared layers once', async () => {
    const { api, containers } = testApi();
    const deb = must(await api.pullImage('debian:bookworm'));
    const py = must(await api.pullImage('python'));
    containers.set(py.imageId, [{ id: 'b'.repeat(64), running: true }]);
    const du = api.diskUsage();
    const sum = py.layers.reduce((a, l) => a + l.size, 0);
    expect(du.layersSize).toBe(sum);
    const pyRow = du.images.find((i) => i.id === py.imageId);
    expect(pyRow?.sharedSize).toBe(deb.layers[0]?.size);
    expect(pyRow?.containers).toBe(1);
  });
});

describe('/var/lib/docker', () => {
  it('layerdb, imagedb, overlay2 diff/ and repositories.json after ubuntu and python', async () => {
    const { api } = testApi();
    const ubuntu = must(await api.pullImage('ubuntu'));
    const python = must(await api.pullImage('python'));
    const host = createHostFs({
      clock: createManualClock(),
      dockerState: () => ({ ...api.dockerRoot(), containers: [] }),
    });
    const ldb = '/var/lib/docker/image/overlay2/layerdb/sha256';
    const expected = [...ubuntu.layers, ...python.layers].map((l) => l.chainId.slice(7)).sort();
    expect(names(host.readdir(ldb)).sort()).toEqual(expected);
    const base = python.layers[0];
    const top = python.layers[1];
    expect(host.readText(`${ldb}/${top?.chainId.slice(7)}/parent`)).toBe(base?.chainId);
    expect(host.readText(`${ldb}/${base?.chainId.slice(7)}/diff`)).toBe(base?.diffId);
    expect(host.readText(`${ldb}/${base?.chainId.slice(7)}/cache-id`)).toBe(base?.cacheId);
    const diff = names(host.readdir(`/var/lib/docker/overlay2/${base?.cacheId}/diff`));
    for (const d of ['bin', 'etc', 'usr', 'var', 'tmp', 'root', 'proc', 'sys', 'lib'])
      expect(diff).toContain(d);
    expect(
      host.readText(`/var/lib/docker/overlay2/${base?.cacheId}/diff/usr/lib/os-release`),
    ).toContain('Debian GNU/Linux 12 (bookworm)');
    const content = `/var/lib/docker/image/overlay2/imagedb/content/sha256/${python.imageId.slice(7)}`;
    const { id } = await import('../storage').then((m) =>
      m.imageIdOf(JSON.parse(host.readText(content))),
    );
    expect(id).toBe(python.imageId);
    const repos = JSON.parse(host.readText('/var/lib/docker/image/overlay2/repositories.json'));
    expect(repos.Repositories.python['python:latest']).toBe(python.imageId);
    expect(repos.Repositories.ubuntu[`ubuntu@${ubuntu.digest}`]).toBe(ubuntu.imageId);
  });
});
