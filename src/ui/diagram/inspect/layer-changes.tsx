import { useMemo } from 'react';
import type { Engine } from '../../../engine/engine';
import type { Digest, Layer } from '../../../engine/storage';
import { sizeLabel } from '../../diagram-bridge/labels';
import { changesJson, imageWaste, layerChanges } from '../../diagram-bridge/inspect';
import type { LayerNodeData } from '../../diagram-bridge/model';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n';

const LIMIT = 300;

function layersBelow(engine: Engine, chainId: Digest): Layer[] {
  const store = engine.images.store;
  const out: Layer[] = [];
  for (let c = store.layers.get(chainId)?.stored.parent; c !== undefined;) {
    const e = store.layers.get(c);
    if (!e) break;
    out.push(e.stored.layer);
    c = e.stored.parent;
  }
  return out;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** A layer's own changeset, and dive's wasted bytes for the first image using it. */
export function LayerChanges({ engine, data }: { engine: Engine; data: LayerNodeData }) {
  const t = useT();
  const store = engine.images.store;
  const chainId = data.chainId as Digest;
  const { changes, waste } = useMemo(() => {
    const layer = store.layers.get(chainId)?.stored.layer;
    const changes = layer ? layerChanges(layer.changes, layersBelow(engine, chainId)) : [];
    const image = [...store.images.values()].find((i) => i.chainIds.includes(chainId));
    const waste = image
      ? imageWaste(
          image.chainIds
            .map((c) => store.layers.get(c)?.stored.layer.changes)
            .filter((c) => c !== undefined),
        )
      : undefined;
    return { changes, waste };
  }, [engine, store, chainId]);
  const title = `${t('diagram.layer.n', { n: String(data.position) })} · ${data.ref}`;
  return (
    <section>
      <h3>{t('inspect.changes', { layer: title })}</h3>
      <p>{data.instruction}</p>
      {waste && (
        <p data-testid="layer-waste">
          {t('inspect.wasted', {
            bytes: sizeLabel(waste.wastedBytes),
            count: String(waste.files),
            pct: (waste.efficiency * 100).toFixed(1),
          })}
        </p>
      )}
      <button
        type="button"
        className="ll-toggle"
        onClick={() => download(`layer-${data.ref}.json`, changesJson(data.diffId, changes))}
      >
        {t('inspect.export')}
      </button>
      <ul className="ll-tree" data-testid="layer-changes">
        {changes.slice(0, LIMIT).map((c) => (
          <li
            key={c.path}
            data-change={c.change}
            className={c.change === 'deleted' ? 'll-whiteout' : undefined}
          >
            {t(`inspect.${c.change}` as MessageKey).padEnd(8)} {c.path}
            {c.kind === 'file' ? `  ${sizeLabel(c.size)}` : ''}
          </li>
        ))}
      </ul>
      {changes.length > LIMIT && (
        <p>{t('inspect.truncated', { count: String(changes.length - LIMIT) })}</p>
      )}
    </section>
  );
}
