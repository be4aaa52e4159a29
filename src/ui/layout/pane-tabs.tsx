import { useRef, type KeyboardEvent } from 'react';
import { PANES, type PaneId } from '../../store/settings';
import { setTab, useUi } from '../../store/ui-store';
import { useT } from '../i18n/use-t';

/** On phones the three panes are tabs (WAI-ARIA tabs: arrow keys move between them). */
export function PaneTabs() {
  const t = useT();
  const tab = useUi((s) => s.settings.layout.tab);
  const refs = useRef<Partial<Record<PaneId, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const i = PANES.indexOf(tab);
    let next: PaneId | undefined;
    if (e.key === 'ArrowRight') next = PANES[(i + 1) % PANES.length];
    else if (e.key === 'ArrowLeft') next = PANES[(i + PANES.length - 1) % PANES.length];
    else if (e.key === 'Home') next = PANES[0];
    else if (e.key === 'End') next = PANES[PANES.length - 1];
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={t('tabs.label')}
      className="flex flex-none border-b border-slate-300 dark:border-slate-700"
      onKeyDown={onKeyDown}
    >
      {PANES.map((p) => (
        <button
          key={p}
          ref={(el) => {
            refs.current[p] = el;
          }}
          id={`tab-${p}`}
          type="button"
          role="tab"
          aria-selected={tab === p}
          aria-controls={`pane-${p}`}
          tabIndex={tab === p ? 0 : -1}
          onClick={() => setTab(p)}
          className={`flex-1 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 ${
            tab === p
              ? 'border-b-2 border-sky-700 text-sky-800 dark:border-sky-300 dark:text-sky-200'
              : 'text-slate-700 dark:text-slate-300'
          }`}
        >
          {t(`pane.${p}`)}
        </button>
      ))}
    </div>
  );
}
