// yum (CentOS 7, yum 3.4.3): install (-y), remove/erase, clean all, makecache, list installed, with
// the real layout: plugins, mirrors, metadata lines, dependency resolution, the transaction table,
// the per-package steps, Installed:/Dependency Installed:, Complete!.

import { command } from '../../../coreutils/lib/errors';
import type { CommandContext, OutputStream } from '../../../types';
import { loadCatalog } from '../catalog/load';
import { parseSize, type Catalog } from '../catalog/types';
import { installedBytes, removeFiles, writeFiles } from '../install-files';
import { canonical, planInstall } from '../resolve';
import { nevraOf, parseNevra, readRpmDb, writeRpmDb } from './rpm-db';
import { centos8Yum, isCentos8 } from './centos8';
import { cleanAll, enabledRepos, fetchMetadata } from './yum-repos';
import { columns, progressLine, RULE, stepLine, tableRow, yumSize } from './yum-format';

const GPG_KEY = 'gpg-pubkey-f4a80eb5-53a7ff4b';

function plugins(ctx: CommandContext): string {
  const ovl =
    ctx.fs.exists('/etc/yum/pluginconf.d/ovl.conf') || ctx.fs.exists('/usr/lib/yum-plugins/ovl.py');
  return `Loaded plugins: fastestmirror${ovl ? ', ovl' : ''}\n`;
}

function archOf(catalog: Catalog, name: string): string {
  return catalog.packages[name]?.arch ?? 'x86_64';
}

function epochVersion(v: string): string {
  return /^\d+:/.test(v) ? v : `0:${v}`;
}

