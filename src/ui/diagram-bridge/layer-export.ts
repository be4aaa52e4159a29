// A layer's changeset as a tar download, in the engine's canonical serialisation
// (storage/layer-tar.ts). Files whose contents the lab only simulates (blobs: a size and a digest)
// have no bytes to give: the engine's own tar writes the digest where the data would be, which no
// tar tool could read. Here they become zero bytes of their real size while that stays small
// enough for a browser download, and are left out above it; the panel says which.

import {
  Changeset,
  layerTarBytes,
  textData,
  type LayerNode,
  type ReadonlyChangeset,
} from '../../engine/storage';

/** Past this many simulated bytes the tar leaves the simulated files out. */
export const FILL_LIMIT = 32 * 1024 * 1024;

export interface LayerTar {
  readonly bytes: Uint8Array;
  /** Files with simulated contents, and their declared bytes. */
  readonly simulated: { readonly files: number; readonly bytes: number };
  /** exact: no simulated files (the engine's bytes); zero-filled; or omitted from the tar. */
  readonly mode: 'exact' | 'zero-filled' | 'omitted';
}

/** Files with simulated contents (hard links counted once) and their declared bytes. */
export function simulatedOf(changes: ReadonlyChangeset): LayerTar['simulated'] {
  let files = 0;
  let bytes = 0;
  const seen = new Set<LayerNode>();
  for (const [, n] of changes.entries())
    if (n.kind === 'file' && n.data.kind === 'blob' && !seen.has(n)) {
      seen.add(n);
      files++;
      bytes += n.data.size;
    }
  return { files, bytes };
}

/** How the tar will treat simulated files, without writing it. */
export function tarMode(changes: ReadonlyChangeset, fillLimit = FILL_LIMIT): LayerTar['mode'] {
  const { files, bytes } = simulatedOf(changes);
  return files === 0 ? 'exact' : bytes <= fillLimit ? 'zero-filled' : 'omitted';
}

export function layerTar(changes: ReadonlyChangeset, fillLimit = FILL_LIMIT): LayerTar {
  const { files, bytes } = simulatedOf(changes);
  if (files === 0)
    return { bytes: layerTarBytes(changes), simulated: { files, bytes }, mode: 'exact' };
  const fill = bytes <= fillLimit;
  const copy = new Changeset();
  // One replacement per node, so hard links stay links to one file.
  const replaced = new Map<LayerNode, LayerNode>();
  for (const [key, n] of changes.entries()) {
    if (n.kind !== 'file' || n.data.kind !== 'blob') {
      copy.set(key, n);
      continue;
    }
    if (!fill) continue;
    let r = replaced.get(n);
    if (!r) {
      r = { ...n, data: textData('\0'.repeat(n.data.size)) };
      replaced.set(n, r);
    }
    copy.set(key, r);
  }
  return {
    bytes: layerTarBytes(copy),
    simulated: { files, bytes },
    mode: fill ? 'zero-filled' : 'omitted',
  };
}
