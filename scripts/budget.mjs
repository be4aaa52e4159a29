// npm run budget [-- DIST]: the bundle budget CI enforces after `vite build`. Prints one JSON
// object with the sizes of dist/ and exits 1 when the initial JS (gzip) is over the hard limit.
// No browser and no build here: it only reads files, so it costs CI nothing.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './lib/bundle-size.mjs';
import { INITIAL_JS_GZIP_KB } from './lib/budgets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.resolve(root, process.argv[2] ?? 'dist');

if (!existsSync(path.join(distDir, 'index.html'))) {
  process.stderr.write(`budget: ${distDir}/index.html not found; run \`npm run build\` first\n`);
  process.exit(2);
}

let size;
try {
  size = measureBundle(distDir);
} catch (e) {
  process.stderr.write(
    `budget: cannot measure ${distDir}: ${e instanceof Error ? e.message : e}\n`,
  );
  process.exit(2);
}

const { limit, target } = INITIAL_JS_GZIP_KB;
const actual = size.initialJsGzipKB;
const result = {
  budget: {
    initialJsGzipKB: {
      unit: 'KB = 1000 bytes, gzip level 9',
      limit,
      target,
      actual,
      withinLimit: actual <= limit,
      ok: actual <= target,
    },
  },
  ...size,
  distDir: path.relative(root, distDir) || '.',
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);

if (actual > limit) {
  process.stderr.write(
    `budget: FAILED — initial JS is ${actual} KB gzip, over the ${limit} KB limit ` +
      `(1 KB = 1000 bytes; target ${target} KB). The initial chunk should hold only the ` +
      `terminal, the line editor and the shell core; move the rest behind import().\n`,
  );
  process.exit(1);
}
if (actual > target) {
  process.stderr.write(
    `budget: ok, but initial JS ${actual} KB gzip is over the ${target} KB target\n`,
  );
}
