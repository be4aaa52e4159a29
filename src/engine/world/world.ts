// The world: the internet the lab can reach, plus resolvers layered on top. The network issue
// extends it for containers (`extend(containerResolver)`): a container's world knows its peers by
// IP, its links and network aliases, and the host's published ports on localhost.

import { exampleCom } from './sites/example';
import {
  alpineCdn,
  centosMirror,
  centosVault,
  debianMirror,
  debianSecurity,
  pypiLegacy,
  pypiOrg,
  pythonHosted,
  ubuntuArchive,
  ubuntuSecurity,
} from './sites/mirrors';
import { redisDownload } from './sites/redis-download';
import type { Resolver, Site, World } from './types';

const INTERNET: Readonly<Record<string, Site>> = {
  'download.redis.io': redisDownload,
  'example.com': exampleCom,
  'www.example.com': exampleCom,
  'deb.debian.org': debianMirror,
  'security.debian.org': debianSecurity,
  'archive.debian.org': debianMirror,
  'archive.ubuntu.com': ubuntuArchive,
  'security.ubuntu.com': ubuntuSecurity,
  'mirror.centos.org': centosMirror,
  'vault.centos.org': centosVault,
  'mirrors.aliyun.com': centosMirror,
  'dl-cdn.alpinelinux.org': alpineCdn,
  'pypi.org': pypiOrg,
  'pypi.python.org': pypiLegacy,
  'files.pythonhosted.org': pythonHosted,
};

/** Nothing listens on the loopback until the network issue says otherwise. */
const LOOPBACK: Site = { address: '127.0.0.1', handle: () => undefined };

const internetResolver: Resolver = (host) => {
  if (host === 'localhost' || host === '127.0.0.1') return LOOPBACK;
  if (Object.hasOwn(INTERNET, host)) return INTERNET[host];
  for (const site of Object.values(INTERNET)) if (site.address === host) return site;
  return undefined;
};

function layered(resolvers: readonly Resolver[]): World {
  return {
    resolve(host) {
      const h = host.toLowerCase().replace(/\.$/, '');
      for (const r of resolvers) {
        const s = r(h);
        if (s) return s;
      }
      return undefined;
    },
    extend(resolver) {
      return layered([resolver, ...resolvers]);
    },
  };
}

/** The internet alone; `extend` it with the lab's own resolvers. */
export function createWorld(...extra: Resolver[]): World {
  return layered([...extra, internetResolver]);
}

/** A shared world for programs created without one (the host, tests). */
export const defaultWorld: World = createWorld();

/** Host names the internet knows (for completion and the README). */
export function knownHosts(): string[] {
  return Object.keys(INTERNET);
}
