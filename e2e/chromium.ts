// Which Chromium the browser tests and the bench drive. Playwright cannot download browsers on
// every machine (ours has no internet but Debian's packages), so Debian's /usr/bin/chromium is
// preferred; PLAYWRIGHT_CHROMIUM_PATH overrides; otherwise Playwright's own browser is used
// (what a developer elsewhere has after `npx playwright install chromium`).

import { existsSync } from 'node:fs';

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
