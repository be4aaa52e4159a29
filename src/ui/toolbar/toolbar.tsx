import { PANES, type Lang, type Pace } from '../../store/settings';
import { setLang, setPace, setTheme, togglePane, useUi } from '../../store/ui-store';
import { LANG_NAMES } from '../i18n';
import { useT } from '../i18n/use-t';
import type { LabSession } from '../lab-session';
import { useNarrow } from '../layout/use-narrow';

const control =
  'rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100';

export function Toolbar({ session }: { readonly session: LabSession }) {
  const t = useT();
  const settings = useUi((s) => s.settings);
  const narrow = useNarrow();
  return (
    <header className="flex flex-none flex-wrap items-center gap-x-3 gap-y-1 bg-[var(--ll-bar)] px-3 py-1.5">
      <h1 className="mr-auto text-base font-semibold">
        {t('app.name')}
        <span className="ml-2 hidden text-sm font-normal text-slate-600 sm:inline dark:text-slate-400">
          {t('app.tagline')}
        </span>
      </h1>
      <div
        role="toolbar"
        aria-label={t('toolbar.label')}
        className="flex flex-wrap items-center gap-2"
      >
        {!narrow && (
          <div role="group" aria-label={t('toolbar.panes')} className="flex gap-1">
            {PANES.map((p) => (
              <button
                key={p}
                type="button"
                aria-pressed={!settings.layout.hidden[p]}
                title={t('pane.toggle', { pane: t(`pane.${p}`) })}
                onClick={() => togglePane(p)}
                className={`${control} ${settings.layout.hidden[p] ? 'opacity-70 line-through' : ''}`}
              >
                {t(`pane.${p}`)}
              </button>
            ))}
          </div>
        )}
        <label className="flex items-center gap-1 text-sm">
          <span className="sr-only">{t('toolbar.language')}</span>
          <select
            className={control}
            value={settings.lang}
            aria-label={t('toolbar.language')}
            onChange={(e) => setLang(e.target.value as Lang)}
          >
            {(Object.keys(LANG_NAMES) as Lang[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={control}
          aria-label={`${t('toolbar.theme')}: ${t(`theme.${settings.theme}`)}`}
          aria-pressed={settings.theme === 'dark'}
          onClick={() => setTheme(settings.theme === 'dark' ? 'light' : 'dark')}
        >
          {settings.theme === 'dark' ? '☾ ' : '☀ '}
          {t(`theme.${settings.theme}`)}
        </button>
        <label className="flex items-center gap-1 text-sm">
          <span className="sr-only">{t('toolbar.pace')}</span>
          <select
            className={control}
            value={settings.pace}
            aria-label={t('toolbar.pace')}
            onChange={(e) => setPace(e.target.value as Pace)}
          >
            {(['instant', 'normal', 'slow'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`pace.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={control}
          onClick={() => session.reset(t('toolbar.resetDone'))}
        >
          {t('toolbar.reset')}
        </button>
      </div>
    </header>
  );
}
