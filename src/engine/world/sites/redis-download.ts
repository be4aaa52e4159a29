// download.redis.io: the release tarballs. Only 5.0.3 (seed 003) is stocked; other releases 404.

import { registerLazy } from '../archive-index';
import { notFound, respond } from '../http';
import {
  REDIS_TAR_DIGEST,
  REDIS_TARBALL,
  redisTarballContent,
  redisTarMembers,
} from '../tarballs/redis-5.0.3';
import type { Site } from '../types';

let registered = false;
function ensureRegistered(): void {
  if (registered) return;
  registered = true;
  registerLazy(REDIS_TARBALL.digest, redisTarballContent);
  registerLazy(REDIS_TAR_DIGEST, () => ({ kind: 'tar', members: redisTarMembers() }));
}

export const redisDownload: Site = {
  address: '45.60.125.1',
  msPerMB: 600,
  handle(req) {
    if (req.url.port !== 80 && req.url.port !== 443) return undefined;
    ensureRegistered();
    const path = req.url.path.split('?')[0];
    if (path === '/releases/redis-5.0.3.tar.gz') {
      return respond(req, 200, { kind: 'blob', ...REDIS_TARBALL }, 'application/octet-stream', [
        ['Server', 'nginx'],
        ['Last-Modified', 'Wed, 12 Dec 2018 11:25:58 GMT'],
        ['ETag', '"5c10f0f6-1de615"'],
        ['Accept-Ranges', 'bytes'],
      ]);
    }
    if (path === '/' || path === '/releases/') {
      const html =
        '<html>\r\n<head><title>Index of /releases/</title></head>\r\n<body>\r\n' +
        '<h1>Index of /releases/</h1><hr><pre><a href="../">../</a>\r\n' +
        '<a href="redis-5.0.3.tar.gz">redis-5.0.3.tar.gz</a>                                 12-Dec-2018 11:25             1959445\r\n' +
        '</pre><hr></body>\r\n</html>\r\n';
      return respond(req, 200, html, 'text/html', [['Server', 'nginx']]);
    }
    return notFound(req, 'nginx');
  },
};

/** The tarball's data, for tests and for anything that wants the file without a download. */
export function redisTarballData(): { kind: 'blob'; size: number; digest: string } {
  ensureRegistered();
  return { kind: 'blob', ...REDIS_TARBALL };
}
