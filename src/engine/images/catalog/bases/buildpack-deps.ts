// buildpack-deps:bookworm — the three layers python and golang are built on (curl, scm, the full
// toolchain), each on the debian:bookworm layer, so these images share up to four layers.

import { bins, text, words } from '../files';
import type { HistoryStep, LayerSpec } from '../types';
import { BOOKWORM_LAYER, debianStep } from './debian';

const T = '2025-06-10T01:02:03Z';
const SALT = 'buildpack-deps-bookworm';
const libs = (names: string) => words(names).map((n) => `/usr/lib/x86_64-linux-gnu/${n}`);
const docs = (pkgs: string) =>
  words(pkgs).flatMap((p) => [
    `/usr/share/doc/${p}/copyright`,
    `/var/lib/dpkg/info/${p}.list`,
    `/var/lib/dpkg/info/${p}.md5sums`,
  ]);

export const CURL_LAYER: LayerSpec = {
  key: 'buildpack-deps:bookworm-curl',
  entries: () => [
    ...bins(SALT, '/usr/bin', words('curl wget gpg gpgv gpg-agent dirmngr sq openssl'), {
      curl: 276_696,
      wget: 514_008,
      gpg: 1_101_536,
      sq: 11_993_680,
    }),
    text('/etc/ssl/certs/.keep', ''),
  ],
  fill: () => [
    ...libs(
      'libcurl.so.4.8.0 libssl.so.3 libcrypto.so.3 libnghttp2.so.14.24.1 libssh2.so.1.0.1 libldap-2.5.so.0.1.8 libkrb5.so.3.3 libgssapi_krb5.so.2.2 libpsl.so.5.3.4 librtmp.so.1 libsasl2.so.2.0.25 libbrotlicommon.so.1.0.9 libsqlite3.so.0.8.6 libassuan.so.0.8.5 libksba.so.8.14.3 libnpth.so.0.1.2',
    ),
    '/etc/ssl/certs/ca-certificates.crt',
    ...docs('ca-certificates curl gnupg netbase sq wget libcurl4 openssl'),
  ],
  size: 48_480_000,
};

export const SCM_LAYER: LayerSpec = {
  key: 'buildpack-deps:bookworm-scm',
  entries: () =>
    bins(SALT, '/usr/bin', words('git hg svn ssh scp ps top free pgrep pkill watch'), {
      git: 3_846_552,
      ssh: 1_040_984,
    }),
  fill: () => [
    ...libs(
      'libsvn_client-1.so.1.0.0 libsvn_subr-1.so.1.0.0 libsvn_repos-1.so.1.0.0 libapr-1.so.0.7.2 libaprutil-1.so.0.6.3 libserf-1.so.1.3.0 libpython3.11.so.1.0 libperl.so.5.36.0 libprocps.so.8.0.3 liberror-perl.so',
    ),
    ...words(
      'git-core/git-remote-http git-core/git-upload-pack git-core/git-daemon git-core/git-http-backend git-core/git-imap-send',
    ).map((p) => `/usr/lib/${p}`),
    ...words(
      'mercurial/__init__.py mercurial/localrepo.py mercurial/commands.py mercurial/hg.py',
    ).map((p) => `/usr/lib/python3/dist-packages/${p}`),
    ...words(
      'encodings/__init__.py json/__init__.py asyncio/base_events.py email/parser.py http/client.py',
    ).map((p) => `/usr/lib/python3.11/${p}`),
    ...docs(
      'git mercurial openssh-client subversion procps perl python3.11-minimal libpython3.11-stdlib',
    ),
  ],
  size: 177_400_000,
};

export const FULL_LAYER: LayerSpec = {
  key: 'buildpack-deps:bookworm',
  entries: () =>
    bins(
      SALT,
      '/usr/bin',
      words(
        'gcc-12 g++-12 cpp-12 make autoconf automake libtool patch pkg-config file bzip2 xz unzip dpkg-dev',
      ),
      { 'gcc-12': 1_055_744, 'g++-12': 1_059_840, 'cpp-12': 1_055_744, make: 248_584 },
    ),
  fill: () => [
    ...words('cc1 cc1plus collect2 lto1 lto-wrapper liblto_plugin.so').map(
      (p) => `/usr/libexec/gcc/x86_64-linux-gnu/12/${p}`,
    ),
    ...libs(
      'libicuuc.so.72 libicudata.so.72 libicui18n.so.72 libmagickcore-6.q16.so.6 libmagickwand-6.q16.so.6 libgtk-3.so.0 libglib-2.0.so.0 libLLVM-14.so.1 libx265.so.199 libavcodec.so.59 libmysqlclient.so.21 libpq.so.5 libxml2.so.2 libgdk_pixbuf-2.0.so.0 libcairo.so.2 libharfbuzz.so.0 libfreetype.so.6 libjpeg.so.62 libpng16.so.16 libtiff.so.6 libwebp.so.7 libsqlite3.a libssl.a libcrypto.a libz.a libstdc++.so.6.0.30 libasan.so.8 libtsan.so.2 libubsan.so.1 libgfortran.so.5',
    ),
    ...words(
      'stdio.h stdlib.h string.h python3.11/Python.h openssl/ssl.h glib-2.0/glib.h gtk-3.0/gtk/gtk.h mysql/mysql.h postgresql/libpq-fe.h',
    ).map((p) => `/usr/include/${p}`),
    ...docs(
      'gcc-12 g++-12 cpp-12 make autoconf automake libtool patch pkg-config libc6-dev libssl-dev libglib2.0-dev libgtk-3-dev libmagickwand-dev default-libmysqlclient-dev libpq-dev libsqlite3-dev libxml2-dev',
    ),
  ],
  size: 587_300_000,
};

export const BUILDPACK_STEPS: HistoryStep[] = [
  debianStep(BOOKWORM_LAYER),
  {
    created: T,
    createdBy:
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    comment: 'buildkit.dockerfile.v0',
    layer: CURL_LAYER,
  },
  {
    created: T,
    createdBy:
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    comment: 'buildkit.dockerfile.v0',
    layer: SCM_LAYER,
  },
];

export const FULL_STEP: HistoryStep = {
  created: T,
  createdBy:
    'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibglib2.0-dev \t\tlibgmp-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibmaxminddb-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit',
  comment: 'buildkit.dockerfile.v0',
  layer: FULL_LAYER,
};
