import { setNotice, useUi } from '../../store/ui-store';
import { useT } from '../i18n/use-t';

/** One dismissible line for things the learner should know (role=status: read out politely). */
export function Notice() {
  const notice = useUi((s) => s.notice);
  const t = useT();
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <div className="flex items-center gap-3 bg-amber-100 px-3 py-1.5 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
          <span className="flex-1">{t(notice)}</span>
          <button
            type="button"
            className="rounded px-2 py-0.5 underline focus-visible:outline-2 focus-visible:outline-offset-2"
            onClick={() => setNotice(null)}
          >
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
