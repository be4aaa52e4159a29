// centos: 7 (7.9.2009, 204MB) and latest (= 8, 8.4.2105, 231MB). Both built with the legacy
// builder; CentOS Linux is end-of-life, the tags are frozen.

import { centosEntries, centosFill } from '../distro/rhel';
import type { ImageSpec } from '../types';

const OS7 = `NAME="CentOS Linux"
VERSION="7 (Core)"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="7"
PRETTY_NAME="CentOS Linux 7 (Core)"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:7"
HOME_URL="https://www.centos.org/"
BUG_REPORT_URL="https://bugs.centos.org/"

CENTOS_MANTISBT_PROJECT="CentOS-7"
CENTOS_MANTISBT_PROJECT_VERSION="7"
REDHAT_SUPPORT_PRODUCT="centos"
REDHAT_SUPPORT_PRODUCT_VERSION="7"

`;

const OS8 = `NAME="CentOS Linux"
VERSION="8"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="8"
PLATFORM_ID="platform:el8"
PRETTY_NAME="CentOS Linux 8"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:8"
HOME_URL="https://centos.org/"
BUG_REPORT_URL="https://bugs.centos.org/"
CENTOS_MANTISBT_PROJECT="CentOS-8"
CENTOS_MANTISBT_PROJECT_VERSION="8"
`;

const labels = (date: string, created: string) => ({
  'org.label-schema.build-date': date,
  'org.label-schema.license': 'GPLv2',
  'org.label-schema.name': 'CentOS Base Image',
  'org.label-schema.schema-version': '1.0',
  'org.label-schema.vendor': 'CentOS',
  ...(created
    ? {
        'org.opencontainers.image.created': created,
        'org.opencontainers.image.licenses': 'GPL-2.0-only',
        'org.opencontainers.image.title': 'CentOS Base Image',
        'org.opencontainers.image.vendor': 'CentOS',
      }
    : {}),
});

const label = (l: Record<string, string>) =>
  `/bin/sh -c #(nop)  LABEL ${Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;

const centos = (
  tag: string,
  o: {
    created: [string, string, string];
    file: string;
    release: string;
    osRelease: string;
    size: number;
    labels: Record<string, string>;
  },
): ImageSpec => ({
  repository: 'library/centos',
  tag,
  dockerVersion: '20.10.7',
  steps: [
    {
      created: o.created[0],
      createdBy: `/bin/sh -c #(nop) ADD file:${o.file} in / `,
      layer: {
        key: `centos:${o.release}`,
        entries: () =>
          centosEntries({
            salt: `centos-${o.release}`,
            osRelease: o.osRelease,
            centosRelease: o.release,
          }),
        fill: centosFill,
        size: o.size,
        compression: 0.37,
      },
    },
    { created: o.created[1], createdBy: label(o.labels) },
    { created: o.created[2], createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ],
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['/bin/bash'],
    Labels: o.labels,
  },
});

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '7': centos('7', {
    created: [
      '2021-09-15T18:20:04.017964392Z',
      '2021-09-15T18:20:04.779640396Z',
      '2021-09-15T18:20:05.184694267Z',
    ],
    file: 'b3ebbe8bd304723d43b7b44a6d990cd657b63d93d6a2a9293983a30bfc1dfa53',
    release: 'CentOS Linux release 7.9.2009 (Core)',
    osRelease: OS7,
    size: 203_940_000,
    labels: labels('20201113', '2020-11-13 00:00:00+00:00'),
  }),
  '7.9.2009': '7',
  centos7: '7',
  latest: '8',
  '8': centos('8', {
    created: [
      '2021-09-15T18:20:23.99863383Z',
      '2021-09-15T18:20:24.732934539Z',
      '2021-09-15T18:20:25.175432101Z',
    ],
    file: '805cb5e15fb6e0bb0326ca33fd2942e068863ce2a8491bb71522c652f31fb466',
    release: 'CentOS Linux release 8.4.2105',
    osRelease: OS8,
    size: 231_270_000,
    labels: labels('20210915', ''),
  }),
  centos8: '8',
};
