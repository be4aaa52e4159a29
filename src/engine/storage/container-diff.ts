// `docker diff` as a pure function: the container's merged tree against its lower layers (the
// -init layer on top of the image), in the naive-diff style overlay2 uses in Docker 28 (FIDELITY
// §1.4). Only paths the upper layer holds can differ, so the walk visits just those.

import type { ReadonlyChangeset } from './changeset';
import type { Layer } from './layer';
import { dirLayers, lookup } from './lookup';
import type { VisibleNode } from './node';
import { joinKey } from './path';
import { dataSize } from './file-data';

export interface Change {
  readonly kind: 'A' | 'C' | 'D';
  readonly path: string;
}

/** Bind-mounted into every container from outside its layers: never reported. */
export const DIFF_IGNORED = new Set(['/etc/hosts', '/etc/hostname', '/etc/resolv.conf']);

function size(n: VisibleNode): number {
  if (n.kind === 'file') return dataSize(n.data);
  if (n.kind === 'symlink') return n.target.length;
  return 0;
}

/** go-archive statDifferent: type/mode/owner/rdev; size and mtime for non-directories only. */
function statDifferent(a: VisibleNode, b: VisibleNode): boolean {
  if (a.kind !== b.kind || a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid) return true;
  if (a.kind === 'chardev' && b.kind === 'chardev' && (a.major !== b.major || a.minor !== b.minor))
    return true;
  if (a.kind === 'dir') return false;
  if (Math.floor(a.mtimeMs) !== Math.floor(b.mtimeMs) || size(a) !== size(b)) return true;
  if (a.kind === 'symlink' && b.kind === 'symlink') return a.target !== b.target;
  return false;
}

function mergedChildNames(
  layers: readonly ReadonlyChangeset[],
  key: string,
  top: number,
): string[] {
  const names = new Set<string>();
  for (const i of dirLayers(layers, key, top)) {
    for (const n of layers[i]?.childNames(key) ?? []) names.add(n);
  }
  return [...names];
}

export function containerDiff(upper: ReadonlyChangeset, lowers: readonly Layer[]): Change[] {
  const oldLayers = lowers.map((l) => l.changes);
  const newLayers = [upper, ...oldLayers];
  const find = (layers: readonly ReadonlyChangeset[], key: string) => {
    const r = lookup(layers, key);
    return r.kind === 'found' ? r : undefined;
  };

  const addAll = (key: string, top: number, out: Change[]): void => {
    for (const name of mergedChildNames(newLayers, key, top).sort()) {
      const k = joinKey(key, name);
      const r = find(newLayers, k);
      if (!r || DIFF_IGNORED.has(k)) continue;
      out.push({ kind: 'A', path: k });
      if (r.node.kind === 'dir') addAll(k, r.layer, out);
    }
  };

  const visit = (dir: string): Change[] => {
    const names = new Set(upper.childNames(dir) ?? []);
    const u = upper.get(dir);
    if (u?.kind === 'dir' && u.opaque) {
      const o = find(oldLayers, dir);
      if (o?.node.kind === 'dir')
        for (const n of mergedChildNames(oldLayers, dir, o.layer)) names.add(n);
    }
    const changed: Change[] = [];
    const deleted: Change[] = [];
    for (const name of [...names].sort()) {
      const key = joinKey(dir, name);
      if (DIFF_IGNORED.has(key)) continue;
      const now = find(newLayers, key);
      const was = find(oldLayers, key);
      if (now && !was) {
        changed.push({ kind: 'A', path: key });
        if (now.node.kind === 'dir') addAll(key, now.layer, changed);
      } else if (!now && was) {
        deleted.push({ kind: 'D', path: key });
      } else if (now && was) {
        const sub =
          now.node.kind === 'dir' && was.node.kind === 'dir' && now.layer === 0 ? visit(key) : [];
        if (sub.length > 0 || statDifferent(was.node, now.node)) {
          changed.push({ kind: 'C', path: key }, ...sub);
        }
      }
    }
    return [...changed, ...deleted];
  };

  return visit('/');
}
