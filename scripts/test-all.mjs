// `npm test`: every test, unit and browser, with one summary line at the end —
// `N passed, N failed` — that CI reads. Builds the production bundle first, since the browser
// tests run against what learners get.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, 'test-results');
mkdirSync(tmp, { recursive: true });
const unitJson = join(tmp, 'unit.json');
const e2eJson = join(tmp, 'e2e.json');
rmSync(unitJson, { force: true });
rmSync(e2eJson, { force: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function hasChromium() {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return existsSync(process.env.PLAYWRIGHT_CHROMIUM_PATH);
  if (existsSync('/usr/bin/chromium') || existsSync('/usr/bin/chromium-browser')) return true;
  // Playwright's own download (`npx playwright install chromium`) lives in its cache.
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(process.env.HOME ?? '', '.cache/ms-playwright');
  return existsSync(cache);
}

let passed = 0;
let failed = 0;
let trouble = false;

// Unit tests (Vitest).
const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitJson}`,
]);
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) trouble = true;

// Browser tests (Playwright) against the production build.
if (!hasChromium()) {
  console.error(
    '\nNo Chromium found for the browser tests. Install one, then run npm test again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      '  or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome binary.\n',
  );
  trouble = true;
} else if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
  console.error('The production build failed; browser tests not run.');
  trouble = true;
} else {
  const e2eStatus = run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
    E2E_JSON: e2eJson,
  });
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
  }
  if (e2eStatus !== 0 && (!e2e?.stats || e2e.stats.unexpected === 0)) trouble = true;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || trouble ? 1 : 0);
