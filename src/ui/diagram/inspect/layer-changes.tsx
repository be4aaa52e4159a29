import { useMemo } from 'react';
import type { Engine } from '../../../engine/engine';
import type { Digest } from '../../../engine/storage';
import { sizeLabel } from '../../diagram-bridge/labels';
import { changesJson, imageWaste, layerChanges } from '../../diagram-bridge/inspect';
import { layerTar, simulatedOf, tarMode } from '../../diagram-bridge/layer-export';
import type { LayerNodeData } from '../../diagram-bridge/model';
import { useT } from '../../i18n/use-t';
import { ChangeList } from './change-list';
import { CompareControl } from './compare-control';
import { download } from './download';
import { layersBelow } from './layer-lookup';

/** A layer's own changeset, dive's wasted bytes for the first image using it, and exports. */
export function LayerChanges({
  engine,
  data,
  nodeId,
}: {
  engine: Engine;
  data: LayerNodeData;
  nodeId: string;
}) {
  const t = useT();
  const store = engine.images.store;
  const chainId = data.chainId as Digest;
  const layer = store.layers.get(chainId)?.stored.layer;
  const { changes, waste, simulated, mode } = useMemo(() => {
    const changes = layer ? layerChanges(layer.changes, layersBelow(engine, chainId)) : [];
    const image = [...store.images.values()].find((i) => i.chainIds.includes(chainId));
    const waste = image
      ? imageWaste(
          image.chainIds
            .map((c) => store.layers.get(c)?.stored.layer.changes)
            .filter((c) => c !== undefined),
        )
      : undefined;
    const simulated = layer ? simulatedOf(layer.changes) : { files: 0, bytes: 0 };
    const mode = layer ? tarMode(layer.changes) : 'exact';
    return { changes, waste, simulated, mode };
  }, [engine, store, chainId, layer]);
  const title = `${t('diagram.layer.n', { n: String(data.position) })} · ${data.ref}`;
  if (!layer)
    return (
      <section>
        <h3>{t('inspect.changes', { layer: title })}</h3>
        <p>{data.instruction}</p>
        <p>{t('inspect.building')}</p>
      </section>
    );
  const note =
    mode === 'exact'
      ? t('inspect.tarExact')
      : t(mode === 'zero-filled' ? 'inspect.tarZero' : 'inspect.tarOmitted', {
          count: String(simulated.files),
          bytes: sizeLabel(simulated.bytes),
        });
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
      <CompareControl nodeId={nodeId} />
      <div className="ll-exports">
        <button
          type="button"
          className="ll-toggle"
          onClick={() =>
            download(
              `layer-${data.ref}.json`,
              changesJson(data.diffId, changes),
              'application/json',
            )
          }
        >
          {t('inspect.export')}
        </button>
        <button
          type="button"
          className="ll-toggle"
          data-testid="export-tar"
          onClick={() =>
            download(`layer-${data.ref}.tar`, layerTar(layer.changes).bytes, 'application/x-tar')
          }
        >
          {t('inspect.exportTar')}
        </button>
      </div>
      <p className="ll-note" data-testid="tar-note" data-mode={mode}>
        {note}
      </p>
      <ChangeList changes={changes} testId="layer-changes" />
    </section>
  );
}
