import type { LayerChange } from '../../diagram-bridge/inspect';
import { sizeLabel } from '../../diagram-bridge/labels';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';

const LIMIT = 300;

/** added / modified / deleted paths with sizes; deletions struck through. */
export function ChangeList({
  changes,
  testId,
}: {
  changes: readonly LayerChange[];
  testId: string;
}) {
  const t = useT();
  return (
    <>
      <ul className="ll-tree" data-testid={testId}>
        {changes.slice(0, LIMIT).map((c) => (
          <li
            key={c.path}
            data-change={c.change}
            data-ref={c.path}
            className={c.change === 'deleted' ? 'll-whiteout' : undefined}
          >
            {t(`inspect.${c.change}` as MessageKey).padEnd(8)} {c.path}
            {c.kind === 'file' ? `  ${sizeLabel(c.size)}` : ''}
          </li>
        ))}
      </ul>
      {changes.length === 0 && <p>{t('inspect.empty')}</p>}
      {changes.length > LIMIT && (
        <p>{t('inspect.truncated', { count: String(changes.length - LIMIT) })}</p>
      )}
    </>
  );
}
