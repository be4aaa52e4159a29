// rpm: -qa, -q NAME, -ql NAME (for packages from the lab's catalog), --rebuilddb, --version.

import { command } from '../../../coreutils/lib/errors';
import { loadCatalog } from '../catalog/load';
import { parseFile } from '../catalog/types';
import { parseNevra, readRpmDb, writeRpmDb } from './rpm-db';

export const rpm = command('rpm', async (ctx) => {
  const args = ctx.argv.slice(1);
  const catalog = await loadCatalog('centos');
  const db = readRpmDb(ctx.fs, catalog);
  const flags = args.filter((a) => a.startsWith('-'));
  const names = args.filter((a) => !a.startsWith('-'));
  if (flags.includes('--rebuilddb')) {
    writeRpmDb(ctx.fs, db);
    return 0;
  }
  if (flags.includes('--version')) {
    ctx.stdout.write('RPM version 4.11.3\n');
    return 0;
  }
  const query = flags.some((f) => /^-q/.test(f) || f === '--query');
  if (!query) {
    ctx.stderr.write(
      flags.length === 0
        ? 'rpm: no operation specified\n'
        : `rpm: layerlab: only -q, -qa, -ql and --rebuilddb are modelled; install with yum\n`,
    );
    return 1;
  }
  const all = flags.some((f) => /^-q[a-z]*a/.test(f) || f === '-a' || f === '--all');
  const list = flags.some((f) => /^-q[a-z]*l/.test(f) || f === '-l' || f === '--list');
  if (all) {
    for (const n of db) ctx.stdout.write(`${n}\n`);
    return 0;
  }
  if (names.length === 0) {
    ctx.stderr.write('rpm: no arguments given for query\n');
    return 1;
  }
  let status = 0;
  for (const n of names) {
    const hit = db.find((x) => parseNevra(x).name === n || x === n);
    if (!hit) {
      ctx.stdout.write(`package ${n} is not installed\n`);
      status = 1;
      continue;
    }
    if (!list) {
      ctx.stdout.write(`${hit}\n`);
      continue;
    }
    const spec = catalog.packages[parseNevra(hit).name];
    if (!spec) ctx.stdout.write('(contains no files)\n');
    else for (const f of spec.files) ctx.stdout.write(`${parseFile(f, catalog.texts).path}\n`);
  }
  return status;
});
