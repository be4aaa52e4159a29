import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n';

const LESSONS = Array.from({ length: 14 }, (_, i) => `lesson.${i + 1}` as MessageKey);

/**
 * The lesson panel. The lessons themselves are not written yet; the panel says so plainly and
 * shows what is coming, rather than pretending.
 */
export function LessonPanel() {
  const t = useT();
  return (
    <div className="h-full overflow-y-auto p-4 text-sm leading-relaxed">
      <h2 className="mb-2 text-lg font-semibold">{t('lesson.heading')}</h2>
      <p className="mb-3 text-slate-700 dark:text-slate-300">{t('lesson.intro')}</p>
      <ol className="mb-4 list-decimal space-y-1 pl-6">
        {LESSONS.map((key) => (
          <li key={key} aria-disabled="true" className="text-slate-700 dark:text-slate-300">
            {t(key)}{' '}
            <span className="text-xs text-slate-600 dark:text-slate-400">
              · {t('lesson.notYet')}
            </span>
          </li>
        ))}
      </ol>
      <p className="font-medium">{t('lesson.sandbox')}</p>
    </div>
  );
}
