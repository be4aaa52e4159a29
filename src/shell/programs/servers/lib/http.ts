// Small HTTP helpers the servers share: headers, the request line for logs, responses.

import type { FileData } from '../../../../engine/fs/types';
import type { HttpServerRequest, HttpServerResponse } from '../../../../engine/listeners';
import { utf8Length } from '../../../../engine/text/utf8';

export type Headers = Array<readonly [string, string]>;

export function header(req: HttpServerRequest, name: string): string | undefined {
  const n = name.toLowerCase();
  return req.headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

/** `GET /x HTTP/1.1`, as access logs quote it. */
export function requestLine(req: HttpServerRequest): string {
  return `${req.method} ${req.path} HTTP/1.1`;
}

export function sizeOf(body: FileData | string): number {
  if (typeof body === 'string') return utf8Length(body);
  return body.kind === 'blob' ? body.size : utf8Length(body.text);
}

/** The path without its query, percent-decoded (undefined when the encoding is broken). */
export function decodedPath(path: string): string | undefined {
  const q = path.indexOf('?');
  const raw = q < 0 ? path : path.slice(0, q);
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Collapse `.`/`..`/`//`; undefined when `..` climbs above the root (a 400 in every server). */
export function normalizePath(p: string): string | undefined {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return `/${out.join('/')}${p.endsWith('/') && out.length > 0 ? '/' : ''}`;
}

/** A response whose body HEAD drops; Content-Length counts the body either way. */
export function reply(
  req: HttpServerRequest,
  status: number,
  headers: Headers,
  body: FileData | string,
): HttpServerResponse {
  return { status, headers, body: req.method === 'HEAD' ? '' : body };
}
