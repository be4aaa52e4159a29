import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { setCompare, useDiagram } from '../diagram-store';

/**
 * The keyboard way to pick a second layer (Shift+click does the same): a select of every other
 * layer drawn, by position and the instruction that made it.
 */
export function CompareControl({ nodeId }: { nodeId: string }) {
  const t = useT();
  const id = useId();
  const compare = useDiagram((s) => s.compare);
  const layers = useDiagram((s) => s.snapshot?.model.nodes);
  const options = (layers ?? []).filter(
    (n) => n.id !== nodeId && n.data.kind === 'layer' && !n.data.building,
  );
  return (
    <div className="ll-compare">
      <label htmlFor={id}>{t('inspect.compareWith')}</label>{' '}
      <select
        id={id}
        data-testid="compare-select"
        value={compare ?? ''}
        onChange={(e) => setCompare(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('inspect.compareNone')}</option>
        {options.map((n) =>
          n.data.kind === 'layer' ? (
            <option key={n.id} value={n.id}>
              {`${t('diagram.layer.n', { n: String(n.data.position) })} · ${n.data.ref} · ${n.data.instruction}`}
            </option>
          ) : null,
        )}
      </select>
      <p className="ll-note">{t('inspect.compareHint')}</p>
    </div>
  );
}
