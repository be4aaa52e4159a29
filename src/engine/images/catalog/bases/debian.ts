// Debian base layers (debuerreotype rootfs): bookworm, bookworm-slim, stretch. Shared by every image
// built FROM them, so a pull after `debian:bookworm` shows `Already exists`.

import { debs, type DebPackage } from '../distro/common';
import { debianEntries, debianFill, type DebianFlavour } from '../distro/debian';
import type { HistoryStep, LayerSpec } from '../types';
import { dir, link } from '../files';

export const BOOKWORM_CREATED = '2025-06-10T00:00:00Z';
const SERIAL = '@1749513600';
const DEBIAN_MAINT = 'Debian';

const BOOKWORM_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const STRETCH_RELEASE = `PRETTY_NAME="Debian GNU/Linux 9 (stretch)"
NAME="Debian GNU/Linux"
VERSION_ID="9"
VERSION="9 (stretch)"
VERSION_CODENAME=stretch
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

export const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

const BOOKWORM_PKGS: DebPackage[] = debs(`adduser=3.134 apt=2.6.1 base-files=12.4+deb12u11
  base-passwd=3.6.1 bash=5.2.15-2+b8 bsdutils=1:2.38.1-5+deb12u3 coreutils=9.1-1 dash=0.5.12-2
  debconf=1.5.82 debian-archive-keyring=2023.3+deb12u2 debianutils=5.7-0.5~deb12u1
  diffutils=1:3.8-4 dpkg=1.21.22 e2fsprogs=1.47.0-2 findutils=4.9.0-4 gcc-12-base=12.2.0-14+deb12u1
  gpgv=2.2.40-1.1 grep=3.8-5 gzip=1.12-1 hostname=3.23+nmu1 init-system-helpers=1.65.2
  libacl1=2.3.1-3 libapt-pkg6.0=2.6.1 libattr1=1:2.5.1-4 libaudit-common=1:3.0.9-1
  libaudit1=1:3.0.9-1 libblkid1=2.38.1-5+deb12u3 libbz2-1.0=1.0.8-5+b1 libc-bin=2.36-9+deb12u10
  libc6=2.36-9+deb12u10 libcap-ng0=0.8.3-1+b3 libcap2=1:2.66-4+deb12u1 libcom-err2=1.47.0-2
  libcrypt1=1:4.4.33-2 libdb5.3=5.3.28+dfsg2-1 libdebconfclient0=0.270 libext2fs2=1.47.0-2
  libffi8=3.4.4-1 libgcc-s1=12.2.0-14+deb12u1 libgcrypt20=1.10.1-3 libgmp10=2:6.2.1+dfsg1-1.1
  libgnutls30=3.7.9-2+deb12u4 libgpg-error0=1.46-1 libhogweed6=3.8.1-2 libidn2-0=2.3.3-1+b1
  liblz4-1=1.9.4-1 liblzma5=5.4.1-1 libmd0=1.0.4-2 libmount1=2.38.1-5+deb12u3 libnettle8=3.8.1-2
  libp11-kit0=0.24.1-2 libpam-modules=1.5.2-6+deb12u1 libpam-modules-bin=1.5.2-6+deb12u1
  libpam-runtime=1.5.2-6+deb12u1 libpam0g=1.5.2-6+deb12u1 libpcre2-8-0=10.42-1
  libseccomp2=2.5.4-1+deb12u1 libselinux1=3.4-1+b6 libsemanage-common=3.4-1 libsemanage2=3.4-1+b5
  libsepol2=3.4-2.1 libsmartcols1=2.38.1-5+deb12u3 libss2=1.47.0-2 libstdc++6=12.2.0-14+deb12u1
  libsystemd0=252.38-1~deb12u1 libtasn1-6=4.19.0-2+deb12u1 libtinfo6=6.4-4 libudev1=252.38-1~deb12u1
  libunistring2=1.0-2 libuuid1=2.38.1-5+deb12u3 libxxhash0=0.8.1-1 libzstd1=1.5.4+dfsg2-5
  login=1:4.13+dfsg1-1+deb12u1 logsave=1.47.0-2 mawk=1.3.4.20200120-3.1 mount=2.38.1-5+deb12u3
  ncurses-base=6.4-4 ncurses-bin=6.4-4 passwd=1:4.13+dfsg1-1+deb12u1 perl-base=5.36.0-7+deb12u2
  sed=4.9-1 sysvinit-utils=3.06-4 tar=1.34+dfsg-1.2+deb12u1 tzdata=2025b-0+deb12u1
  usr-is-merged=37~deb12u1 util-linux=2.38.1-5+deb12u3 util-linux-extra=2.38.1-5+deb12u3
  zlib1g=1:1.2.13.dfsg-1`);

const bookworm: DebianFlavour = {
  salt: 'debian-12',
  osRelease: BOOKWORM_RELEASE,
  debianVersion: '12.11',
  passwd: DEBIAN_PASSWD,
  group: DEBIAN_GROUP,
  packages: BOOKWORM_PKGS,
  maintainer: 'Debian Maintainers <debian-devel@lists.debian.org>',
  mergedUsr: true,
};

/** debian:bookworm: 117MB, one layer. */
export const BOOKWORM_LAYER: LayerSpec = {
  key: 'debian:bookworm',
  entries: debianEntries(bookworm),
  fill: debianFill(bookworm),
  size: 116_540_000,
  compression: 0.41,
};

/** debian:bookworm-slim (the base of nginx, httpd, redis): 74.8MB. */
export const BOOKWORM_SLIM_LAYER: LayerSpec = {
  key: 'debian:bookworm-slim',
  entries: debianEntries({ ...bookworm, slim: true }),
  fill: debianFill({ ...bookworm, slim: true }),
  size: 74_780_000,
  compression: 0.38,
};

/** The one history entry of a debuerreotype image (full and slim come from the same run). */
export const debianStep = (layer: LayerSpec): HistoryStep => ({
  created: BOOKWORM_CREATED,
  createdBy: `# debian.sh --arch 'amd64' out/ 'bookworm' '${SERIAL}'`,
  comment: 'debuerreotype 0.15',
  layer,
});

