// apk (apk-tools 2.14, Alpine 3.19): update, add (--no-cache, --update, --virtual accepted), del,
// info, with the index cache in /var/cache/apk that a plain `apk add` needs and --no-cache skips,
// the installed database /lib/apk/db/installed and /etc/apk/world.

import type { Command, CommandContext } from '../../types';
import type { FileSystem } from '../../../engine/fs/types';
import { command } from '../../coreutils/lib/errors';
import { sha256OfText } from '../../../engine/storage';
import { loadCatalog } from './catalog/load';
import { parseSize, type Catalog } from './catalog/types';
import { detectDistro } from './distro';
import { installedBytes, removeFiles, writeFiles, filesOf } from './install-files';
import { canonical, planInstall, unneeded } from './resolve';

const DB = '/lib/apk/db/installed';
const WORLD = '/etc/apk/world';
const CACHE = '/var/cache/apk';
const BASE_BYTES = 7_340_000;

interface Installed {
  name: string;
  version: string;
}

function readText(fs: FileSystem, p: string): string | undefined {
  try {
    return fs.readText(p);
  } catch {
    return undefined;
  }
}

function readDb(fs: FileSystem, catalog: Catalog): Installed[] {
  const text = readText(fs, DB);
  if (text === undefined || text.trim() === '')
    return catalog.base.map((b) => {
      const m = /^(.+?)-(\d.*)$/.exec(b);
      return { name: m ? m[1] : b, version: m ? m[2] : '' };
    });
  const out: Installed[] = [];
  for (const block of text.split(/\n\n+/)) {
    const name = /^P:(.*)$/m.exec(block)?.[1];
    const version = /^V:(.*)$/m.exec(block)?.[1];
    if (name) out.push({ name, version: version ?? '' });
  }
  return out;
}

function writeDb(fs: FileSystem, catalog: Catalog, pkgs: readonly Installed[], now: number): void {
  const prev = readText(fs, DB) ?? '';
  const blocks = new Map<string, string>();
  for (const block of prev.split(/\n\n+/)) {
    const name = /^P:(.*)$/m.exec(block)?.[1];
    if (name) blocks.set(name, block.trim());
  }
  const out: string[] = [];
  for (const p of pkgs) {
    const existing = blocks.get(p.name);
    if (existing) {
      out.push(existing);
      continue;
    }
    const spec = catalog.packages[p.name];
    let b = `C:Q1${p.name.length}layerlab=\nP:${p.name}\nV:${p.version}\nA:x86_64\nS:${spec ? parseSize(spec.size) : 0}\nI:${spec ? installedBytes(catalog, p.name) : 0}\nT:${spec?.desc ?? p.name}\nt:${Math.floor(now / 1000)}\n`;
    if (spec?.deps) b += `D:${spec.deps.join(' ')}\n`;
    if (spec) {
      const byDir = new Map<string, string[]>();
      for (const f of filesOf(catalog, p.name)) {
        if (f.kind === 'dir') continue;
        const i = f.path.lastIndexOf('/');
        const dir = f.path.slice(1, i);
        byDir.set(dir, [...(byDir.get(dir) ?? []), f.path.slice(i + 1)]);
      }
      for (const [dir, files] of byDir) b += `F:${dir}\n${files.map((f) => `R:${f}\n`).join('')}`;
    }
    out.push(b.trim());
  }
  fs.mkdir('/lib/apk/db', { recursive: true });
  fs.writeFile(DB, `${out.join('\n\n')}\n\n`);
}

function readWorld(fs: FileSystem): string[] {
  return (readText(fs, WORLD) ?? '').split(/\s+/).filter(Boolean);
}

function hasIndex(fs: FileSystem): boolean {
  try {
    return fs.readdir(CACHE).some((e) => e.name.startsWith('APKINDEX.'));
  } catch {
    return false;
  }
}

function fetchIndexes(ctx: CommandContext, branch: string, store: boolean): void {
  for (const [repo, size] of [
    ['main', 483_000],
    ['community', 1_720_000],
  ] as const) {
    ctx.stdout.write(
      `fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/${repo}/x86_64/APKINDEX.tar.gz\n`,
    );
    if (store) {
      ctx.fs.mkdir(CACHE, { recursive: true });
      ctx.fs.writeFile(`${CACHE}/APKINDEX.${repo === 'main' ? '4a5d3c9e' : '7f2b1e8d'}.tar.gz`, {
        kind: 'blob',
        size,
        digest: sha256OfText(`apkindex ${branch} ${repo}`),
      });
    }
  }
}

function okLine(catalog: Catalog, pkgs: readonly Installed[]): string {
  let bytes = BASE_BYTES;
  for (const p of pkgs) if (catalog.packages[p.name]) bytes += installedBytes(catalog, p.name);
  return `OK: ${Math.round(bytes / 1_048_576)} MiB in ${pkgs.length} packages\n`;
}

