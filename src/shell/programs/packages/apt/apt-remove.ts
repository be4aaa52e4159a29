// apt-get remove / purge / autoremove: what goes (with --auto-remove, the automatically installed
// packages nothing needs any more), the summary, and dpkg's Removing/Purging lines.

import type { Catalog } from '../catalog/types';
import { installedBytes, removeFiles } from '../install-files';
import { canonical, unneeded } from '../resolve';
import { sizeToStr, wrapList } from './apt-format';
import { archOf, confirm, databaseLine, qualified, type AptRun } from './apt-common';
import type { DpkgDb } from './dpkg-db';

/** Dependents before their dependencies, as dpkg removes them. */
function removalOrder(catalog: Catalog, set: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string): void => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const d of catalog.packages[p]?.deps ?? []) {
      const c = canonical(catalog, d) ?? d;
      if (set.has(c)) visit(c);
    }
    out.push(p);
  };
  for (const p of [...set].sort()) visit(p);
  return out.reverse();
}

export async function aptRemove(
  r: AptRun,
  catalog: Catalog,
  db: DpkgDb,
  requested: readonly string[],
  purge: boolean,
  autoRemove: boolean,
  tool: string,
): Promise<number> {
  const { ctx, out } = r;
  const installed = db.installed();
  const set = new Set<string>();
  for (const n of requested) {
    const c = canonical(catalog, n) ?? n;
    if (installed.has(c)) set.add(c);
    else if (db.find(c) && purge) set.add(c);
    else if (catalog.packages[c] || db.find(c))
      out(`Package '${n}' is not installed, so not removed\n`);
    else {
      ctx.stderr.write(`E: Unable to locate package ${n}\n`);
      return 100;
    }
  }
  const leftovers = unneeded(catalog, installed, db.auto, set);
  if (autoRemove) for (const p of leftovers) set.add(p);
  else if (leftovers.length > 0)
    out(
      `The following packages were automatically installed and are no longer required:\n${wrapList(leftovers)}Use '${tool} autoremove' to remove ${leftovers.length === 1 ? 'it' : 'them'}.\n`,
    );
  if (set.size === 0) {
    out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    return 0;
  }
  const names = [...set].sort().map((p) => (purge ? `${p}*` : p));
  out(`The following packages will be REMOVED:\n${wrapList(names)}`);
  let freed = 0;
  for (const p of set)
    freed += catalog.packages[p]
      ? installedBytes(catalog, p)
      : Number(db.find(p)?.get('Installed-Size') ?? 0) * 1024;
  out(`0 upgraded, 0 newly installed, ${set.size} to remove and 0 not upgraded.\n`);
  out(`After this operation, ${sizeToStr(freed)}B disk space will be freed.\n`);
  if (!(await confirm(r))) return 1;
  out(databaseLine(catalog, installed));
  const order = removalOrder(catalog, set);
  const withConf: string[] = [];
  for (const p of order) {
    const spec = catalog.packages[p];
    const version = db.find(p)?.get('Version') ?? spec?.version ?? '';
    const arch = db.find(p)?.get('Architecture') ?? archOf(spec);
    if (db.find(p)?.get('Status') === 'install ok installed')
      out(`Removing ${qualified(p, spec)} (${version}) ...\n`);
    const paths = db.ownedPaths(p, arch);
    const hasConf = paths.some((x) => x.startsWith('/etc/'));
    removeFiles(ctx.fs, paths, !purge);
    if (hasConf) withConf.push(p);
    const listFile = db.listFile(p, arch);
    if (purge || !hasConf) {
      try {
        ctx.fs.unlink(listFile);
      } catch {
        // no list
      }
      db.drop(p);
    } else {
      const s = db.find(p);
      if (s) s.set('Status', 'deinstall ok config-files');
      ctx.fs.writeFile(listFile, paths.filter((x) => x.startsWith('/etc/')).join('\n') + '\n');
    }
    db.auto.delete(p);
    if (!(await ctx.checkpoint())) return 130;
  }
  if (purge && withConf.length > 0) {
    const after = db.installed();
    out(databaseLine(catalog, after));
    for (const p of withConf) {
      const spec = catalog.packages[p];
      out(`Purging configuration files for ${qualified(p, spec)} (${spec?.version ?? ''}) ...\n`);
    }
  }
  if (order.some((p) => p.startsWith('lib')))
    out(`Processing triggers for libc-bin (${catalog.libcVersion ?? '2.36-9+deb12u4'}) ...\n`);
  db.save();
  await ctx.sleep(200 + order.length * 30);
  return 0;
}
