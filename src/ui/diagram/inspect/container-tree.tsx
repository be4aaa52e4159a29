import { useMemo, useState } from 'react';
import type { Engine } from '../../../engine/engine';
import { sizeLabel } from '../../diagram-bridge/labels';
import { mergedEntries } from '../../diagram-bridge/inspect';
import type { ContainerLayerNodeData } from '../../diagram-bridge/model';
import { containersOf } from '../../diagram-bridge/source';
import { useT } from '../../i18n/use-t';
import { layerColour } from './layer-colour';

const LIMIT = 400;

/** A container's merged filesystem, each entry coloured by the layer it comes from. */
export function ContainerTree({ engine, data }: { engine: Engine; data: ContainerLayerNodeData }) {
  const t = useT();
  const [diffOnly, setDiffOnly] = useState(true);
  const mount = useMemo(() => {
    const r = containersOf(engine)?.getContainer(data.id);
    return r?.ok ? r.value.mount : undefined;
  }, [engine, data.id]);
  // data.size/entries change with every write: recompute then.
  const entries = useMemo(
    () => (mount ? mergedEntries(mount, diffOnly) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- data.entries/size mark a change in the upper layer
    [mount, diffOnly, data.entries, data.size],
  );
  if (!mount) return null;
  const n = mount.lowers.length - 1; // image layers
  const layerLabel = (i: number): string =>
    i === 0
      ? t('diagram.layer.container')
      : i === 1
        ? t('diagram.layer.init')
        : t('diagram.layer.n', { n: String(n - i + 2) });
  return (
    <section>
      <h3>{t('inspect.merged', { name: data.name })}</h3>
      <label>
        <input type="checkbox" checked={diffOnly} onChange={(e) => setDiffOnly(e.target.checked)} />{' '}
        {t('inspect.diffOnly')}
      </label>
      <p>{t('inspect.legend')}</p>
      <ul className="ll-tree" data-testid="container-tree">
        {entries.slice(0, LIMIT).map((e) => (
          <li
            key={e.path}
            data-kind="file"
            data-ref={e.path}
            data-layer={e.layer}
            data-whiteout={e.kind === 'whiteout' || undefined}
            className={
              e.kind === 'whiteout'
                ? 'll-whiteout'
                : e.copiedFrom !== undefined
                  ? 'll-copied'
                  : undefined
            }
            style={{ ['--ll-src' as string]: layerColour(e.layer) }}
            title={`${layerLabel(e.layer)}${e.copiedFrom !== undefined ? ` ⇠ ${layerLabel(e.copiedFrom)}` : ''}`}
          >
            {'  '.repeat(Math.max(0, e.depth - 1))}
            {e.path.slice(e.path.lastIndexOf('/') + 1)}
            {e.kind === 'dir' ? '/' : ''}
            {e.kind === 'file' ? `  ${sizeLabel(e.size)}` : ''}
          </li>
        ))}
      </ul>
      {entries.length === 0 && <p>{t('inspect.empty')}</p>}
      {entries.length > LIMIT && (
        <p>{t('inspect.truncated', { count: String(entries.length - LIMIT) })}</p>
      )}
    </section>
  );
}