async function add(
  ctx: CommandContext,
  catalog: Catalog,
  names: string[],
  noCache: boolean,
  update: boolean,
): Promise<number> {
  const d = detectDistro(ctx.fs);
  const branch = d.codename.startsWith('v') ? d.codename : 'v3.19';
  const fetched = noCache || update;
  if (fetched) fetchIndexes(ctx, branch, update && !noCache);
  let db = readDb(ctx.fs, catalog);
  const installed = new Set(db.map((p) => p.name));
  const plan = planInstall(catalog, names, installed);
  const missing =
    fetched || hasIndex(ctx.fs) ? plan.missing : names.filter((n) => !installed.has(n));
  if (missing.length > 0) {
    ctx.stderr.write(
      `ERROR: unable to select packages:\n${missing.map((m) => `  ${m} (no such package):\n    required by: world[${m}]\n`).join('')}`,
    );
    return missing.length;
  }
  const now = ctx.clock.now();
  plan.order.forEach((p, i) => {
    const spec = catalog.packages[p];
    ctx.stdout.write(`(${i + 1}/${plan.order.length}) Installing ${p} (${spec.version})\n`);
    writeFiles(ctx.fs, catalog, p, spec.version, now);
    db = [...db, { name: p, version: spec.version }];
  });
  if (plan.order.some((p) => p === 'ca-certificates'))
    ctx.stdout.write('Executing ca-certificates-20240226-r0.trigger\n');
  if (plan.order.length > 0) ctx.stdout.write('Executing busybox-1.36.1-r15.trigger\n');
  const world = readWorld(ctx.fs);
  for (const n of names) if (!world.includes(n)) world.push(n);
  ctx.fs.mkdir('/etc/apk', { recursive: true });
  ctx.fs.writeFile(WORLD, `${world.sort().join('\n')}\n`);
  writeDb(ctx.fs, catalog, db, now);
  ctx.stdout.write(okLine(catalog, db));
  await ctx.sleep(
    300 + plan.order.reduce((n, p) => n + parseSize(catalog.packages[p].size), 0) / 20_000,
  );
  return 0;
}

function del(ctx: CommandContext, catalog: Catalog, names: string[]): number {
  let db = readDb(ctx.fs, catalog);
  const world = readWorld(ctx.fs).filter((w) => !names.includes(w));
  const installed = new Set(db.map((p) => p.name));
  const notWorld = names.filter((n) => !readWorld(ctx.fs).includes(n));
  if (notWorld.length > 0 && notWorld.length === names.length) {
    for (const n of notWorld) ctx.stderr.write(`WARNING: No such package: ${n}\n`);
  }
  // Everything not needed by what stays in world goes.
  const auto = new Set(
    [...installed].filter((p) => !world.includes(p) && catalog.packages[p] !== undefined),
  );
  const removing = new Set(
    names.map((n) => canonical(catalog, n) ?? n).filter((n) => installed.has(n)),
  );
  const gone = [...removing, ...unneeded(catalog, installed, auto, removing)];
  gone.forEach((p, i) => {
    const spec = catalog.packages[p];
    const version = db.find((x) => x.name === p)?.version ?? spec?.version ?? '';
    ctx.stdout.write(`(${i + 1}/${gone.length}) Purging ${p} (${version})\n`);
    if (spec)
      removeFiles(
        ctx.fs,
        filesOf(catalog, p).map((f) => f.path),
        false,
      );
  });
  db = db.filter((p) => !gone.includes(p.name));
  ctx.fs.writeFile(WORLD, `${world.join('\n')}\n`);
  ctx.fs.writeFile(DB, '');
  writeDb(ctx.fs, catalog, db, ctx.clock.now());
  ctx.stdout.write(okLine(catalog, db));
  return 0;
}

export const apk: Command = command('apk', async (ctx) => {
  const args = ctx.argv.slice(1);
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (
      args[i] === '--virtual' ||
      args[i] === '-t' ||
      args[i] === '--repository' ||
      args[i] === '-X'
    ) {
      i++;
      continue;
    }
    if (!args[i].startsWith('-')) words.push(args[i]);
  }
  const [op, ...names] = words;
  const catalog = await loadCatalog('alpine');
  if (flags.has('--version') || flags.has('-V')) {
    ctx.stdout.write('apk-tools 2.14.0, compiled for x86_64.\n');
    return 0;
  }
  if (op === 'update') {
    const d = detectDistro(ctx.fs);
    fetchIndexes(ctx, d.codename.startsWith('v') ? d.codename : 'v3.19', true);
    ctx.stdout.write(
      'v3.19.1-148-g8a0a1ed7c3e [https://dl-cdn.alpinelinux.org/alpine/v3.19/main]\nv3.19.1-150-g1fc5ad4fad0 [https://dl-cdn.alpinelinux.org/alpine/v3.19/community]\nOK: 22985 distinct packages available\n',
    );
    return 0;
  }
  if (op === 'add') {
    if (names.length === 0) {
      ctx.stderr.write('usage: apk add [<OPTIONS>...] PACKAGES...\n');
      return 1;
    }
    return add(
      ctx,
      catalog,
      names,
      flags.has('--no-cache'),
      flags.has('--update') || flags.has('-U'),
    );
  }
  if (op === 'del' || op === 'delete') return del(ctx, catalog, names);
  if (op === 'info') {
    for (const p of readDb(ctx.fs, catalog)) ctx.stdout.write(`${p.name}\n`);
    return 0;
  }
  if (op === 'cache' && names[0] === 'clean') {
    try {
      for (const e of ctx.fs.readdir(CACHE)) ctx.fs.unlink(`${CACHE}/${e.name}`);
    } catch {
      // no cache
    }
    return 0;
  }
  ctx.stderr.write(
    op === undefined
      ? 'apk-tools 2.14.0, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n'
      : `apk: layerlab: 'apk ${op}' is not modelled (update, add, del, info, cache clean are)\n`,
  );
  return 1;
});
