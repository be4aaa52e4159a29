// The perf-floor reference pages (../shared/perf-floor), built in the bench's own run so they are
// measured on the same machine, with the same toolchain, minutes apart from the lab. Works on a
// copy in .bench/floor (the shared folder is read-only and must stay clean).

import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { run, runOrThrow } from './run.mjs';

// Built or installed here; everything else in the copy comes from the shared folder.
const LOCAL = new Set(['node_modules', 'dist', 'dist-term']);
const STAMP = '.layerlab-bench-stamp';

/**
 * Copies, installs (when needed) and builds both floor pages.
 * @param {string} repoRoot
 * @param {(msg: string) => void} log
 * @returns {Promise<{ full: string, term: string }>} the two dist folders
 */
export async function buildFloor(repoRoot, log) {
  const source = path.resolve(repoRoot, '../shared/perf-floor');
  const dir = path.join(repoRoot, '.bench', 'floor');
  if (!existsSync(path.join(source, 'package.json'))) {
    throw new Error(`perf-floor not found at ${source}`);
  }
  mkdirSync(dir, { recursive: true });
  makeWritable(dir); // a run that died mid-copy may have left read-only folders behind
  for (const name of readdirSync(dir)) {
    if (!LOCAL.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  cpSync(source, dir, { recursive: true, filter: (src) => !LOCAL.has(path.basename(src)) });
  // The shared files are read-only; a writable copy can be replaced on the next run.
  makeWritable(dir);

  await install(dir, log);
  log('floor: building the full-stack page');
  await runOrThrow('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: dir,
    timeoutMs: 180_000,
  });
  log('floor: building the xterm-alone page');
  await runOrThrow(
    'npx',
    ['vite', 'build', 'term', '--outDir', '../dist-term', '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: dir, timeoutMs: 180_000 },
  );
  return { full: path.join(dir, 'dist'), term: path.join(dir, 'dist-term') };
}

/**
 * npm install, skipped while node_modules matches package.json. If the full install fails (say
 * the registry lacks typescript ^7, which only the floor's typecheck uses), installs just what
 * `vite build` needs, without touching the copy's package.json for good.
 * @param {string} dir
 * @param {(msg: string) => void} log
 */
async function install(dir, log) {
  const manifest = readFileSync(path.join(dir, 'package.json'), 'utf8');
  const stamp = createHash('sha256').update(manifest).digest('hex');
  const stampFile = path.join(dir, 'node_modules', STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    log('floor: node_modules up to date, install skipped');
    return;
  }
  log('floor: npm install');
  const npmArgs = ['--no-audit', '--no-fund', '--loglevel=error'];
  const full = await run('npm', ['install', ...npmArgs], { cwd: dir, timeoutMs: 300_000 });
  if (full.code !== 0) {
    log('floor: full install failed; installing only what the build needs (--no-save)');
    const pkg = JSON.parse(manifest);
    const wanted = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })
      .filter(([name]) => name !== 'typescript' && !name.startsWith('@types/'))
      .map(([name, range]) => `${name}@${range}`);
    // npm would resolve the whole package.json again (and fail the same way), so it sees a bare
    // one while it installs; the real one comes back whatever happens. Without any package.json
    // here npm would climb to the lab's and install into the lab's node_modules.
    const real = path.join(dir, 'package.json');
    const aside = path.join(dir, 'package.json.bench-aside');
    const lock = path.join(dir, 'package-lock.json');
    renameSync(real, aside);
    if (existsSync(lock)) renameSync(lock, `${lock}.bench-aside`);
    try {
      writeFileSync(real, JSON.stringify({ name: 'floor', private: true, type: 'module' }));
      await runOrThrow(
        'npm',
        ['install', '--no-save', '--no-package-lock', ...npmArgs, ...wanted],
        {
          cwd: dir,
          timeoutMs: 300_000,
        },
      );
    } finally {
      renameSync(aside, real);
      if (existsSync(`${lock}.bench-aside`)) renameSync(`${lock}.bench-aside`, lock);
    }
  }
  writeFileSync(stampFile, stamp);
}

/** @param {string} dir */
function makeWritable(dir) {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    if (LOCAL.has(ent.name)) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      chmodSync(p, 0o755);
      makeWritable(p);
    } else if (ent.isFile()) chmodSync(p, 0o644);
  }
}
