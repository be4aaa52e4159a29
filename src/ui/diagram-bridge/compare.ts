// Two layers selected: what changes going from the first's filesystem to the second's. When one
// stands on the other this is the combined changeset of the layers between them (above the lower,
// up to and including the upper); otherwise, the difference between the two stacks' filesystems.
// Only paths some layer above their common base touches are looked at: no full-tree walks.

import { createUnionMount, type Layer, type VisibleNode } from '../../engine/storage';
import { byPath, lookUp, type LayerChange } from './inspect';
import { dataSize } from '../../engine/storage';

export interface StoredChainLayer {
  readonly layer: Layer;
  readonly parent?: string;
}

export interface Between {
  /** The lower layer (ChainID) when on one stack, else the first selected. */
  readonly from: string;
  readonly to: string;
  readonly relation: 'stack' | 'apart';
  readonly changes: readonly LayerChange[];
}

/** ChainIDs from `top` down to the base. */
function chainDown(top: string, get: (c: string) => StoredChainLayer | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let c: string | undefined = top; c !== undefined && !seen.has(c);) {
    seen.add(c);
    out.push(c);
    c = get(c)?.parent;
  }
  return out;
}

function sameContent(a: VisibleNode, b: VisibleNode): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid) return false;
  switch (a.kind) {
    case 'dir':
      return true;
    case 'file': {
      const bd = (b as typeof a).data;
      const ad = a.data;
      if (ad.kind === 'text' && bd.kind === 'text') return ad.text === bd.text;
      if (ad.kind === 'blob' && bd.kind === 'blob') return ad.digest === bd.digest;
      return false;
    }
    case 'symlink':
      return a.target === (b as typeof a).target;
    case 'chardev':
      return a.major === (b as typeof a).major && a.minor === (b as typeof a).minor;
  }
}

const sizeOf = (n: VisibleNode): number => (n.kind === 'file' ? dataSize(n.data) : 0);

export function changesBetween(
  first: string,
  second: string,
  get: (chainId: string) => StoredChainLayer | undefined,
): Between {
  const a = chainDown(first, get);
  const b = chainDown(second, get);
  let from = first;
  let to = second;
  let relation: Between['relation'] = 'apart';
  if (b.includes(first)) relation = 'stack';
  else if (a.includes(second)) {
    relation = 'stack';
    from = second;
    to = first;
  }
  const lower = from === first ? a : b;
  const upper = from === first ? b : a;
  const common = new Set(lower.filter((c) => upper.includes(c)));
  const paths = new Set<string>();
  for (const c of [...lower, ...upper]) {
    if (common.has(c)) continue;
    for (const k of get(c)?.layer.changes.keys() ?? []) if (k !== '/') paths.add(k);
  }
  const layersOf = (chain: readonly string[]): Layer[] =>
    chain.map((c) => get(c)?.layer).filter((l): l is Layer => l !== undefined);
  const mFrom = createUnionMount({ lowers: layersOf(lower), readOnly: true });
  const mTo = createUnionMount({ lowers: layersOf(upper), readOnly: true });
  const changes: LayerChange[] = [];
  for (const path of [...paths].sort(byPath)) {
    const x = lookUp(mFrom, path);
    const y = lookUp(mTo, path);
    const inFrom = x.kind === 'found' && x.layer >= 0 ? x.node : undefined;
    const inTo = y.kind === 'found' && y.layer >= 0 ? y.node : undefined;
    if (!inFrom && inTo)
      changes.push({ path, change: 'added', kind: inTo.kind, size: sizeOf(inTo) });
    else if (inFrom && !inTo) changes.push({ path, change: 'deleted', kind: inFrom.kind, size: 0 });
    else if (inFrom && inTo && !sameContent(inFrom, inTo))
      changes.push({ path, change: 'modified', kind: inTo.kind, size: sizeOf(inTo) });
  }
  return { from, to, relation, changes };
}
