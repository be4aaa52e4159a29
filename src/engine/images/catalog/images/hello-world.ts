// hello-world: one static binary, 13.3kB.

import { bin } from '../files';
import type { ImageSpec } from '../types';

const created = '2023-05-02T16:49:27Z';

export const images: Readonly<Record<string, ImageSpec | string>> = {
  latest: {
    repository: 'library/hello-world',
    tag: 'latest',
    steps: [
      {
        created,
        createdBy: 'COPY hello / # buildkit',
        comment: 'buildkit.dockerfile.v0',
        layer: {
          key: 'hello-world:latest',
          entries: () => [bin('hello-world', '/hello', 13_256)],
          size: 13_256,
          compression: 0.19,
        },
      },
      { created, createdBy: 'CMD ["/hello"]', comment: 'buildkit.dockerfile.v0' },
    ],
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['/hello'],
      WorkingDir: '/',
    },
  },
  linux: 'latest',
};
