// The host's view of /var/lib/docker, generated from a DockerRootState: the small bookkeeping files
// (layerdb, imagedb, repositories.json, link, lower, l/ symlinks) live in a skeleton changeset rebuilt
// when the state object changes; each layer's `diff/` and each running container's `merged/` are
// live views of the engine's own changesets, spliced in by path. Nothing is copied: `ls` in
// overlay2/<id>/diff reads the very changeset the container writes to.

import { LAB_EPOCH_MS } from '../clock/clock';
import { Changeset, type ReadonlyChangeset } from './changeset';
import { sha256OfText } from './digest';
import { changesetFromSpecs, type Layer, type LayerEntrySpec } from './layer';
import { dirLayers, lookup } from './lookup';
import type { LayerNode } from './node';
import {
  DOCKER_ROOT,
  containerLowerLinks,
  layerChain,
  lowerFileOf,
  type DockerRootState,
} from './docker-root-state';
import { canonicalJson } from './digest';

const OVERLAY = `${DOCKER_ROOT}/overlay2`;
const hex = (d: string): string => d.replace(/^sha256:/, '');

/** Overlay's on-disk form: whiteouts are 0/0 character devices, opaque is an invisible xattr. */
const diskForms = new WeakMap<LayerNode, LayerNode>();
function onDisk(n: LayerNode): LayerNode {
  if (n.kind !== 'whiteout' && !(n.kind === 'dir' && n.opaque)) return n;
  let d = diskForms.get(n);
  if (!d) {
    d =
      n.kind === 'whiteout'
        ? {
            kind: 'chardev',
            mode: 0,
            uid: n.uid,
            gid: n.gid,
            mtimeMs: n.mtimeMs,
            major: 0,
            minor: 0,
          }
        : { ...n, opaque: false };
    diskForms.set(n, d);
  }
  return d;
}

/** A part of the tree served by something else, seen through the ReadonlyChangeset read side. */
interface SubView {
  get(sub: string): LayerNode | undefined;
  childNames(sub: string): ReadonlySet<string> | undefined;
}

function diffView(changes: ReadonlyChangeset): SubView {
  return {
    get: (sub) => {
      const n = changes.get(sub);
      return n && onDisk(n);
    },
    childNames: (sub) => changes.childNames(sub),
  };
}

function mergedView(layers: readonly ReadonlyChangeset[]): SubView {
  return {
    get: (sub) => {
      const r = lookup(layers, sub);
      return r.kind === 'found' ? onDisk(r.node) : undefined;
    },
    childNames: (sub) => {
      const r = lookup(layers, sub);
      if (r.kind !== 'found' || r.node.kind !== 'dir') return undefined;
      const seen = new Map<string, boolean>();
      for (const i of dirLayers(layers, sub, r.layer)) {
        const cs = layers[i] as ReadonlyChangeset;
        for (const name of cs.childNames(sub) ?? []) {
          if (!seen.has(name))
            seen.set(
              name,
              cs.get(sub === '/' ? `/${name}` : `${sub}/${name}`)?.kind !== 'whiteout',
            );
        }
      }
      return new Set([...seen].filter(([, v]) => v).map(([k]) => k));
    },
  };
}

interface Built {
  readonly skeleton: Changeset;
  /** overlay2 directory name → its diff/ and (running) merged/ views. */
  readonly mounts: Map<string, { diff: SubView; merged?: SubView }>;
}

export interface DockerRootOptions {
  /** mtime for generated entries that have no time of their own (default: the lab epoch). */
  readonly mtimeMs?: number;
}

