// apt-get install: resolve, print the summary block, "download" the .debs, unpack and set up
// each package (files, dpkg status, .list, auto marks), with the lines apt and dpkg print.

import { sha256OfText } from '../../../../engine/storage';
import type { Catalog } from '../catalog/types';
import { parseSize } from '../catalog/types';
import type { Distro } from '../distro';
import { filesOf, installedBytes, writeFiles } from '../install-files';
import { planInstall } from '../resolve';
import { sizeToStr, wrapList } from './apt-format';
import { hasLists, sourcesFor } from './apt-lists';
import { archOf, confirm, databaseLine, qualified, type AptRun } from './apt-common';
import type { DpkgDb, Stanza } from './dpkg-db';

const SETUP_EXTRA: Record<string, string> = {
  'ca-certificates': 'Updating certificates in /etc/ssl/certs...\n140 added, 0 removed; done.\n',
  gcc: '',
  'gcc-12': '',
  vim: 'update-alternatives: using /usr/bin/vim.basic to provide /usr/bin/vim (vim) in auto mode\nupdate-alternatives: using /usr/bin/vim.basic to provide /usr/bin/vi (vi) in auto mode\n',
  apache2:
    'Enabling module mpm_event.\nEnabling module authz_core.\nEnabling module dir.\nEnabling module mime.\nEnabling conf charset.\nEnabling conf security.\nEnabling site 000-default.\ninvoke-rc.d: could not determine current runlevel\ninvoke-rc.d: policy-rc.d denied execution of start.\n',
  nginx:
    'invoke-rc.d: could not determine current runlevel\ninvoke-rc.d: policy-rc.d denied execution of start.\n',
};

function debName(name: string, version: string, arch: string): string {
  return `${name}_${version.replace(/:/g, '%3a')}_${arch}.deb`;
}

function stanzaFor(catalog: Catalog, name: string): Stanza {
  const spec = catalog.packages[name];
  const s: Stanza = new Map();
  s.set('Package', name);
  s.set('Status', 'install ok installed');
  s.set('Priority', 'optional');
  s.set('Section', spec.section ?? 'misc');
  s.set('Installed-Size', String(Math.ceil(installedBytes(catalog, name) / 1024)));
  s.set('Maintainer', 'Debian Developers <debian-devel@lists.debian.org>');
  s.set('Architecture', archOf(spec));
  s.set('Version', spec.version);
  if (spec.deps && spec.deps.length > 0) s.set('Depends', spec.deps.join(', '));
  const conf = filesOf(catalog, name).filter(
    (f) => f.kind === 'text' && f.path.startsWith('/etc/'),
  );
  if (conf.length > 0)
    s.set('Conffiles', conf.map((f) => `\n ${f.path} 00000000000000000000000000000000`).join(''));
  s.set('Description', spec.desc);
  return s;
}

