// The Debian family (Debian and Ubuntu): a rootfs layer as debuerreotype / Ubuntu's cloud images
// build it — merged /usr, dash as /bin/sh, bash, coreutils, apt and dpkg with its status file.

import type { LayerEntrySpec } from '../../../storage';
import { bin, bins, text, link, words } from '../files';
import { COREUTILS, COREUTILS_SIZES, dpkgStatus, HOSTS, topLevel, type DebPackage } from './common';

export interface DebianFlavour {
  /** Distinguishes binaries of different releases (blob digests). */
  readonly salt: string;
  readonly osRelease: string;
  /** /etc/debian_version. */
  readonly debianVersion: string;
  readonly passwd: string;
  readonly group: string;
  readonly packages: readonly DebPackage[];
  readonly maintainer: string;
  readonly mergedUsr: boolean;
  /** Extra top-level entries (`lib32`, `bin.usr-is-merged/`…). */
  readonly extraTop?: readonly LayerEntrySpec[];
  /** Slim images drop docs, man pages and locales. */
  readonly slim?: boolean;
  readonly bashSize?: number;
  readonly libcSize?: number;
}

const OTHER_BINS = words(`apt apt-cache apt-cdrom apt-config apt-get apt-key apt-mark dpkg dpkg-deb
  dpkg-divert dpkg-maintscript-helper dpkg-query dpkg-realpath dpkg-split dpkg-statoverride
  dpkg-trigger find xargs grep sed tar gzip diff cmp diff3 sdiff mawk perl login su passwd chage
  chfn chsh expiry gpasswd newgrp mount umount findmnt lsblk more hostname which tempfile run-parts
  savelog ischroot debconf zcat zgrep zless zmore gunzip uncompress bzip2 xz lzma tic tput tset
  clear infocmp toe getconf ldd iconv locale localedef getent catchsegv pldd tzselect touch kill
  uptime? script scriptreplay setsid flock ionice taskset renice logger lscpu lsipc lslocks
  mesg nsenter prlimit rev setarch unshare whereis wall`).filter((w) => !w.endsWith('?'));

const SBINS = words(`adduser addgroup deluser delgroup useradd userdel usermod groupadd groupdel
  groupmod chpasswd chgpasswd pwck grpck vipw nologin ldconfig start-stop-daemon agetty blkid
  fsck mkfs mke2fs e2fsck tune2fs debugfs losetup swapon swapoff pivot_root switch_root
  fstrim hwclock killall5 pam_tally2 shadowconfig update-passwd installkernel`);

const LIBS = words(`libacl.so.1.1.2301 libapt-pkg.so.6.0.0 libattr.so.1.1.2501 libaudit.so.1.0.0
  libblkid.so.1.1.0 libbz2.so.1.0.4 libcap-ng.so.0.0.0 libcap.so.2.66 libcom_err.so.2.1
  libcrypt.so.1.1.0 libdb-5.3.so libdebconfclient.so.0.0.0 libe2p.so.2.3 libext2fs.so.2.4
  libffi.so.8.1.2 libgcc_s.so.1 libgcrypt.so.20.4.1 libgmp.so.10.4.1 libgnutls.so.30.34.3
  libgpg-error.so.0.33.1 libhogweed.so.6.6 libidn2.so.0.3.8 liblz4.so.1.9.4 liblzma.so.5.4.1
  libmd.so.0.0.5 libmount.so.1.1.0 libnettle.so.8.6 libp11-kit.so.0.3.0 libpam.so.0.85.1
  libpam_misc.so.0.82.1 libpcre2-8.so.0.11.2 libseccomp.so.2.5.4 libselinux.so.1
  libsemanage.so.2 libsepol.so.2 libsmartcols.so.1.1.0 libss.so.2.0 libstdc++.so.6.0.30
  libsystemd.so.0.35.0 libtasn1.so.6.6.3 libtinfo.so.6.4 libudev.so.1.7.5 libunistring.so.2.2.0
  libuuid.so.1.3.0 libxxhash.so.0.8.1 libzstd.so.1.5.4 libz.so.1.2.13 libm.so.6 libresolv.so.2
  libpthread.so.0 libdl.so.2 librt.so.1 libnss_files.so.2 libnss_dns.so.2 libutil.so.1
  libanl.so.1 libmvec.so.1 libBrokenLocale.so.1 libc_malloc_debug.so.0 libthread_db.so.1`);

const GCONV = words(`IBM037 IBM1047 ISO8859-1 ISO8859-15 ISO8859-2 UTF-16 UTF-32 UTF-7 CP1252
  CP1251 EUC-JP EUC-KR EUC-CN GBK BIG5 SJIS KOI8-R UNICODE libGB libJIS libKSC gconv-modules.cache`);

/** The rootfs layer's named files. */
export function debianEntries(f: DebianFlavour): () => LayerEntrySpec[] {
  return () => {
    const s = f.salt;
    const libdir = f.mergedUsr ? '/usr/lib/x86_64-linux-gnu' : '/lib/x86_64-linux-gnu';
    const bindir = f.mergedUsr ? '/usr/bin' : '/bin';
    return [
      ...topLevel(f.mergedUsr),
      ...(f.extraTop ?? []),
      text('/usr/lib/os-release', f.osRelease),
      link('/etc/os-release', '../usr/lib/os-release'),
      text('/etc/debian_version', `${f.debianVersion}\n`),
      text('/etc/passwd', f.passwd),
      text('/etc/group', f.group),
      text('/etc/shadow', shadowOf(f.passwd), 0o640),
      text('/etc/hosts', HOSTS),
      text('/etc/hostname', ''),
      text('/etc/issue', `${prettyName(f.osRelease)} \\n \\l\n\n`),
      text(
        '/etc/shells',
        '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n',
      ),
      text('/etc/bash.bashrc', BASHRC),
      text('/root/.bashrc', ROOT_BASHRC),
      text(
        '/root/.profile',
        '# ~/.profile: executed by Bourne-compatible login shells.\n\nif [ "$BASH" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\n\nmesg n 2> /dev/null || true\n',
      ),
      aptSources(f.osRelease),
      text('/etc/apt/apt.conf.d/docker-clean', DOCKER_CLEAN),
      text('/var/lib/dpkg/status', dpkgStatus(f.packages, f.maintainer)),
      bin(s, `${bindir}/bash`, f.bashSize ?? 1_265_648),
      bin(s, `${bindir}/dash`, 125_640),
      link(`${bindir}/sh`, 'dash'),
      link(`${bindir}/rbash`, 'bash'),
      ...bins(s, f.mergedUsr ? '/usr/bin' : '/bin', COREUTILS, COREUTILS_SIZES, 27_000, 90_000),
      ...bins(s, '/usr/bin', OTHER_BINS, {
        perl: 3_963_360,
        apt: 18_824,
        'apt-get': 22_920,
        dpkg: 309_872,
      }),
      ...bins(s, f.mergedUsr ? '/usr/sbin' : '/sbin', SBINS),
      bin(s, `${libdir}/libc.so.6`, f.libcSize ?? 1_922_136),
      bin(s, `${libdir}/ld-linux-x86-64.so.2`, 210_968),
      link(
        `${f.mergedUsr ? '/usr' : ''}/lib64/ld-linux-x86-64.so.2`,
        '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2',
      ),
    ];
  };
}

/** Filler paths: libraries, gconv modules, docs per package, locales (not on slim). */
export function debianFill(f: DebianFlavour): () => string[] {
  return () => {
    const libdir = f.mergedUsr ? '/usr/lib/x86_64-linux-gnu' : '/lib/x86_64-linux-gnu';
    const out = LIBS.map((l) => `${libdir}/${l}`);
    for (const g of GCONV)
      out.push(`/usr/lib/x86_64-linux-gnu/gconv/${g}${g.endsWith('cache') ? '' : '.so'}`);
    for (const p of f.packages) {
      out.push(`/var/lib/dpkg/info/${p.name}.list`, `/var/lib/dpkg/info/${p.name}.md5sums`);
      if (!f.slim)
        out.push(
          `/usr/share/doc/${p.name}/copyright`,
          `/usr/share/doc/${p.name}/changelog.Debian.gz`,
        );
    }
    for (const m of words(
      'perl5/Config.pm perl5/strict.pm perl5/warnings.pm perl5/File/Spec.pm perl5/POSIX.pm perl5/Carp.pm perl5/Exporter.pm perl5/IO/File.pm',
    ))
      out.push(`/usr/lib/x86_64-linux-gnu/${m}`);
    for (const z of words('Africa America Asia Australia Europe Pacific Etc'))
      out.push(`/usr/share/zoneinfo/${z}.tzdata`);
    out.push(
      '/var/cache/debconf/templates.dat',
      '/var/lib/apt/extended_states',
      '/usr/share/common-licenses/GPL-3',
    );
    if (!f.slim)
      for (const l of words('de es fr it ja pt_BR ru zh_CN zh_TW'))
        out.push(
          `/usr/share/locale/${l}/LC_MESSAGES/dpkg.mo`,
          `/usr/share/man/${l}/man1/dpkg.1.gz`,
        );
    return out;
  };
}

/**
 * What the official Debian and Ubuntu images add so that `apt-get install` in a build step
 * leaves no downloaded .deb files or package caches in the layer (debuerreotype's docker-clean;
 * the packages program honours it). Without it every install would cost its archives twice.
 */
const DOCKER_CLEAN = `# Since for most Docker users, package installs happen in "docker build" steps,
# they essentially become individual layers due to the way Docker handles
# layering, especially using CoW filesystems.  What this means for us is that
# the caches that APT keeps end up just wasting space in those layers, making
# our layers unnecessarily large (especially since we'll normally never use
# these caches again and will instead just "docker build" again and make a brand
# new image).

# Ideally, these would just be invoking "apt-get clean", but in our testing,
# that ended up being cyclic and we got stuck on APT's lock, so we get this fun
# creation that's essentially just "apt-get clean".
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };

Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";

# Note that we do realize this isn't the ideal way to do this, and are always
# open to better suggestions (https://github.com/debuerreotype/debuerreotype/issues).
`;

/** APT's source list as each release ships it. */
function aptSources(osRelease: string): LayerEntrySpec {
  const codename = /VERSION_CODENAME=(\w+)/.exec(osRelease)?.[1] ?? 'stable';
  if (/^ID=ubuntu$/m.test(osRelease)) {
    const u = 'http://archive.ubuntu.com/ubuntu/';
    return text(
      '/etc/apt/sources.list',
      `# See http://help.ubuntu.com/community/UpgradeNotes for how to upgrade to\n# newer versions of the distribution.\ndeb ${u} ${codename} main restricted\ndeb ${u} ${codename}-updates main restricted\ndeb ${u} ${codename} universe\ndeb ${u} ${codename}-updates universe\ndeb http://security.ubuntu.com/ubuntu/ ${codename}-security main restricted\n`,
    );
  }
  if (codename === 'stretch')
    return text(
      '/etc/apt/sources.list',
      'deb http://archive.debian.org/debian stretch main\ndeb http://archive.debian.org/debian-security stretch/updates main\n',
    );
  return text(
    '/etc/apt/sources.list.d/debian.sources',
    `Types: deb\nURIs: http://deb.debian.org/debian\nSuites: ${codename} ${codename}-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\nURIs: http://deb.debian.org/debian-security\nSuites: ${codename}-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
  );
}

function prettyName(osRelease: string): string {
  return /PRETTY_NAME="([^"]*)"/.exec(osRelease)?.[1] ?? 'Linux';
}

function shadowOf(passwd: string): string {
  return passwd
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '*' : '*'}:20000:0:99999:7:::`)
    .join('\n')
    .concat('\n');
}

const BASHRC = `# System-wide .bashrc file for interactive bash(1) shells.

# If not running interactively, don't do anything
[ -z "$PS1" ] && return

# check the window size after each command and, if necessary,
# update the values of LINES and COLUMNS.
shopt -s checkwinsize

# set a fancy prompt (non-color, overwrite the one in /etc/profile)
PS1='\${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '
`;

const ROOT_BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.

# Note: PS1 and umask are already set in /etc/profile. You should not
# need this unless you want different defaults for root.
# PS1='\${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '
# umask 022

# You may uncomment the following lines if you want \`ls' to be colorized:
# export LS_OPTIONS='--color=auto'
# eval "$(dircolors)"
# alias ls='ls $LS_OPTIONS'
# alias ll='ls $LS_OPTIONS -l'
# alias l='ls $LS_OPTIONS -lA'
#
# Some more alias to avoid making mistakes:
# alias rm='rm -i'
# alias cp='cp -i'
# alias mv='mv -i'
`;
