// The RHEL family (CentOS 7 and 8): merged /usr, bash as /bin/sh, coreutils, yum and the rpm
// database under /var/lib/rpm (Berkeley DB files: binary, so blobs).

import type { LayerEntrySpec } from '../../../storage';
import { bin, bins, link, text, words } from '../files';
import { COREUTILS, COREUTILS_SIZES, HOSTS, topLevel } from './common';

export const CENTOS_PASSWD = `root:x:0:0:root:/root:/bin/bash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
adm:x:3:4:adm:/var/adm:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
operator:x:11:0:operator:/root:/sbin/nologin
games:x:12:100:games:/usr/games:/sbin/nologin
ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin
nobody:x:99:99:Nobody:/:/sbin/nologin
systemd-network:x:192:192:systemd Network Management:/:/sbin/nologin
dbus:x:81:81:System message bus:/:/sbin/nologin
`;

export const CENTOS_GROUP = `root:x:0:
bin:x:1:
daemon:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mem:x:8:
kmem:x:9:
wheel:x:10:
cdrom:x:11:
mail:x:12:
man:x:15:
dialout:x:18:
floppy:x:19:
games:x:20:
tape:x:33:
video:x:39:
ftp:x:50:
lock:x:54:
audio:x:63:
nobody:x:99:
users:x:100:
utmp:x:22:
utempter:x:35:
input:x:999:
systemd-journal:x:190:
systemd-network:x:192:
dbus:x:81:
`;

const RPM_DB = words(`Basenames Conflictname Dirnames Group Installtid Name Obsoletename
  Packages Providename Requirename Sha1header Sigmd5 Triggername __db.001 __db.002 __db.003`);

const OTHER = words(`yum rpm rpm2cpio rpmquery rpmverify python2.7 grep egrep fgrep sed gawk tar
  gzip gunzip zcat find xargs diff cmp vi login su passwd mount umount hostname which more less
  curl openssl gpg ps kill uptime top free watch pgrep pkill ldd iconv locale getent bzip2 xz
  systemctl journalctl loginctl hostnamectl timedatectl localectl`);

export interface CentosRelease {
  readonly salt: string;
  readonly osRelease: string;
  readonly centosRelease: string;
}

export function centosEntries(r: CentosRelease): LayerEntrySpec[] {
  const s = r.salt;
  return [
    ...topLevel(true),
    text('/anaconda-post.log', '[anaconda post-install]\nCleaning up...\n'),
    text('/etc/os-release', r.osRelease),
    text('/etc/centos-release', `${r.centosRelease}\n`),
    link('/etc/redhat-release', 'centos-release'),
    link('/etc/system-release', 'centos-release'),
    text('/etc/passwd', CENTOS_PASSWD),
    text('/etc/group', CENTOS_GROUP),
    text(
      '/etc/shadow',
      CENTOS_PASSWD.split('\n')
        .filter(Boolean)
        .map((l) => `${l.split(':')[0]}:*:18358:0:99999:7:::`)
        .join('\n') + '\n',
      0o000,
    ),
    text('/etc/hosts', HOSTS.split('\n').slice(0, 2).join('\n') + '\n'),
    text('/etc/hostname', ''),
    text(
      '/etc/yum.conf',
      '[main]\ncachedir=/var/cache/yum/$basearch/$releasever\nkeepcache=0\ndebuglevel=2\nlogfile=/var/log/yum.log\nexactarch=1\nobsoletes=1\ngpgcheck=1\nplugins=1\ninstallonly_limit=5\n',
    ),
    bin(s, '/usr/bin/bash', 964_536),
    link('/usr/bin/sh', 'bash'),
    ...bins(s, '/usr/bin', COREUTILS, COREUTILS_SIZES, 27_000, 90_000),
    ...bins(s, '/usr/bin', OTHER, {
      yum: 801,
      python2: 7_144,
      'python2.7': 7_144,
      rpm: 12_696,
      vi: 928_888,
      curl: 156_312,
    }),
    ...RPM_DB.map((f) =>
      bin(
        s,
        `/var/lib/rpm/${f}`,
        f === 'Packages' ? 15_904_768 : f.startsWith('__db') ? 245_760 : 180_224,
        0o644,
      ),
    ),
    bin(s, '/usr/lib64/libc-2.17.so', 2_156_592),
    link('/usr/lib64/libc.so.6', 'libc-2.17.so'),
    bin(s, '/usr/lib64/ld-2.17.so', 163_400),
    link('/usr/lib64/ld-linux-x86-64.so.2', 'ld-2.17.so'),
  ];
}

export const centosFill = (): string[] => {
  const out: string[] = [];
  for (const l of words(`libpython2.7.so.1.0 libcrypto.so.1.0.2k libssl.so.1.0.2k libdb-5.3.so
    libsqlite3.so.0.8.6 libglib-2.0.so.0.5600.1 libstdc++.so.6.0.19 libsystemd.so.0.6.0
    libnss3.so libsoftokn3.so libfreeblpriv3.so libkrb5.so.3.3 libgcrypt.so.11.8.2 libcurl.so.4.3.0
    libxml2.so.2.9.1 libpcre.so.1.2.0 libselinux.so.1 libz.so.1.2.7 liblzma.so.5.2.2 libm-2.17.so
    libpthread-2.17.so libresolv-2.17.so libgio-2.0.so.0.5600.1 librpm.so.3.2.2 libpopt.so.0.0.0`))
    out.push(`/usr/lib64/${l}`);
  for (const m of words('yum rpm urlgrabber sqlitecachec iniparse pycurl gpgme yum-plugins'))
    out.push(
      `/usr/lib/python2.7/site-packages/${m}/__init__.pyc`,
      `/usr/lib/python2.7/site-packages/${m}/misc.pyc`,
    );
  for (const p of words('os.pyc re.pyc json/__init__.pyc encodings/utf_8.pyc subprocess.pyc'))
    out.push(`/usr/lib64/python2.7/${p}`);
  for (const l of words('de es fr ja zh_CN zh_TW'))
    out.push(`/usr/share/locale/${l}/LC_MESSAGES/yum.mo`);
  out.push(
    '/usr/lib/locale/locale-archive',
    '/etc/pki/tls/certs/ca-bundle.crt',
    '/usr/share/zoneinfo/zone.tab',
  );
  return out;
};