export async function aptInstall(
  r: AptRun,
  catalog: Catalog,
  db: DpkgDb,
  d: Distro,
  requested: readonly string[],
): Promise<number> {
  const { ctx, out } = r;
  const installed = db.installed();
  const lists = hasLists(ctx.fs);
  const plan = planInstall(catalog, requested, installed);
  const missing = lists ? plan.missing : requested.filter((n) => !installed.has(n));
  if (missing.length > 0) {
    for (const m of missing) ctx.stderr.write(`E: Unable to locate package ${m}\n`);
    return 100;
  }
  for (const p of plan.present) {
    out(`${p} is already the newest version (${catalog.packages[p]?.version ?? 'unknown'}).\n`);
    if (db.auto.delete(p)) out(`${p} set to manually installed.\n`);
  }
  const order = plan.order;
  if (order.length === 0) {
    out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    db.save();
    return 0;
  }
  const asked = new Set(requested.map((n) => catalog.provides?.[n] ?? n));
  const extras = order.filter((n) => !asked.has(n)).sort();
  if (extras.length > 0)
    out(`The following additional packages will be installed:\n${wrapList(extras)}`);
  out(`The following NEW packages will be installed:\n${wrapList([...order].sort())}`);
  const download = order.reduce((n, p) => n + parseSize(catalog.packages[p].size), 0);
  const disk = order.reduce((n, p) => n + installedBytes(catalog, p), 0);
  out(`0 upgraded, ${order.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  out(`Need to get ${sizeToStr(download)}B of archives.\n`);
  out(`After this operation, ${sizeToStr(disk)}B of additional disk space will be used.\n`);
  if (extras.length > 0 && !(await confirm(r))) return 1;
  const src = sourcesFor(d)[0];
  order.forEach((p, i) => {
    const spec = catalog.packages[p];
    out(
      `Get:${i + 1} ${src.url} ${src.suite}/main amd64 ${p} ${archOf(spec)} ${spec.version} [${sizeToStr(parseSize(spec.size))}B]\n`,
    );
  });
  if (!ctx.fs.exists('/usr/bin/apt-utils') && !ctx.fs.exists('/usr/lib/apt/apt-extracttemplates'))
    ctx.stderr.write('debconf: delaying package configuration, since apt-utils is not installed\n');
  const fetchMs = 200 + (download / 25_000_000) * 1000;
  if (!(await ctx.sleep(fetchMs))) return 130;
  const secs = Math.round(fetchMs / 1000);
  out(
    `Fetched ${sizeToStr(download)}B in ${secs}s (${sizeToStr(download / (fetchMs / 1000))}B/s)\n`,
  );
  const keepDebs = !ctx.fs.exists('/etc/apt/apt.conf.d/docker-clean');
  const width = String(order.length - 1).length;
  const now = ctx.clock.now();
  for (let i = 0; i < order.length; i++) {
    const p = order[i];
    const spec = catalog.packages[p];
    const arch = archOf(spec);
    const shown = qualified(p, spec);
    out(`Selecting previously unselected package ${shown}.\n`);
    if (i === 0) out(databaseLine(catalog, installed));
    const deb = debName(p, spec.version, arch);
    out(
      `Preparing to unpack .../${order.length > 1 ? `${String(i).padStart(width, '0')}-` : ''}${deb} ...\n`,
    );
    out(`Unpacking ${shown} (${spec.version}) ...\n`);
    const owned = writeFiles(ctx.fs, catalog, p, spec.version, now);
    ctx.fs.mkdir('/var/lib/dpkg/info', { recursive: true });
    const listName = shown.includes(':') ? `${p}:${arch}` : p;
    ctx.fs.writeFile(`/var/lib/dpkg/info/${listName}.list`, ['/.', ...owned].join('\n') + '\n');
    if (keepDebs) {
      ctx.fs.mkdir('/var/cache/apt/archives/partial', { recursive: true });
      ctx.fs.writeFile(`/var/cache/apt/archives/${deb}`, {
        kind: 'blob',
        size: parseSize(spec.size),
        digest: sha256OfText(`layerlab deb ${deb}`),
      });
    }
    db.put(stanzaFor(catalog, p));
    if (!asked.has(p)) db.auto.add(p);
    if (!(await ctx.checkpoint())) return 130;
  }
  for (const p of order) {
    const spec = catalog.packages[p];
    out(`Setting up ${qualified(p, spec)} (${spec.version}) ...\n`);
    const extra = SETUP_EXTRA[p];
    if (extra) out(extra);
    if (p === 'gcc')
      out('update-alternatives: using /usr/bin/gcc to provide /usr/bin/cc (cc) in auto mode\n');
  }
  if (order.some((p) => p.startsWith('lib')))
    out(`Processing triggers for libc-bin (${catalog.libcVersion ?? '2.36-9+deb12u4'}) ...\n`);
  if (order.includes('ca-certificates'))
    out(
      `Processing triggers for ca-certificates (${catalog.packages['ca-certificates']?.version ?? ''}) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n`,
    );
  db.save();
  await ctx.sleep(order.length * 40 + disk / 150_000);
  return 0;
}
