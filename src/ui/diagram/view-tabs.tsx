import { useT } from '../i18n/use-t';
import { setView, useDiagram } from './diagram-store';
import { VIEWS } from './views';

/** Storage first; views whose engine part is not there yet are listed, disabled, and say why. */
export function ViewTabs() {
  const t = useT();
  const view = useDiagram((s) => s.view);
  return (
    <div role="tablist" aria-label={t('diagram.views')} className="ll-tabs">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          id={`diagram-tab-${v.id}`}
          aria-selected={view === v.id}
          aria-controls="diagram-view"
          aria-disabled={!v.ready || undefined}
          title={v.ready ? undefined : t('diagram.view.soon', { view: t(v.label) })}
          className="ll-tab"
          onClick={() => v.ready && setView(v.id)}
        >
          {t(v.label)}
        </button>
      ))}
    </div>
  );
}
