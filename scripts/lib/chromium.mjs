// Headless Chromium for the bench: Debian's /usr/bin/chromium (Playwright cannot download its own
// here) or PLAYWRIGHT_CHROMIUM_PATH, and a brand-new profile for every page load, so each load is
// cold: no HTTP cache, no compiled-code cache, no service worker, no storage.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Opens a fresh browser on a fresh profile, hands its page to `use`, and always closes the
 * browser and deletes the profile afterwards, whatever `use` does.
 * @template T
 * @param {(page: import('playwright-core').Page) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withColdPage(use) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'layerlab-bench-'));
  /** @type {import('playwright-core').BrowserContext | null} */
  let context = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
      timeout: 30_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return await use(page);
  } finally {
    await context?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

/**
 * The browser's version (the user agent says only "156.0.0.0"; a persistent context has no
 * Browser object to ask), from the DevTools protocol.
 * @param {import('playwright-core').Page} page
 */
export async function browserVersion(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { product } = await cdp.send('Browser.getVersion');
    return product;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