async function install(
  ctx: CommandContext,
  catalog: Catalog,
  names: readonly string[],
  yes: boolean,
): Promise<number> {
  const out = (s: string): void => ctx.stdout.write(s);
  const db = readRpmDb(ctx.fs, catalog);
  const installed = new Set(db.map((n) => parseNevra(n).name));
  const repos = enabledRepos(ctx.fs);
  const fresh = !ctx.fs.exists('/var/cache/yum/x86_64/7/base/repomd.xml');
  const meta = fetchMetadata(ctx.fs, repos);
  out(fresh ? 'Determining fastest mirrors\n' : 'Loading mirror speeds from cached hostfile\n');
  for (const r of repos.filter((x) => x.id !== 'epel')) out(` * ${r.id}: vault.centos.org\n`);
  if (repos.some((r) => r.id === 'epel')) out(' * epel: mirrors.tuna.tsinghua.edu.cn\n');
  for (const m of meta.repomd) out(progressLine(m.label, m.bytes, 0));
  meta.primary.forEach((m, i) =>
    out(
      progressLine(`(${i + 1}/${meta.primary.length}): ${m.label}`, m.bytes, m.bytes / 9_000_000),
    ),
  );
  if (meta.primary.length > 0)
    await ctx.sleep(1500 + meta.primary.reduce((n, m) => n + m.bytes, 0) / 9_000);
  const hasEpel = repos.some((r) => r.id === 'epel');
  const available = (n: string): boolean => {
    const c = canonical(catalog, n);
    return c !== undefined && (hasEpel || catalog.packages[c].repo !== 'epel');
  };
  const wanted: string[] = [];
  for (const n of names) {
    const c = canonical(catalog, n);
    if (c !== undefined && installed.has(c)) {
      const nevra = db.find((x) => parseNevra(x).name === c) ?? c;
      out(`Package ${nevra} already installed and latest version\n`);
    } else if (!available(n)) out(`No package ${n} available.\n`);
    else wanted.push(n);
  }
  if (wanted.length === 0) {
    out(
      names.some((n) => !available(n) && !installed.has(canonical(catalog, n) ?? n))
        ? ''
        : 'Nothing to do\n',
    );
    if (names.some((n) => !available(n) && !installed.has(canonical(catalog, n) ?? n))) {
      ctx.stderr.write('Error: Nothing to do\n');
      return 1;
    }
    return 0;
  }
  const plan = planInstall(catalog, wanted, installed);
  const order = plan.order;
  const top = new Set(wanted.map((n) => canonical(catalog, n) ?? n));
  const deps = order.filter((p) => !top.has(p));
  const nv = (p: string): string => nevraOf(p, catalog.packages[p].version, archOf(catalog, p));
  out('Resolving Dependencies\n--> Running transaction check\n');
  for (const p of order.filter((x) => top.has(x)))
    out(
      `---> Package ${p}.${archOf(catalog, p)} ${epochVersion(catalog.packages[p].version)} will be installed\n`,
    );
  for (const p of order.filter((x) => top.has(x)))
    for (const d of catalog.packages[p].deps ?? [])
      if (!installed.has(d)) out(`--> Processing Dependency: ${d} for package: ${nv(p)}\n`);
  if (deps.length > 0) {
    out('--> Running transaction check\n');
    for (const p of deps)
      out(
        `---> Package ${p}.${archOf(catalog, p)} ${epochVersion(catalog.packages[p].version)} will be installed\n`,
      );
  }
  out('--> Finished Dependency Resolution\n\nDependencies Resolved\n\n');
  out(`${RULE}\n${tableRow('Package', 'Arch', 'Version', 'Repository', 'Size')}${RULE}\n`);
  const row = (p: string): string => {
    const s = catalog.packages[p];
    return tableRow(p, archOf(catalog, p), s.version, s.repo ?? 'base', yumSize(parseSize(s.size)));
  };
  out('Installing:\n');
  for (const p of order.filter((x) => top.has(x)).sort()) out(row(p));
  if (deps.length > 0) {
    out('Installing for dependencies:\n');
    for (const p of [...deps].sort()) out(row(p));
  }
  const nTop = order.length - deps.length;
  out(`\nTransaction Summary\n${RULE}\n`);
  out(
    `Install  ${nTop} Package${nTop === 1 ? '' : 's'}${deps.length > 0 ? ` (+${deps.length} Dependent package${deps.length === 1 ? '' : 's'})` : ''}\n\n`,
  );
  const total = order.reduce((n, p) => n + parseSize(catalog.packages[p].size), 0);
  const disk = order.reduce((n, p) => n + installedBytes(catalog, p), 0);
  out(`Total download size: ${yumSize(total)}\nInstalled size: ${yumSize(disk)}\n`);
  if (!yes) {
    out('Is this ok [y/d/N]: ');
    const line = ctx.stdin.isTTY ? await ctx.stdin.readLine() : null;
    if (line === null || !/^\s*y/i.test(line)) {
      out(
        `${line === null ? '\n' : ''}Exiting on user command\nYour transaction was saved, rerun it with:\n yum load-transaction /tmp/yum_save_tx.2026-11-22.14-00.layerlab.yumtx\n`,
      );
      return 1;
    }
  }
  out('Downloading packages:\n');
  const secs = total / 8_000_000;
  const firstKey = !db.includes(GPG_KEY);
  order.forEach((p, i) => {
    const s = catalog.packages[p];
    if (i === 0 && firstKey)
      ctx.stderr.write(
        `warning: /var/cache/yum/x86_64/7/${s.repo ?? 'base'}/packages/${nv(p)}.rpm: Header V3 RSA/SHA256 Signature, key ID f4a80eb5: NOKEY\n`,
      );
    if (i === 0 && firstKey) out(`Public key for ${nv(p)}.rpm is not installed\n`);
    out(progressLine(`(${i + 1}/${order.length}): ${nv(p)}.rpm`, parseSize(s.size), 0));
  });
  out(
    `${'-'.repeat(80)}\n${`Total${' '.repeat(46)}${yumSize(total / Math.max(secs, 0.5)).replace(/ ([kMG])$/, ' $1B')}/s | ${yumSize(
      total,
    )
      .replace(/ ([kMG])$/, ' $1B')
      .padStart(6)}  00:00:${String(Math.floor(secs)).padStart(2, '0')}`}\n`,
  );
  if (!(await ctx.sleep(secs * 1000))) return 130;
  if (firstKey) {
    out(
      'Retrieving key from file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7\nImporting GPG key 0xF4A80EB5:\n Userid     : "CentOS-7 Key (CentOS 7 Official Signing Key) <security@centos.org>"\n Fingerprint: 6341 ab27 53d7 8a78 a7c2 7bb1 24c6 a8a7 f4a8 0eb5\n Package    : centos-release-7-6.1810.2.el7.centos.x86_64 (@CentOS)\n From       : /etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7\n',
    );
  }
  out(
    'Running transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n',
  );
  const now = ctx.clock.now();
  const log: string[] = [];
  const stamp =
    new Date(now).toUTCString().slice(8, 11) +
    ' ' +
    String(new Date(now).getUTCDate()).padStart(2, ' ') +
    ' ' +
    new Date(now).toISOString().slice(11, 19);
  order.forEach((p, i) => {
    out(stepLine('Installing', nv(p), i + 1, order.length));
    writeFiles(ctx.fs, catalog, p, catalog.packages[p].version, now);
    log.push(
      `${stamp} Installed: ${/^\d+:/.test(catalog.packages[p].version) ? catalog.packages[p].version.split(':')[0] + ':' : ''}${nv(p)}\n`,
    );
  });
  order.forEach((p, i) => out(stepLine('Verifying', nv(p), i + 1, order.length)));
  const item = (p: string): string =>
    `${p}.${archOf(catalog, p)} ${epochVersion(catalog.packages[p].version)}`;
  out(
    `\nInstalled:\n${columns(
      order
        .filter((p) => top.has(p))
        .sort()
        .map(item),
    )}`,
  );
  if (deps.length > 0) out(`\nDependency Installed:\n${columns([...deps].sort().map(item))}`);
  out('\nComplete!\n');
  const next = [...db, ...order.map(nv)];
  if (firstKey) next.push(GPG_KEY);
  writeRpmDb(ctx.fs, next);
  ctx.fs.mkdir('/var/log', { recursive: true });
  ctx.fs.writeFile('/var/log/yum.log', log.join(''), { append: true });
  await ctx.sleep(order.length * 60 + disk / 120_000);
  return 0;
}