const stretch: DebianFlavour = {
  salt: 'debian-9',
  osRelease: STRETCH_RELEASE,
  debianVersion: '9.13',
  passwd: DEBIAN_PASSWD.replace('_apt:x:42:', '_apt:x:100:').replace(
    'irc:x:39:39:ircd:/run/ircd',
    'irc:x:39:39:ircd:/var/run/ircd',
  ),
  group: DEBIAN_GROUP,
  packages: debs(`adduser=3.115 apt=1.4.11 base-files=9.9+deb9u13 base-passwd=3.5.43 bash=4.4-5
    bsdutils=1:2.29.2-1+deb9u1 coreutils=8.26-3 dash=0.5.8-2.4 debconf=1.5.61 debianutils=4.8.1.1
    diffutils=1:3.5-3 dpkg=1.18.26 e2fsprogs=1.43.4-2+deb9u2 findutils=4.6.0+git+20161106-2
    gpgv=2.1.18-8~deb9u4 grep=2.27-2 gzip=1.6-5+deb9u1 hostname=3.18+b1 libc-bin=2.24-11+deb9u4
    libc6=2.24-11+deb9u4 login=1:4.4-4.1+deb9u1 mawk=1.3.3-17+b3 mount=2.29.2-1+deb9u1
    ncurses-base=6.0+20161126-1+deb9u2 passwd=1:4.4-4.1+deb9u1 perl-base=5.24.1-3+deb9u7
    sed=4.4-1 tar=1.29b-1.1+deb9u1 tzdata=2021a-0+deb9u1 util-linux=2.29.2-1+deb9u1
    zlib1g=1:1.2.8.dfsg-5+deb9u1`),
  maintainer: DEBIAN_MAINT,
  mergedUsr: false,
  bashSize: 1_099_016,
  libcSize: 1_689_360,
};

/** debian:stretch (9.13, end of life): 101MB, classic /bin and /lib. */
export const STRETCH_LAYER: LayerSpec = {
  key: 'debian:stretch',
  entries: debianEntries(stretch),
  fill: debianFill(stretch),
  size: 101_200_000,
  compression: 0.45,
};

export const usrMergedMarkers = [
  dir('/bin.usr-is-merged'),
  dir('/lib.usr-is-merged'),
  dir('/sbin.usr-is-merged'),
];
export const lib32Links = [link('/lib32', 'usr/lib32'), link('/libx32', 'usr/libx32')];
