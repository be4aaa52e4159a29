// redis: 7.4.4 (= 7.4 = 7 = latest in the lab's snapshot) on debian:bookworm-slim.

import { BOOKWORM_SLIM_LAYER, DEBIAN_GROUP, DEBIAN_PASSWD, debianStep } from '../bases/debian';
import { bin, dir, link, text } from '../files';
import type { HistoryStep, ImageSpec } from '../types';

const T = '2025-05-27T17:11:34Z';
const V = '7.4.4';
const bk = (createdBy: string, layer?: HistoryStep['layer']): HistoryStep => ({
  created: T,
  createdBy,
  comment: 'buildkit.dockerfile.v0',
  ...(layer ? { layer } : {}),
});

const ENTRYPOINT = `#!/bin/sh
set -e

# first arg is \`-f\` or \`--some-option\`
# or first arg is \`something.conf\`
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

# allow the container to be started with \`--user\`
if [ "$1" = 'redis-server' -a "$(id -u)" = '0' ]; then
	find . \\! -user redis -exec chown redis '{}' +
	exec gosu redis "$0" "$@"
fi

# set an appropriate umask (if one isn't set already)
# - https://github.com/docker-library/redis/issues/305
# - https://github.com/redis/redis/blob/bb875603fb7ff3f9d19aad906bd45d7db98d9a39/utils/systemd-redis_server.service#L37
um="$(umask)"
if [ "$um" = '0022' ]; then
	umask 0077
fi

exec "$@"
`;

const spec: ImageSpec = {
  repository: 'library/redis',
  tag: V,
  steps: [
    debianStep(BOOKWORM_SLIM_LAYER),
    bk(
      'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit',
      {
        key: 'redis:user',
        entries: () => [
          text('/etc/passwd', `${DEBIAN_PASSWD}redis:x:999:999::/home/redis:/bin/sh\n`),
          text('/etc/group', `${DEBIAN_GROUP}redis:x:999:\n`),
        ],
        size: 0,
      },
    ),
    bk(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      {
        key: 'redis:tzdata',
        entries: () => [],
        fill: () =>
          ['Africa', 'America', 'Asia', 'Europe', 'Pacific', 'Etc'].map(
            (z) => `/usr/share/zoneinfo/${z}.tzdata`,
          ),
        size: 1_720_000,
      },
    ),
    bk('ENV GOSU_VERSION=1.17'),
    bk(
      'RUN /bin/sh -c set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \trm -rf /var/lib/apt/lists/*; \tdpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit',
      {
        key: 'redis:gosu-1.17',
        entries: () => [bin('gosu-1.17', '/usr/local/bin/gosu', 2_285_568)],
        fill: () => ['/etc/ssl/certs/ca-certificates.crt'],
        size: 4_190_000,
      },
    ),
    bk(`ENV REDIS_VERSION=${V}`),
    bk(`ENV REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-${V}.tar.gz`),
    bk('ENV REDIS_DOWNLOAD_SHA=f3f7b0ad1d2e1e3b2ac2c9b2f1b3fa12c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7'),
    bk(
      'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\t\t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t; \t\twget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \techo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \tmkdir -p /usr/src/redis; \ttar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \trm redis.tar.gz; \t\texport BUILD_TLS=yes; \tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \t\trm -r /usr/src/redis; \t\tredis-cli --version; \tredis-server --version # buildkit',
      {
        key: `redis:${V}-build`,
        entries: () => [
          bin(`redis-${V}`, '/usr/local/bin/redis-server', 16_243_928),
          bin(`redis-${V}`, '/usr/local/bin/redis-cli', 8_217_392),
          bin(`redis-${V}`, '/usr/local/bin/redis-benchmark', 7_901_248),
          link('/usr/local/bin/redis-check-aof', 'redis-server'),
          link('/usr/local/bin/redis-check-rdb', 'redis-server'),
          link('/usr/local/bin/redis-sentinel', 'redis-server'),
        ],
        fill: () => [
          '/usr/lib/x86_64-linux-gnu/libssl.so.3',
          '/usr/lib/x86_64-linux-gnu/libcrypto.so.3',
        ],
        size: 37_350_000,
      },
    ),
    bk('RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', {
      key: 'redis:data',
      entries: () => [dir('/data', 0o755, 999, 999)],
      size: 0,
    }),
    bk('VOLUME [/data]'),
    bk('WORKDIR /data'),
    bk('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', {
      key: `redis:${V}-entrypoint`,
      entries: () => [text('/usr/local/bin/docker-entrypoint.sh', ENTRYPOINT, 0o755)],
      size: 0,
    }),
    bk('ENTRYPOINT ["docker-entrypoint.sh"]'),
    bk('EXPOSE map[6379/tcp:{}]'),
    bk('CMD ["redis-server"]'),
  ],
  config: {
    ExposedPorts: { '6379/tcp': {} },
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOSU_VERSION=1.17',
      `REDIS_VERSION=${V}`,
      `REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-${V}.tar.gz`,
      'REDIS_DOWNLOAD_SHA=f3f7b0ad1d2e1e3b2ac2c9b2f1b3fa12c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7',
    ],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    Volumes: { '/data': {} },
    WorkingDir: '/data',
  },
};

export const images: Readonly<Record<string, ImageSpec | string>> = {
  [V]: spec,
  '7.4': V,
  '7': V,
  latest: V,
};
