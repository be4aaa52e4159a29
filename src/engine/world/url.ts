// URL parsing as curl and wget accept it: a missing scheme means http, the host may carry a
// port, the path defaults to '/'.

import type { Url } from './types';

export type UrlResult = { ok: true; url: Url } | { ok: false; reason: 'scheme' | 'host' };

export function parseUrl(text: string): UrlResult {
  let rest = text.trim();
  let scheme: 'http' | 'https' = 'http';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (m) {
    const s = m[1].toLowerCase();
    if (s !== 'http' && s !== 'https') return { ok: false, reason: 'scheme' };
    scheme = s;
    rest = rest.slice(m[0].length);
  }
  const slash = rest.search(/[/?#]/);
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  let path = slash < 0 ? '/' : rest.slice(slash);
  if (path.startsWith('?')) path = `/${path}`;
  const hash = path.indexOf('#');
  if (hash >= 0) path = path.slice(0, hash);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const pm = /^(\[[^\]]+\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!pm || pm[1] === '') return { ok: false, reason: 'host' };
  const host = pm[1].toLowerCase();
  const defaultPort = scheme === 'https' ? 443 : 80;
  const port = pm[2] ? Number(pm[2]) : defaultPort;
  const portPart = pm[2] && port !== defaultPort ? `:${port}` : '';
  return {
    ok: true,
    url: { scheme, host, port, path, href: `${scheme}://${host}${portPart}${path}` },
  };
}

/** The last path segment, as `wget` and `curl -O` name the saved file. */
export function urlFileName(url: Url): string {
  const p = url.path.split('?')[0];
  return p.slice(p.lastIndexOf('/') + 1);
}