async function erase(
  ctx: CommandContext,
  catalog: Catalog,
  names: readonly string[],
): Promise<number> {
  const out = (s: string): void => ctx.stdout.write(s);
  const db = readRpmDb(ctx.fs, catalog);
  const gone: string[] = [];
  for (const n of names) {
    const c = canonical(catalog, n) ?? n;
    const nevra = db.find((x) => parseNevra(x).name === c);
    if (nevra === undefined) out(`No Match for argument: ${n}\n`);
    else gone.push(nevra);
  }
  if (gone.length === 0) {
    out('No Packages marked for removal\n');
    return 0;
  }
  out('Resolving Dependencies\n--> Running transaction check\n');
  for (const g of gone) {
    const { name, version, arch } = parseNevra(g);
    out(`---> Package ${name}.${arch} 0:${version} will be erased\n`);
  }
  out('--> Finished Dependency Resolution\n\nDependencies Resolved\n\n');
  out(
    `${RULE}\n${tableRow('Package', 'Arch', 'Version', 'Repository', 'Size')}${RULE}\nRemoving:\n`,
  );
  for (const g of gone) {
    const { name, version, arch } = parseNevra(g);
    out(
      tableRow(
        name,
        arch,
        version,
        `@${catalog.packages[name]?.repo ?? 'anaconda'}`,
        yumSize(catalog.packages[name] ? installedBytes(catalog, name) : 0),
      ),
    );
  }
  out(
    `\nTransaction Summary\n${RULE}\nRemove  ${gone.length} Package${gone.length === 1 ? '' : 's'}\n\n`,
  );
  out(
    'Downloading packages:\nRunning transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n',
  );
  gone.forEach((g, i) => {
    out(stepLine('Erasing', g, i + 1, gone.length));
    const name = parseNevra(g).name;
    if (catalog.packages[name]) {
      const paths = catalog.packages[name].files.map((f) => f.split(' ')[0].replace(/\/$/, ''));
      removeFiles(ctx.fs, paths, false);
    }
  });
  gone.forEach((g, i) => out(stepLine('Verifying', g, i + 1, gone.length)));
  out(
    `\nRemoved:\n${columns(
      gone.map((g) => {
        const { name, version, arch } = parseNevra(g);
        return `${name}.${arch} 0:${version}`;
      }),
    )}\nComplete!\n`,
  );
  writeRpmDb(
    ctx.fs,
    db.filter((n) => !gone.includes(n)),
  );
  return 0;
}