function build(state: DockerRootState, options: DockerRootOptions): Built {
  const t0 = options.mtimeMs ?? LAB_EPOCH_MS;
  const specs: LayerEntrySpec[] = [];
  const dir = (path: string, mode = 0o755, mtimeMs = t0) =>
    specs.push({ path, type: 'dir', mode, mtimeMs });
  const file = (path: string, data: string, mode = 0o644, mtimeMs = t0) =>
    specs.push({ path, type: 'file', data, mode, mtimeMs });
  const mounts = new Map<string, { diff: SubView; merged?: SubView }>();

  dir(DOCKER_ROOT, 0o710);
  for (const d of [
    'buildkit',
    'containers',
    'image',
    'network',
    'plugins',
    'runtimes',
    'swarm',
    'tmp',
    'volumes',
  ]) {
    dir(`${DOCKER_ROOT}/${d}`, d === 'containers' ? 0o710 : d === 'volumes' ? 0o701 : 0o700);
  }
  dir(OVERLAY, 0o710);
  dir(`${OVERLAY}/l`, 0o700);
  file(`${DOCKER_ROOT}/engine-id`, state.engineId ?? '', 0o600);

  const img = `${DOCKER_ROOT}/image/overlay2`;
  dir(`${img}/layerdb/sha256`, 0o700);
  dir(`${img}/layerdb/mounts`, 0o700);
  dir(`${img}/layerdb/tmp`, 0o700);
  dir(`${img}/imagedb/content/sha256`, 0o700);
  dir(`${img}/imagedb/metadata/sha256`, 0o700);
  dir(`${img}/distribution`, 0o700);
  file(`${img}/repositories.json`, canonicalJson({ Repositories: state.repositories }), 0o600);

  const hasChild = new Set<string>();
  for (const l of state.layers.values()) if (l.parent) hasChild.add(l.parent);
  for (const c of state.containers) hasChild.add(c.imageChainId);

  for (const l of state.layers.values()) {
    const t = l.createdMs ?? t0;
    const ldb = `${img}/layerdb/sha256/${hex(l.chainId)}`;
    dir(ldb, 0o755, t);
    file(`${ldb}/diff`, l.diffId, 0o644, t);
    file(`${ldb}/size`, String(l.size), 0o644, t);
    file(`${ldb}/cache-id`, l.cacheId, 0o644, t);
    if (l.parent) file(`${ldb}/parent`, l.parent, 0o644, t);
    specs.push({
      path: `${ldb}/tar-split.json.gz`,
      type: 'file',
      mode: 0o644,
      mtimeMs: t,
      data: {
        kind: 'blob',
        size: 64 + 24 * l.layer.changes.size,
        digest: sha256OfText(`tar-split ${l.diffId}`),
      },
    });
    const od = `${OVERLAY}/${l.cacheId}`;
    dir(od, 0o710, t);
    dir(`${od}/diff`, 0o755, t);
    file(`${od}/link`, l.linkId, 0o644, t);
    const below = layerChain(state, l.parent).map((x) => x.linkId);
    if (below.length > 0) {
      file(`${od}/lower`, lowerFileOf(below), 0o644, t);
      dir(`${od}/work`, 0o700, t);
    }
    if (hasChild.has(l.chainId)) file(`${od}/committed`, '', 0o600, t);
    specs.push({
      path: `${OVERLAY}/l/${l.linkId}`,
      type: 'symlink',
      target: `../${l.cacheId}/diff`,
      mtimeMs: t,
    });
    mounts.set(l.cacheId, { diff: diffView(l.layer.changes) });
  }

  for (const im of state.images) {
    const t = im.createdMs ?? t0;
    file(`${img}/imagedb/content/sha256/${hex(im.id)}`, im.configJson, 0o600, t);
    if (im.parent) {
      dir(`${img}/imagedb/metadata/sha256/${hex(im.id)}`, 0o700, t);
      file(`${img}/imagedb/metadata/sha256/${hex(im.id)}/parent`, im.parent, 0o600, t);
    }
  }

  for (const c of state.containers) {
    const t = c.createdMs ?? t0;
    const m = `${img}/layerdb/mounts/${c.id}`;
    dir(m, 0o755, t);
    file(`${m}/mount-id`, c.mountId, 0o644, t);
    file(`${m}/init-id`, `${c.mountId}-init`, 0o644, t);
    file(`${m}/parent`, c.imageChainId, 0o644, t);

    const chain = layerChain(state, c.imageChainId);
    const initDir = `${OVERLAY}/${c.mountId}-init`;
    dir(initDir, 0o710, t);
    dir(`${initDir}/diff`, 0o755, t);
    file(`${initDir}/link`, c.initLinkId, 0o644, t);
    file(`${initDir}/lower`, lowerFileOf(chain.map((x) => x.linkId)), 0o644, t);
    dir(`${initDir}/work`, 0o700, t);
    file(`${initDir}/committed`, '', 0o600, t);
    specs.push({
      path: `${OVERLAY}/l/${c.initLinkId}`,
      type: 'symlink',
      target: `../${c.mountId}-init/diff`,
      mtimeMs: t,
    });
    mounts.set(`${c.mountId}-init`, { diff: diffView(c.init.changes) });

    const rw = `${OVERLAY}/${c.mountId}`;
    dir(rw, 0o710, t);
    dir(`${rw}/diff`, 0o755, t);
    file(`${rw}/link`, c.linkId, 0o644, t);
    file(`${rw}/lower`, lowerFileOf(containerLowerLinks(state, c)), 0o644, t);
    dir(`${rw}/work/work`, 0o000, t);
    specs.push({ path: `${rw}/work`, type: 'dir', mode: 0o700, mtimeMs: t });
    specs.push({
      path: `${OVERLAY}/l/${c.linkId}`,
      type: 'symlink',
      target: `../${c.mountId}/diff`,
      mtimeMs: t,
    });
    const views: { diff: SubView; merged?: SubView } = { diff: diffView(c.upper) };
    if (c.running) {
      dir(`${rw}/merged`, 0o755, t);
      views.merged = mergedView([c.upper, c.init.changes, ...chain.map((x) => x.layer.changes)]);
    }
    mounts.set(c.mountId, views);

    const cd = `${DOCKER_ROOT}/containers/${c.id}`;
    dir(cd, 0o710, t);
    dir(`${cd}/checkpoints`, 0o700, t);
    dir(`${cd}/mounts`, 0o700, t);
    const files = c.files ?? {
      'config.v2.json': '{}',
      'hostconfig.json': '{}',
      hostname: `${c.id.slice(0, 12)}\n`,
      hosts: `127.0.0.1\tlocalhost\n`,
      'resolv.conf': 'nameserver 8.8.8.8\n',
      [`${c.id}-json.log`]: '',
    };
    for (const [name, text] of Object.entries(files)) file(`${cd}/${name}`, text, 0o644, t);
  }

  const skeleton = changesetFromSpecs(specs, t0);
  return { skeleton, mounts };
}

