import { useUi } from '../../store/ui-store';
import { translate, type MessageKey } from './index';

/** The translate function for the current language. */
export function useT(): (key: MessageKey, vars?: Record<string, string>) => string {
  const lang = useUi((s) => s.settings.lang);
  return (key, vars) => translate(lang, key, vars);
}
