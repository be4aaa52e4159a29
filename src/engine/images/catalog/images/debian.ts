// debian: bookworm (= 12 = latest in the lab's snapshot), bookworm-slim, stretch (legacy-built).

import { BOOKWORM_LAYER, BOOKWORM_SLIM_LAYER, STRETCH_LAYER, debianStep } from '../bases/debian';
import type { ImageSpec } from '../types';

const bookworm = (tag: string): ImageSpec => ({
  repository: 'library/debian',
  tag,
  steps: [debianStep(BOOKWORM_LAYER)],
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['bash'],
  },
});

export const images: Readonly<Record<string, ImageSpec | string>> = {
  bookworm: bookworm('bookworm'),
  '12': 'bookworm',
  latest: 'bookworm',
  'bookworm-slim': {
    ...bookworm('bookworm-slim'),
    steps: [debianStep(BOOKWORM_SLIM_LAYER)],
  },
  stretch: {
    repository: 'library/debian',
    tag: 'stretch',
    dockerVersion: '20.10.12',
    steps: [
      {
        created: '2022-06-23T00:20:26.503538155Z',
        createdBy:
          '/bin/sh -c #(nop) ADD file:d78ed9b9e0b2fd9b3a7bbd5df3b49bc0fe15b5c6e43e2cb35bba7a14c46cbb58 in / ',
        layer: STRETCH_LAYER,
      },
      { created: '2022-06-23T00:20:26.899342487Z', createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
    ],
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['bash'],
    },
  },
  '9': 'stretch',
};
