// golang: 1.24 (= 1.24-bookworm = latest), on buildpack-deps:bookworm-scm.

import { BUILDPACK_STEPS } from '../bases/buildpack-deps';
import { bin, bins, dir, words } from '../files';
import type { HistoryStep, ImageSpec } from '../types';

const T = '2025-06-05T17:46:51Z';
const V = '1.24.4';
const PATH =
  'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const bk = (createdBy: string, layer?: HistoryStep['layer']): HistoryStep => ({
  created: T,
  createdBy,
  comment: 'buildkit.dockerfile.v0',
  ...(layer ? { layer } : {}),
});

const spec: ImageSpec = {
  repository: 'library/golang',
  tag: '1.24',
  steps: [
    ...BUILDPACK_STEPS,
    bk(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc \t\tlibc6-dev \t\tmake \t\tpkg-config \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      {
        key: 'golang:bookworm-gcc',
        entries: () =>
          bins('golang-gcc', '/usr/bin', words('gcc-12 g++-12 cpp-12 make pkg-config'), {
            'gcc-12': 1_055_744,
          }),
        fill: () =>
          words('cc1 cc1plus collect2 lto1 lto-wrapper')
            .map((p) => `/usr/libexec/gcc/x86_64-linux-gnu/12/${p}`)
            .concat(
              words('libc.a libstdc++.a libasan.so.8 libtsan.so.2').map(
                (l) => `/usr/lib/x86_64-linux-gnu/${l}`,
              ),
            ),
        size: 239_600_000,
      },
    ),
    bk(`ENV GOLANG_VERSION=${V}`),
    bk('ENV GOTOOLCHAIN=local'),
    bk('ENV GOPATH=/go'),
    bk(`ENV ${PATH}`),
    bk('COPY /target/ / # buildkit', {
      key: `golang:${V}-dist`,
      entries: () => [
        bin('go-1.24', '/usr/local/go/bin/go', 14_487_106),
        bin('go-1.24', '/usr/local/go/bin/gofmt', 3_215_760),
        dir('/usr/local/go/src'),
      ],
      fill: () =>
        words('compile link asm cgo vet cover buildid pprof trace')
          .map((t) => `/usr/local/go/pkg/tool/linux_amd64/${t}`)
          .concat(
            words(
              'runtime net/http crypto/tls fmt os reflect encoding/json cmd/compile/internal/ssa',
            ).map((p) => `/usr/local/go/src/${p}/source.go`),
          ),
      size: 235_000_000,
    }),
    bk(
      'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
      {
        key: 'golang:gopath',
        entries: () => [dir('/go', 0o1777), dir('/go/src', 0o1777), dir('/go/bin', 0o1777)],
        size: 0,
      },
    ),
    bk('WORKDIR /go'),
  ],
  config: {
    Env: [PATH, `GOLANG_VERSION=${V}`, 'GOTOOLCHAIN=local', 'GOPATH=/go'],
    Cmd: ['bash'],
    WorkingDir: '/go',
  },
};

export const images: Readonly<Record<string, ImageSpec | string>> = {
  '1.24': spec,
  [V]: '1.24',
  '1.24-bookworm': '1.24',
  '1': '1.24',
  latest: '1.24',
};
