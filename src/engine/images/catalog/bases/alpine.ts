// Alpine minirootfs layers: 3.21 (latest) and 3.18 (under registry:2).

import { alpineEntries, alpineFill } from '../distro/alpine';
import type { HistoryStep, LayerSpec } from '../types';

const PKGS = (v: Record<string, string>) =>
  Object.entries(v)
    .map(([k, x]) => `${k}=${x}`)
    .join(' ');

export const ALPINE_321_LAYER: LayerSpec = {
  key: 'alpine:3.21.3',
  entries: () =>
    alpineEntries({
      version: '3.21.3',
      packages: PKGS({
        'alpine-baselayout': '3.6.8-r1',
        'alpine-baselayout-data': '3.6.8-r1',
        'alpine-keys': '2.5-r0',
        'alpine-release': '3.21.3-r0',
        'apk-tools': '2.14.6-r3',
        busybox: '1.37.0-r12',
        'busybox-binsh': '1.37.0-r12',
        'ca-certificates-bundle': '20241121-r1',
        libcrypto3: '3.3.3-r0',
        libssl3: '3.3.3-r0',
        musl: '1.2.5-r9',
        'musl-utils': '1.2.5-r9',
        scanelf: '1.3.8-r1',
        ssl_client: '1.37.0-r12',
        zlib: '1.3.1-r2',
      }),
    }),
  fill: alpineFill,
  size: 7_834_000,
  compression: 0.46,
  mtime: '2025-02-14T03:28:36Z',
};

export const ALPINE_318_LAYER: LayerSpec = {
  key: 'alpine:3.18.4',
  entries: () =>
    alpineEntries({
      version: '3.18.4',
      packages: PKGS({
        'alpine-baselayout': '3.4.3-r1',
        'alpine-baselayout-data': '3.4.3-r1',
        'alpine-keys': '2.4-r1',
        'apk-tools': '2.14.0-r2',
        busybox: '1.36.1-r2',
        'busybox-binsh': '1.36.1-r2',
        'ca-certificates-bundle': '20230506-r0',
        libcrypto3: '3.1.3-r0',
        libssl3: '3.1.3-r0',
        musl: '1.2.4-r2',
        'musl-utils': '1.2.4-r2',
        scanelf: '1.3.7-r1',
        ssl_client: '1.36.1-r2',
        zlib: '1.2.13-r1',
      }),
    }),
  fill: alpineFill,
  size: 7_330_000,
  compression: 0.46,
  mtime: '2023-09-28T11:19:27Z',
};

export const alpineSteps = (file: string, created: string, layer: LayerSpec): HistoryStep[] => [
  { created, createdBy: `ADD ${file} / # buildkit`, comment: 'buildkit.dockerfile.v0', layer },
  { created, createdBy: 'CMD ["/bin/sh"]', comment: 'buildkit.dockerfile.v0' },
];
