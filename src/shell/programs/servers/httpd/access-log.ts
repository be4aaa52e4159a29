// Apache's LogFormat directives: %h %l %u %t %r %>s %b %{Header}i and friends.

import type { HttpServerRequest } from '../../../../engine/listeners';
import { header, requestLine } from '../lib/http';
import { clfTime } from '../lib/time';

export function formatApache(
  format: string,
  req: HttpServerRequest,
  status: number,
  bytes: number,
  nowMs: number,
): string {
  return format.replace(
    /%(?:\{([^}]*)\})?[<>]?([a-zA-Z%])/g,
    (_m, arg: string | undefined, c: string) => {
      switch (c) {
        case 'h':
        case 'a':
          return req.remoteAddr;
        case 'l':
        case 'u':
          return '-';
        case 't':
          return `[${clfTime(nowMs)}]`;
        case 'r':
          return requestLine(req);
        case 's':
          return String(status);
        case 'b':
          return bytes === 0 ? '-' : String(bytes);
        case 'B':
          return String(bytes);
        case 'i':
          return header(req, arg ?? '') ?? '-';
        case 'U':
          return req.path.replace(/\?.*/, '');
        case 'm':
          return req.method;
        case 'H':
          return 'HTTP/1.1';
        case 'p':
          return String(req.localPort);
        case '%':
          return '%';
        default:
          return '-';
      }
    },
  );
}
