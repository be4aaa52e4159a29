import type { Engine } from '../../../engine/engine';
import type { Digest, Layer } from '../../../engine/storage';
import type { StoredChainLayer } from '../../diagram-bridge/compare';

/** The image store's layer for a ChainID, with its parent. */
export function storedLayer(engine: Engine, chainId: string): StoredChainLayer | undefined {
  const e = engine.images.store.layers.get(chainId as Digest);
  if (!e) return undefined;
  return {
    layer: e.stored.layer,
    ...(e.stored.parent !== undefined ? { parent: e.stored.parent } : {}),
  };
}

/** The layers under a ChainID, top first. */
export function layersBelow(engine: Engine, chainId: string): Layer[] {
  const out: Layer[] = [];
  for (let c = storedLayer(engine, chainId)?.parent; c !== undefined;) {
    const e = storedLayer(engine, c);
    if (!e) break;
    out.push(e.layer);
    c = e.parent;
  }
  return out;
}
