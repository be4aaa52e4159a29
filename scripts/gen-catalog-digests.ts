// Regenerates src/engine/images/catalog/digests.generated.ts: every catalog image built by
// hashing (layer tars, config, manifest, index), so pulls read the digests instead.
// Usage: npx tsx scripts/gen-catalog-digests.ts

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { computeCatalogDigests, digestsSource } from '../src/engine/images/catalog/digests';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(repo, 'src/engine/images/catalog/digests.generated.ts');

const table = await computeCatalogDigests();
const options = (await prettier.resolveConfig(target)) ?? {};
writeFileSync(
  target,
  await prettier.format(digestsSource(table), { ...options, filepath: target }),
);
console.log(`${target}: ${Object.keys(table).length} images`);
