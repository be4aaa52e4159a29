// UI strings in 简体中文 and English. A typed dictionary rather than an i18n library: two
// languages, no plurals yet, and the compiler checks that both have every key (i18next would
// add ~40 KB to a bundle whose first chunk must stay small).

import type { Lang } from '../../store/settings';
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

const CATALOGS: Record<Lang, Messages> = { en, 'zh-CN': zhCN };

export type { MessageKey };

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string>): string {
  let text = CATALOGS[lang][key];
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, v);
  return text;
}

export const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };
