// Ubuntu base layers (the cloud-image rootfs Canonical publishes): 22.04 jammy, 24.04 noble.

import { debs } from '../distro/common';
import { debianEntries, debianFill, type DebianFlavour } from '../distro/debian';
import type { HistoryStep, LayerSpec } from '../types';
import { DEBIAN_GROUP, DEBIAN_PASSWD, lib32Links, usrMergedMarkers } from './debian';

const release = (version: string, codename: string, name: string, logo: boolean): string =>
  `PRETTY_NAME="Ubuntu ${version} LTS"
NAME="Ubuntu"
VERSION_ID="${version.slice(0, 5)}"
VERSION="${version} LTS (${name})"
VERSION_CODENAME=${codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${codename}
${logo ? 'LOGO=ubuntu-logo\n' : ''}`;

const UBUNTU_PASSWD = DEBIAN_PASSWD.replace(
  'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\n',
  'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\ngnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n',
).replace('_apt:x:42:', '_apt:x:100:');

const PKGS = (v: Record<string, string>) =>
  debs(
    Object.entries(v)
      .map(([k, x]) => `${k}=${x}`)
      .join(' '),
  );

const jammy: DebianFlavour = {
  salt: 'ubuntu-22.04',
  osRelease: release('22.04.5', 'jammy', 'Jammy Jellyfish', false),
  debianVersion: 'bookworm/sid',
  passwd: UBUNTU_PASSWD,
  group: DEBIAN_GROUP,
  packages: PKGS({
    adduser: '3.118ubuntu5',
    apt: '2.4.14',
    'base-files': '12ubuntu4.7',
    'base-passwd': '3.5.52build1',
    bash: '5.1-6ubuntu1.1',
    bsdutils: '1:2.37.2-4ubuntu3.4',
    coreutils: '8.32-4.1ubuntu1.2',
    dash: '0.5.11+git20210903+057cd650a4ed-3build1',
    debconf: '1.5.79ubuntu1',
    debianutils: '5.5-1ubuntu2',
    diffutils: '1:3.8-0ubuntu2',
    dpkg: '1.21.1ubuntu2.3',
    e2fsprogs: '1.46.5-2ubuntu1.2',
    findutils: '4.8.0-1ubuntu3',
    gpgv: '2.2.27-3ubuntu2.1',
    grep: '3.7-1build1',
    gzip: '1.10-4ubuntu4.1',
    hostname: '3.23ubuntu2',
    libc6: '2.35-0ubuntu3.9',
    'libc-bin': '2.35-0ubuntu3.9',
    'libstdc++6': '12.3.0-1ubuntu1~22.04',
    login: '1:4.8.1-2ubuntu2.2',
    mawk: '1.3.4.20200120-3',
    mount: '2.37.2-4ubuntu3.4',
    'ncurses-base': '6.3-2ubuntu0.1',
    passwd: '1:4.8.1-2ubuntu2.2',
    'perl-base': '5.34.0-3ubuntu1.4',
    sed: '4.8-1ubuntu2',
    tar: '1.34+dfsg-1ubuntu0.1.22.04.2',
    'ubuntu-keyring': '2021.03.26',
    'util-linux': '2.37.2-4ubuntu3.4',
    zlib1g: '1:1.2.11.dfsg-2ubuntu9.2',
  }),
  maintainer: 'Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>',
  mergedUsr: true,
  extraTop: lib32Links,
  slim: true,
  bashSize: 1_396_520,
  libcSize: 2_220_400,
};

const noble: DebianFlavour = {
  ...jammy,
  salt: 'ubuntu-24.04',
  osRelease: release('24.04.2', 'noble', 'Noble Numbat', true),
  debianVersion: 'trixie/sid',
  passwd: `${UBUNTU_PASSWD}ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n`,
  group: `${DEBIAN_GROUP}ubuntu:x:1000:\n`,
  packages: PKGS({
    apt: '2.7.14build2',
    'base-files': '13ubuntu10.2',
    bash: '5.2.21-2ubuntu4',
    coreutils: '9.4-3ubuntu6',
    dash: '0.5.12-6ubuntu5',
    dpkg: '1.22.6ubuntu6.1',
    findutils: '4.9.0-5build1',
    grep: '3.11-4build1',
    gzip: '1.12-1ubuntu3.1',
    libc6: '2.39-0ubuntu8.4',
    'libc-bin': '2.39-0ubuntu8.4',
    login: '1:4.13+dfsg1-4ubuntu3.2',
    mawk: '1.3.4.20240123-1build1',
    'perl-base': '5.38.2-3.2ubuntu0.1',
    sed: '4.9-2build1',
    tar: '1.35+dfsg-3build1',
    'util-linux': '2.39.3-9ubuntu6.2',
    zlib1g: '1:1.3.dfsg-3.1ubuntu2.1',
  }),
  extraTop: usrMergedMarkers,
  bashSize: 1_446_024,
  libcSize: 2_125_328,
};

export const JAMMY_LAYER: LayerSpec = {
  key: 'ubuntu:22.04',
  entries: debianEntries(jammy),
  fill: debianFill(jammy),
  size: 77_860_000,
  compression: 0.38,
};

export const NOBLE_LAYER: LayerSpec = {
  key: 'ubuntu:24.04',
  entries: debianEntries(noble),
  fill: debianFill(noble),
  size: 78_130_000,
  compression: 0.38,
};

/** The history Ubuntu's images carry (legacy builder; ARG/LABEL lines, then ADD and CMD). */
export function ubuntuSteps(
  version: string,
  created: string,
  layer: LayerSpec,
  file: string,
): HistoryStep[] {
  const t = (ms: number) =>
    created.replace(
      /\.(\d+)Z$/,
      (_, f: string) => `.${String(Number(f) + ms).padStart(f.length, '0')}Z`,
    );
  return [
    { created: t(0), createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
    { created: t(1), createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
    {
      created: t(2),
      createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
    },
    {
      created: t(3),
      createdBy: `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${version}`,
    },
    { created: t(4), createdBy: `/bin/sh -c #(nop) ADD file:${file} in / `, layer },
    { created: t(5), createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ];
}
