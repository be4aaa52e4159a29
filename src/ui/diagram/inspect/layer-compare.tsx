import { useMemo } from 'react';
import type { Engine } from '../../../engine/engine';
import { changesBetween } from '../../diagram-bridge/compare';
import { changesJson } from '../../diagram-bridge/inspect';
import type { LayerNodeData } from '../../diagram-bridge/model';
import { useT } from '../../i18n/use-t';
import { ChangeList } from './change-list';
import { CompareControl } from './compare-control';
import { download } from './download';
import { storedLayer } from './layer-lookup';

/** Two layers selected: the changes from the first's filesystem to the second's. */
export function LayerCompare({
  engine,
  a,
  b,
  nodeId,
}: {
  engine: Engine;
  a: LayerNodeData;
  b: LayerNodeData;
  nodeId: string;
}) {
  const t = useT();
  const between = useMemo(
    () => changesBetween(a.chainId, b.chainId, (c) => storedLayer(engine, c)),
    [engine, a.chainId, b.chainId],
  );
  const [lo, hi] = between.from === a.chainId ? [a, b] : [b, a];
  const name = (d: LayerNodeData): string =>
    `${t('diagram.layer.n', { n: String(d.position) })} · ${d.ref}`;
  return (
    <section data-testid="layer-compare" data-relation={between.relation}>
      <h3>{t('inspect.between', { from: name(lo), to: name(hi) })}</h3>
      <p>
        {between.relation === 'stack'
          ? t('inspect.betweenStack', { from: name(lo), to: name(hi) })
          : t('inspect.betweenApart')}
      </p>
      <CompareControl nodeId={nodeId} />
      <div className="ll-exports">
        <button
          type="button"
          className="ll-toggle"
          onClick={() =>
            download(
              `changes-${lo.ref}-${hi.ref}.json`,
              changesJson(`${lo.diffId}..${hi.diffId}`, between.changes),
              'application/json',
            )
          }
        >
          {t('inspect.export')}
        </button>
      </div>
      <ChangeList changes={between.changes} testId="compare-changes" />
    </section>
  );
}
