// Access log lines in a log_format: the variables the stock formats use, `-` for empty ones.

import type { HttpServerRequest } from '../../../../engine/listeners';
import { header, requestLine } from '../lib/http';
import { clfTime } from '../lib/time';

export function formatAccess(
  format: string,
  req: HttpServerRequest,
  status: number,
  bytes: number,
  nowMs: number,
): string {
  const vars: Record<string, string> = {
    remote_addr: req.remoteAddr,
    remote_user: '-',
    time_local: clfTime(nowMs),
    request: requestLine(req),
    request_method: req.method,
    request_uri: req.path,
    uri: req.path.replace(/\?.*/, ''),
    status: String(status),
    body_bytes_sent: String(bytes),
    bytes_sent: String(bytes + 200),
    server_protocol: 'HTTP/1.1',
    host: (header(req, 'Host') ?? '').replace(/:\d+$/, ''),
    server_port: String(req.localPort),
    server_addr: req.localAddr,
  };
  return format.replace(/\$([a-z_0-9]+)|\$\{([a-z_0-9]+)\}/g, (_m, a?: string, b?: string) => {
    const name = (a ?? b ?? '').toLowerCase();
    if (name in vars) return vars[name] ?? '-';
    if (name.startsWith('http_')) return header(req, name.slice(5).replace(/_/g, '-')) ?? '-';
    return '-';
  });
}
