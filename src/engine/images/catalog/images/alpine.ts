// alpine: 3.21 (= 3 = latest), 3.18.

import { ALPINE_318_LAYER, ALPINE_321_LAYER, alpineSteps } from '../bases/alpine';
import type { ImageSpec } from '../types';

const config = {
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  Cmd: ['/bin/sh'],
};

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '3.21': {
    repository: 'library/alpine',
    tag: '3.21',
    steps: alpineSteps(
      'alpine-minirootfs-3.21.3-x86_64.tar.gz',
      '2025-02-14T03:28:36Z',
      ALPINE_321_LAYER,
    ),
    config,
  },
  '3.21.3': '3.21',
  '3': '3.21',
  latest: '3.21',
  '3.18': {
    repository: 'library/alpine',
    tag: '3.18',
    steps: alpineSteps(
      'alpine-minirootfs-3.18.4-x86_64.tar.gz',
      '2023-09-28T21:19:27Z',
      ALPINE_318_LAYER,
    ),
    config,
  },
};
