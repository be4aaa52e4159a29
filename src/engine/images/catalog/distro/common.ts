// Pieces every Linux rootfs shares: the top-level directories, /etc/hosts, a dpkg-style status
// writer, and the coreutils list GNU distributions ship.

import type { LayerEntrySpec } from '../../../storage';
import { dir, link, words } from '../files';

export const HOSTS = `127.0.0.1	localhost
::1	localhost ip6-localhost ip6-loopback
fe00::0	ip6-localnet
ff00::0	ip6-mcastprefix
ff02::1	ip6-allnodes
ff02::2	ip6-allrouters
`;

/** The top-level directories of a rootfs; `merged` turns bin/lib/sbin into links into /usr. */
export function topLevel(
  merged: boolean,
  extra: readonly string[] = [],
  omit: readonly string[] = [],
): LayerEntrySpec[] {
  const out: LayerEntrySpec[] = [];
  for (const d of words('boot dev etc home media mnt opt proc run srv sys usr var'))
    out.push(dir(`/${d}`));
  out.push(dir('/root', 0o700), dir('/tmp', 0o1777), dir('/var/tmp', 0o1777));
  if (merged) {
    out.push(dir('/usr/bin'), dir('/usr/lib'), dir('/usr/lib64'), dir('/usr/sbin'));
    out.push(link('/bin', 'usr/bin'), link('/lib', 'usr/lib'), link('/lib64', 'usr/lib64'));
    out.push(link('/sbin', 'usr/sbin'));
  } else {
    out.push(dir('/bin'), dir('/lib'), dir('/lib64'), dir('/sbin'));
  }
  for (const e of extra) out.push(e.endsWith('/') ? dir(`/${e.slice(0, -1)}`) : dir(`/${e}`));
  return out.filter((e) => !omit.includes(e.path.slice(1)));
}

/** GNU coreutils programs (/usr/bin on Debian and Ubuntu, /usr/bin on CentOS). */
export const COREUTILS =
  words(`[ arch b2sum base32 base64 basename basenc cat chcon chgrp chmod chown
  cksum comm cp csplit cut date dd df dir dircolors dirname du echo env expand expr factor false
  fmt fold groups head hostid id install join link ln logname ls md5sum mkdir mkfifo mknod mktemp
  mv nice nl nohup nproc numfmt od paste pathchk pinky pr printenv printf ptx pwd readlink realpath
  rm rmdir runcon seq sha1sum sha224sum sha256sum sha384sum sha512sum shred shuf sleep sort split
  stat stdbuf stty sum sync tac tail tee test timeout touch tr true truncate tsort tty uname
  unexpand uniq unlink users vdir wc who whoami yes`);

/** Real sizes (bytes) of the bigger coreutils binaries on Debian 12 amd64. */
export const COREUTILS_SIZES: Readonly<Record<string, number>> = {
  ls: 151_344,
  cp: 151_152,
  mv: 147_080,
  sort: 121_368,
  dir: 151_344,
  vdir: 151_344,
  date: 104_920,
  du: 102_760,
  df: 89_952,
  stat: 88_880,
  cat: 43_936,
  echo: 35_208,
  true: 35_128,
  false: 35_128,
  rm: 72_712,
  mkdir: 80_288,
};

export interface DebPackage {
  readonly name: string;
  readonly version: string;
  readonly priority?: string;
  readonly section?: string;
  readonly description?: string;
}

/** `name=version` strings to packages. */
export const debs = (list: string): DebPackage[] =>
  words(list).map((w) => {
    const [name, version] = w.split('=');
    return { name: name as string, version: version ?? '1.0-1' };
  });

/** /var/lib/dpkg/status in dpkg's format (fields as dpkg writes them). */
export function dpkgStatus(pkgs: readonly DebPackage[], maintainer: string): string {
  return pkgs
    .map((p) =>
      [
        `Package: ${p.name}`,
        'Status: install ok installed',
        `Priority: ${p.priority ?? (/^lib/.test(p.name) ? 'optional' : 'required')}`,
        `Section: ${p.section ?? (/^lib/.test(p.name) ? 'libs' : 'admin')}`,
        `Installed-Size: ${100 + ((p.name.length * 97) % 4000)}`,
        `Maintainer: ${maintainer}`,
        'Architecture: amd64',
        `Version: ${p.version}`,
        `Description: ${p.description ?? `${p.name} package`}`,
        '',
      ].join('\n'),
    )
    .join('\n');
}
