// The one UI string the page's first chunk needs: the terminal's accessible name, there from the
// first paint. It lives here, not only in the catalogs, so that chunk does not carry every
// string of both languages; en.ts and zh-CN.ts take it from here.

import type { Lang } from '../../store/settings';

export const TERMINAL_LABEL: Readonly<Record<Lang, string>> = {
  en: 'Terminal: a shell on the simulated Docker host',
  'zh-CN': '终端：模拟 Docker 主机上的 shell',
};