/** Lines `yum -q` still prints: rpm's NOKEY warning and the GPG key import it triggers. */
const LOUD = /^(warning: |Importing GPG key | (Userid|Fingerprint|Package|From) *: )/;

/** `-q`: yum's progress, tables and summaries are dropped; the key import still shows. */
function quietContext(ctx: CommandContext): CommandContext {
  let partial = '';
  const stdout: OutputStream = {
    isTTY: ctx.stdout.isTTY,
    columns: ctx.stdout.columns,
    write(text) {
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) if (LOUD.test(l)) ctx.stdout.write(`${l}\n`);
    },
  };
  return { ...ctx, stdout };
}

export const yum = command('yum', async (ctx) => {
  const args = ctx.argv.slice(1);
  const yes = args.some((a) => a === '-y' || a === '--assumeyes' || /^-[a-z]*y[a-z]*$/.test(a));
  const quiet = args.includes('-q') || args.includes('--quiet');
  const rest = args.filter((a) => !a.startsWith('-'));
  const [op, ...names] = rest;
  if (op === undefined) {
    ctx.stderr.write('You need to give some command\nusage: yum [options] COMMAND\n');
    return 1;
  }
  if (isCentos8(ctx)) {
    const r = centos8Yum(ctx, op, quiet);
    if (r !== undefined) return r;
  }
  if (!quiet) ctx.stdout.write(plugins(ctx));
  if (quiet) ctx = quietContext(ctx);
  const catalog = await loadCatalog('centos');
  if (op === 'install') {
    if (names.length === 0) {
      ctx.stderr.write(
        'Error: Need to pass a list of pkgs to install\n Mini usage:\n\ninstall PACKAGE...\n\nInstall a package or packages on your system\n\naliases: install-n, install-na, install-nevra\n',
      );
      return 1;
    }
    return install(ctx, catalog, names, yes);
  }
  if (op === 'remove' || op === 'erase') return erase(ctx, catalog, names);
  if (op === 'clean') {
    const what = names[0];
    if (
      what !== 'all' &&
      what !== 'packages' &&
      what !== 'metadata' &&
      what !== 'expire-cache' &&
      what !== 'dbcache'
    ) {
      ctx.stderr.write(
        'Error: clean requires an option: headers, packages, metadata, dbcache, plugins, expire-cache, rpmdb, all\n',
      );
      return 1;
    }
    const repos = enabledRepos(ctx.fs)
      .map((r) => r.id)
      .join(' ');
    ctx.stdout.write(`Cleaning repos: ${repos}\n`);
    if (what === 'all' || what === 'metadata' || what === 'dbcache') cleanAll(ctx.fs);
    if (what === 'all') ctx.stdout.write('Cleaning up list of fastest mirrors\n');
    return 0;
  }
  if (op === 'makecache') {
    const meta = fetchMetadata(ctx.fs, enabledRepos(ctx.fs));
    for (const m of meta.repomd) ctx.stdout.write(progressLine(m.label, m.bytes, 0));
    ctx.stdout.write('Metadata Cache Created\n');
    return 0;
  }
  if (op === 'list' && names[0] === 'installed') {
    ctx.stdout.write('Installed Packages\n');
    for (const n of readRpmDb(ctx.fs, catalog)) {
      if (n.startsWith('gpg-pubkey')) continue;
      const { name, version, arch } = parseNevra(n);
      ctx.stdout.write(
        `${`${name}.${arch}`.padEnd(40)} ${version.padEnd(24)} @${catalog.packages[name]?.repo ?? 'CentOS'}\n`,
      );
    }
    return 0;
  }
  if (op === 'update' || op === 'upgrade') {
    ctx.stdout.write('No packages marked for update\n');
    return 0;
  }
  ctx.stderr.write(`No such command: ${op}. Please use /usr/bin/yum --help\n`);
  return 1;
});
