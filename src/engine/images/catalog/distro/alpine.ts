// The Alpine family: musl, busybox with its applets as symlinks, apk and /lib/apk/db/installed.

import type { LayerEntrySpec } from '../../../storage';
import { bin, link, text, words } from '../files';
import { HOSTS, topLevel } from './common';

export const BIN_APPLETS =
  words(`arch ash base64 bbconfig cat chattr chgrp chmod chown cp date dd df
  dmesg dnsdomainname dumpkmap echo egrep false fatattr fdflush fgrep fsync getopt grep gunzip gzip
  hostname ionice iostat ipcalc kbd_mode kill link linux32 linux64 ln login ls lsattr lzop makemime
  mkdir mknod mktemp more mount mountpoint mpstat mv netstat nice pidof ping ping6 pipe_progress
  printenv ps pwd reformime rev rm rmdir run-parts sed setpriv setserial sh sleep stat stty su sync
  tar touch true umount uname usleep watch zcat`);

export const USR_BIN_APPLETS =
  words(`[ [[ awk basename bc beep blkdiscard bunzip2 bzcat bzip2 cal chvt
  cksum clear cmp comm cpio crontab cryptpw cut dc deallocvt diff dirname dos2unix du eject env expand
  expr factor fallocate find flock fold free fuser getent groups hd head hexdump hostid iconv id install
  ipcrm ipcs killall last less logger lsof lsusb lzcat lzma lzopcat md5sum mesg microcom mkfifo
  mkpasswd nc nl nmeter nohup nproc nsenter nslookup od openvt paste pgrep pkill pmap printf pscan
  pstree pwdx readlink realpath renice reset resize seq setkeycodes setsid sha1sum sha256sum sha3sum
  sha512sum showkey shred shuf sort split strings sum tac tail tee test time timeout top tr traceroute
  tree truncate tty ttysize udhcpc6 unexpand uniq unix2dos unlink unlzma unlzop unshare unxz unzip
  uptime uudecode uuencode vi vlock volname wc wget which who whoami whois xargs xxd xzcat yes`);

export const SBIN_APPLETS = words(`acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs
  fsck fstrim getty halt hwclock ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr
  iplink ipneigh iproute iprule iptunnel klogd ldconfig loadkmap logread losetup lsmod mdev
  mkdosfs mkfs.vfat mkswap modinfo modprobe nameif nologin pivot_root poweroff raidautorun reboot
  rmmod route setconsole slattach swapoff swapon switch_root sysctl syslogd tunctl udhcpc vconfig
  watchdog`);

export const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

export const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
console:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
cdrom:x:24:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

interface Apk {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly license: string;
}

function apkInstalled(pkgs: readonly Apk[]): string {
  return pkgs
    .map((p) =>
      [
        `C:Q1${btoaLike(`${p.name}${p.version}`)}=`,
        `P:${p.name}`,
        `V:${p.version}`,
        'A:x86_64',
        `S:${1000 + ((p.name.length * 7919) % 900_000)}`,
        `I:${4096 + ((p.name.length * 104_729) % 4_000_000)}`,
        `T:${p.description}`,
        'U:https://alpinelinux.org',
        `L:${p.license}`,
        `o:${p.name}`,
        'm:Natanael Copa <ncopa@alpinelinux.org>',
        '',
      ].join('\n'),
    )
    .join('\n');
}

/** 27 base64-ish characters, deterministic (apk's checksum field shape). */
function btoaLike(s: string): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let h = 2166136261;
  let out = '';
  for (let i = 0; i < 27; i++) {
    h = Math.imul(h ^ s.charCodeAt(i % s.length) ^ i, 16777619) >>> 0;
    out += A[h % 64];
  }
  return out;
}

export interface AlpineRelease {
  readonly version: string; // 3.21.3
  readonly packages: string; // "name=version ..."
}

const DESCRIPTIONS: Readonly<Record<string, [string, string]>> = {
  musl: ['the musl c library (libc) implementation', 'MIT'],
  busybox: ['Size optimized toolbox of many common UNIX utilities', 'GPL-2.0-only'],
  'alpine-baselayout': ['Alpine base dir structure and init scripts', 'GPL-2.0-only'],
  'apk-tools': ['Alpine Package Keeper - package manager for alpine', 'GPL-2.0-only'],
  'ca-certificates-bundle': ['Pre generated bundle of Mozilla certificates', 'MPL-2.0 AND MIT'],
  libcrypto3: ['Crypto library from openssl', 'Apache-2.0'],
  libssl3: ['SSL shared libraries', 'Apache-2.0'],
  zlib: ['A compression/decompression Library', 'Zlib'],
};

export function alpineEntries(r: AlpineRelease): LayerEntrySpec[] {
  const salt = `alpine-${r.version}`;
  const minor = r.version.split('.').slice(0, 2).join('.');
  const pkgs: Apk[] = words(r.packages).map((w) => {
    const [name, version] = w.split('=') as [string, string];
    const [description, license] = DESCRIPTIONS[name] ?? [`${name} package`, 'MIT'];
    return { name, version, description, license };
  });
  return [
    ...topLevel(
      false,
      ['lib/apk/db/', 'etc/apk/', 'usr/local/bin/', 'usr/share/'],
      ['boot', 'lib64'],
    ),
    text(
      '/etc/os-release',
      `NAME="Alpine Linux"
ID=alpine
VERSION_ID=${r.version}
PRETTY_NAME="Alpine Linux v${minor}"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`,
    ),
    link('/usr/lib/os-release', '../../etc/os-release'),
    text('/etc/alpine-release', `${r.version}\n`),
    text('/etc/passwd', ALPINE_PASSWD),
    text('/etc/group', ALPINE_GROUP),
    text(
      '/etc/shadow',
      ALPINE_PASSWD.split('\n')
        .filter(Boolean)
        .map((l) => `${l.split(':')[0]}:${l.startsWith('root') ? '*' : '!'}::0:::::`)
        .join('\n') + '\n',
      0o640,
    ),
    text('/etc/hosts', HOSTS),
    text('/etc/hostname', 'localhost\n'),
    text('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n'),
    text('/etc/issue', `Welcome to Alpine Linux ${minor}\nKernel \\r on \\m (\\l)\n\n`),
    text(
      '/etc/motd',
      'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n',
    ),
    text(
      '/etc/profile',
      'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\nexport PAGER=less\numask 022\n\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n',
    ),
    text(
      '/etc/apk/repositories',
      `https://dl-cdn.alpinelinux.org/alpine/v${minor}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${minor}/community\n`,
    ),
    text(
      '/etc/apk/world',
      'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\nlibssl3\n',
    ),
    text('/lib/apk/db/installed', apkInstalled(pkgs)),
    bin(salt, '/bin/busybox', 808_712),
    ...BIN_APPLETS.map((a) => link(`/bin/${a}`, '/bin/busybox')),
    ...USR_BIN_APPLETS.map((a) => link(`/usr/bin/${a}`, '/bin/busybox')),
    ...SBIN_APPLETS.map((a) => link(`/sbin/${a}`, '/bin/busybox')),
    bin(salt, '/lib/ld-musl-x86_64.so.1', 657_200),
    link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1'),
    bin(salt, '/sbin/apk', 67_888),
    bin(salt, '/usr/bin/getconf', 34_712),
    bin(salt, '/usr/bin/getent', 51_784),
    bin(salt, '/usr/bin/iconv', 22_312),
    bin(salt, '/usr/bin/ldd', 111),
    bin(salt, '/usr/bin/scanelf', 83_328),
    bin(salt, '/usr/bin/ssl_client', 14_240),
  ];
}

export const alpineFill = (): string[] => [
  '/lib/libapk.so.2.14.0',
  '/usr/lib/libcrypto.so.3',
  '/usr/lib/libssl.so.3',
  '/lib/libz.so.1.3.1',
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/ssl/openssl.cnf',
  '/etc/apk/keys/alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub',
  '/etc/apk/keys/alpine-devel@lists.alpinelinux.org-61666e3f.rsa.pub',
  '/usr/lib/engines-3/afalg.so',
  '/usr/lib/engines-3/padlock.so',
  '/usr/lib/ossl-modules/legacy.so',
  '/etc/services',
  '/etc/protocols',
  '/etc/inittab',
  '/etc/securetty',
];
