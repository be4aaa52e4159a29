// ubuntu: 22.04 (jammy), 24.04 (noble = latest).

import { JAMMY_LAYER, NOBLE_LAYER, ubuntuSteps } from '../bases/ubuntu';
import type { ImageSpec } from '../types';

const config = (version: string) => ({
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  Cmd: ['/bin/bash'],
  Labels: {
    'org.opencontainers.image.ref.name': 'ubuntu',
    'org.opencontainers.image.version': version,
  },
});

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '22.04': {
    repository: 'library/ubuntu',
    tag: '22.04',
    dockerVersion: '24.0.7',
    steps: ubuntuSteps(
      '22.04',
      '2025-04-08T10:32:01.100000000Z',
      JAMMY_LAYER,
      'c4b1a9a2f1d7e3b5d8b3b9d6b7c6c5b1f7c8a6b0c2e6b7b3c5f2a0c8e8d6f4a1',
    ),
    config: config('22.04'),
  },
  jammy: '22.04',
  '24.04': {
    repository: 'library/ubuntu',
    tag: '24.04',
    dockerVersion: '24.0.7',
    steps: ubuntuSteps(
      '24.04',
      '2025-04-08T10:31:52.100000000Z',
      NOBLE_LAYER,
      '1d2c6f6b1e0b9a6e3b4a5c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b',
    ),
    config: config('24.04'),
  },
  noble: '24.04',
  latest: '24.04',
};
