// dpkg -l (list installed packages in dpkg-query's table), dpkg -L PKG (the files a package owns),
// dpkg -s PKG (its status stanza). Installing .deb files by hand is not modelled.

import { command } from '../../../coreutils/lib/errors';
import { DpkgDb, formatStanzas } from './dpkg-db';
import { globToRegExp } from '../../../coreutils/lib/glob';

const HEAD =
  'Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n';

export const dpkg = command('dpkg', (ctx) => {
  const args = ctx.argv.slice(1);
  const op = args[0];
  const db = new DpkgDb(ctx.fs);
  if (op === '-l' || op === '--list') {
    const pats = args.slice(1).map((a) => globToRegExp(a));
    const rows = db.stanzas
      .filter((s) => pats.length === 0 || pats.some((re) => re.test(s.get('Package') ?? '')))
      .map((s) => {
        const st = s.get('Status') ?? '';
        const code =
          st === 'install ok installed' ? 'ii' : st.startsWith('deinstall') ? 'rc' : 'un';
        const arch = s.get('Architecture') ?? 'amd64';
        const name =
          arch === 'all' || !(s.get('Package') ?? '').startsWith('lib')
            ? (s.get('Package') ?? '')
            : `${s.get('Package')}:${arch}`;
        return {
          code,
          name,
          version: s.get('Version') ?? '',
          arch,
          desc: (s.get('Description') ?? '').split('\n')[0],
        };
      })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    if (rows.length === 0) {
      ctx.stderr.write(`dpkg-query: no packages found matching ${args.slice(1).join(' ')}\n`);
      return 1;
    }
    const nw = Math.max(14, ...rows.map((r) => r.name.length));
    const vw = Math.max(12, ...rows.map((r) => r.version.length));
    const aw = 12;
    ctx.stdout.write(HEAD);
    ctx.stdout.write(
      `||/ ${'Name'.padEnd(nw)} ${'Version'.padEnd(vw)} ${'Architecture'.padEnd(aw)} Description\n`,
    );
    ctx.stdout.write(
      `+++-${'='.repeat(nw)}-${'='.repeat(vw)}-${'='.repeat(aw)}-${'='.repeat(40)}\n`,
    );
    for (const r of rows)
      ctx.stdout.write(
        `${r.code}  ${r.name.padEnd(nw)} ${r.version.padEnd(vw)} ${r.arch.padEnd(aw)} ${r.desc}\n`,
      );
    return 0;
  }
  if (op === '-L' || op === '--listfiles' || op === '-s' || op === '--status') {
    let status = 0;
    for (const name of args.slice(1)) {
      const s = db.find(name.replace(/:amd64$/, ''));
      if (!s || s.get('Status') !== 'install ok installed') {
        if (op === '-s' || op === '--status')
          ctx.stderr.write(
            `dpkg-query: package '${name}' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n`,
          );
        else
          ctx.stderr.write(
            `dpkg-query: package '${name}' is not installed\nUse dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n`,
          );
        status = 1;
        continue;
      }
      if (op === '-s' || op === '--status') ctx.stdout.write(formatStanzas([s]));
      else
        ctx.stdout.write(
          [
            '/.',
            ...db.ownedPaths(name.replace(/:amd64$/, ''), s.get('Architecture') ?? 'amd64'),
          ].join('\n') + '\n',
        );
    }
    return status;
  }
  if (op === '--version') {
    ctx.stdout.write("Debian 'dpkg' package management program version 1.21.22 (amd64).\n");
    return 0;
  }
  ctx.stderr.write(
    op === undefined
      ? "dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\n"
      : `dpkg: layerlab: only -l, -L and -s are modelled here; use apt-get to install and remove\n`,
  );
  return 2;
});
