// registry: 2 (2.8.3) on alpine 3.18: the private registry learners run on :5000.

import { ALPINE_318_LAYER, alpineSteps } from '../bases/alpine';
import { bin, dir, text } from '../files';
import type { HistoryStep, ImageSpec } from '../types';

const T = '2023-10-02T18:28:34Z';
const bk = (createdBy: string, layer?: HistoryStep['layer']): HistoryStep => ({
  created: T,
  createdBy,
  comment: 'buildkit.dockerfile.v0',
  ...(layer ? { layer } : {}),
});

export const REGISTRY_CONFIG = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

const ENTRYPOINT = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

const spec: ImageSpec = {
  repository: 'library/registry',
  tag: '2.8.3',
  steps: [
    ...alpineSteps(
      'alpine-minirootfs-3.18.4-x86_64.tar.gz',
      '2023-09-28T21:19:27Z',
      ALPINE_318_LAYER,
    ),
    bk('RUN /bin/sh -c set -ex     && apk add --no-cache ca-certificates # buildkit', {
      key: 'registry:ca-certificates',
      entries: () => [],
      fill: () => [
        '/etc/ssl/certs/ca-certificates.crt',
        '/usr/bin/c_rehash',
        '/usr/share/ca-certificates/mozilla/bundle.crt',
      ],
      size: 690_000,
    }),
    bk('COPY ./registry/registry /bin/registry # buildkit', {
      key: 'registry:2.8.3-binary',
      entries: () => [bin('registry-2.8.3', '/bin/registry', 17_326_080)],
      size: 17_326_080,
    }),
    bk('COPY ./registry/config-example.yml /etc/docker/registry/config.yml # buildkit', {
      key: 'registry:2.8.3-config',
      entries: () => [text('/etc/docker/registry/config.yml', REGISTRY_CONFIG)],
      size: 0,
    }),
    bk('VOLUME [/var/lib/registry]'),
    bk('EXPOSE map[5000/tcp:{}]'),
    bk('COPY docker-entrypoint.sh /entrypoint.sh # buildkit', {
      key: 'registry:2.8.3-entrypoint',
      entries: () => [text('/entrypoint.sh', ENTRYPOINT, 0o755), dir('/var/lib/registry')],
      size: 0,
    }),
    bk('ENTRYPOINT ["/entrypoint.sh"]'),
    bk('CMD ["/etc/docker/registry/config.yml"]'),
  ],
  config: {
    ExposedPorts: { '5000/tcp': {} },
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Entrypoint: ['/entrypoint.sh'],
    Cmd: ['/etc/docker/registry/config.yml'],
    Volumes: { '/var/lib/registry': {} },
  },
};

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '2.8.3': spec,
  '2.8': '2.8.3',
  '2': '2.8.3',
  latest: '2.8.3',
};
