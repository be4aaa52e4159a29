// Helpers for sites: building responses with the headers real servers send.

import type { FileData } from '../fs/types';
import { utf8Length } from './utf8';
import type { HttpRequest, HttpResponse } from './types';

const REASONS: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

export function reasonOf(status: number): string {
  return REASONS[status] ?? '';
}

export function bodySize(body: FileData): number {
  if (body.kind === 'blob') return body.size;
  return utf8Length(body.text);
}

/** A response with Content-Length and Content-Type; HEAD keeps the headers and drops the body. */
export function respond(
  req: HttpRequest,
  status: number,
  body: FileData | string,
  contentType: string,
  extra: ReadonlyArray<readonly [string, string]> = [],
): HttpResponse {
  const data: FileData = typeof body === 'string' ? { kind: 'text', text: body } : body;
  const headers: Array<readonly [string, string]> = [...extra];
  headers.push(['Content-Type', contentType], ['Content-Length', String(bodySize(data))]);
  return {
    status,
    reason: reasonOf(status),
    headers,
    body: req.method === 'HEAD' ? { kind: 'text', text: '' } : data,
  };
}

export function notFound(req: HttpRequest, server: string): HttpResponse {
  const html =
    '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n' +
    '<center><h1>404 Not Found</h1></center>\r\n' +
    `<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`;
  return respond(req, 404, html, 'text/html', [['Server', server]]);
}

export function redirect(req: HttpRequest, location: string, server: string): HttpResponse {
  const html =
    '<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n' +
    '<center><h1>301 Moved Permanently</h1></center>\r\n' +
    `<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`;
  return respond(req, 301, html, 'text/html', [
    ['Server', server],
    ['Location', location],
  ]);
}