/** A ReadonlyChangeset over the whole of /var/lib/docker, regenerated when the state changes. */
export function dockerRootChangeset(
  getState: () => DockerRootState,
  options: DockerRootOptions = {},
): ReadonlyChangeset {
  let lastState: DockerRootState | undefined;
  let built: Built | undefined;
  const current = (): Built => {
    const s = getState();
    if (!built || s !== lastState) {
      built = build(s, options);
      lastState = s;
    }
    return built;
  };
  const prefix = `${OVERLAY}/`;
  /** The sub-view serving `key` and the path inside it, or undefined for skeleton paths. */
  const route = (key: string): { view: SubView; sub: string } | undefined => {
    if (!key.startsWith(prefix)) return undefined;
    const rest = key.slice(prefix.length);
    const a = rest.indexOf('/');
    if (a < 0) return undefined;
    const b = rest.indexOf('/', a + 1);
    const part = b < 0 ? rest.slice(a + 1) : rest.slice(a + 1, b);
    if (part !== 'diff' && part !== 'merged') return undefined;
    const m = current().mounts.get(rest.slice(0, a));
    const view = part === 'diff' ? m?.diff : m?.merged;
    if (!view) return undefined;
    return { view, sub: b < 0 ? '/' : rest.slice(b) };
  };
  return {
    get(key) {
      const r = route(key);
      if (r && r.sub !== '/') return r.view.get(r.sub);
      return current().skeleton.get(key);
    },
    childNames(key) {
      const r = route(key);
      return r ? r.view.childNames(r.sub) : current().skeleton.childNames(key);
    },
    opaqueCount: 0,
    get size() {
      return current().skeleton.size;
    },
    keys: () => current().skeleton.keys(),
    entries: () => current().skeleton.entries(),
  };
}

/** The generated tree as a layer, to put under a host filesystem's upper layer. */
export function dockerRootLayer(
  getState: () => DockerRootState,
  options: DockerRootOptions = {},
): Layer {
  return { id: 'docker-root', changes: dockerRootChangeset(getState, options), dynamic: true };
}

export const EMPTY_DOCKER_STATE: DockerRootState = Object.freeze({
  layers: new Map(),
  images: [],
  repositories: {},
  containers: [],
});
