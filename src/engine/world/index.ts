// The simulated outside world: hosts, HTTP, and the archive index that gives tarballs contents.

export type { HttpRequest, HttpResponse, Resolver, Site, Url, World } from './types';
export { parseUrl, urlFileName, type UrlResult } from './url';
export { bodySize, notFound, reasonOf, redirect, respond } from './http';
export { createWorld, defaultWorld, knownHosts } from './world';
export {
  compress,
  contentBytes,
  lookupArchive,
  openTar,
  registerLazy,
  registerTar,
  type ArchiveContent,
  type Compression,
  type MemberType,
  type TarMember,
} from './archive-index';
export { redisTarballData } from './sites/redis-download';
