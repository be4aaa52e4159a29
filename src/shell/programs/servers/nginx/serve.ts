// One request through nginx's http core: pick the server by port and Host, match a location
// (= exact, longest prefix, ^~, regex in order), then return/try_files/static files with index and
// error_page as internal redirects. Errors are logged in nginx's words to the error log.

import type { FileData } from '../../../../engine/fs/types';
import type { HttpServerRequest, HttpServerResponse } from '../../../../engine/listeners';
import type { CommandContext } from '../../../types';
import { etagOf, mimeOf, readData, statOf } from '../lib/files';
import { decodedPath, header, normalizePath, requestLine, sizeOf, type Headers } from '../lib/http';
import { httpDate } from '../lib/time';
import type { Location, NginxConf, Scope, Server } from './conf-model';

export interface Served {
  readonly response: HttpServerResponse;
  /** The scope the request ended in (its access_log applies). */
  readonly scope: Scope;
  readonly bodyBytes: number;
}

export interface ServeEnv {
  readonly ctx: CommandContext;
  readonly conf: NginxConf;
  readonly version: string;
  /** Where the http root defaults to (`html` under the prefix). */
  readonly defaultRoot: string;
  /** Log an [error]-level line (the caller adds time, pid and connection). */
  readonly error: (message: string) => void;
}

const TITLES: Readonly<Record<number, string>> = {
  301: '301 Moved Permanently',
  302: '302 Found',
  400: '400 Bad Request',
  403: '403 Forbidden',
  404: '404 Not Found',
  405: '405 Not Allowed',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
};

export function builtinPage(status: number, version: string): string {
  const title = TITLES[status] ?? `${status}`;
  return (
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`
  );
}

export function chooseServer(
  conf: NginxConf,
  port: number,
  host: string | undefined,
): Server | undefined {
  const onPort = conf.servers.filter((s) => s.listens.some((l) => l.port === port));
  if (onPort.length === 0) return undefined;
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return (
    onPort.find((s) => s.names.some((n) => n.toLowerCase() === name)) ??
    onPort.find((s) => s.listens.some((l) => l.port === port && l.defaultServer)) ??
    onPort[0]
  );
}

function matchLocation(locs: readonly Location[], uri: string): Location[] {
  const exact = locs.find((l) => l.mod === '=' && l.pattern === uri);
  if (exact) return [exact];
  let best: Location | undefined;
  for (const l of locs)
    if ((l.mod === '' || l.mod === '^~') && uri.startsWith(l.pattern))
      if (!best || l.pattern.length > best.pattern.length) best = l;
  if (best?.mod === '^~') return [best, ...matchLocation(best.locations, uri)];
  if (best) {
    const inner = matchLocation(best.locations, uri);
    if (inner.length > 0 && inner[inner.length - 1]?.regex) return [best, ...inner];
  }
  const rx = locs.find((l) => l.regex?.test(uri));
  if (rx) return [rx, ...matchLocation(rx.locations, uri)];
  return best ? [best, ...matchLocation(best.locations, uri)] : [];
}

function merge(...scopes: Scope[]): Scope {
  const out: Scope = {};
  for (const s of scopes)
    for (const [k, v] of Object.entries(s)) if (v !== undefined) Object.assign(out, { [k]: v });
  return out;
}

export function serveRequest(env: ServeEnv, server: Server, req: HttpServerRequest): Served {
  const { ctx, conf, version } = env;
  const now = ctx.clock.now();
  const base: Headers = [
    ['Server', `nginx/${version}`],
    ['Date', httpDate(now)],
  ];
  const host = header(req, 'Host');
  const errCtx = () =>
    `, client: ${req.remoteAddr}, server: ${server.names[0] ?? ''}, request: "${requestLine(req)}"` +
    (host ? `, host: "${host}"` : '');

  const page = (status: number, scope: Scope, extra: Headers = []): Served => {
    const body = builtinPage(status, version);
    return {
      response: {
        status,
        headers: [
          ...base,
          ['Content-Type', 'text/html'],
          ['Content-Length', String(body.length)],
          ...extra,
          [
            'Connection',
            status >= 400 && status !== 404 && status !== 403 ? 'close' : 'keep-alive',
          ],
        ],
        body: req.method === 'HEAD' ? '' : body,
      },
      scope,
      bodyBytes: req.method === 'HEAD' ? 0 : body.length,
    };
  };

  const file = (status: number, path: string, data: FileData, scope: Scope): Served => {
    const st = statOf(ctx, path);
    const size = sizeOf(data);
    const type = mimeOf(path, scope.types ?? conf.http.types, scope.defaultType ?? 'text/plain');
    const headers: Headers = [...base, ['Content-Type', type], ['Content-Length', String(size)]];
    if (st && status === 200) headers.push(['Last-Modified', httpDate(st.mtimeMs)]);
    headers.push(['Connection', 'keep-alive']);
    if (st && status === 200) headers.push(['ETag', etagOf(st)], ['Accept-Ranges', 'bytes']);
    return {
      response: { status, headers, body: req.method === 'HEAD' ? '' : data },
      scope,
      bodyBytes: req.method === 'HEAD' ? 0 : size,
    };
  };

  let redirects = 0;
  const run = (uri: string, errorStatus?: number): Served => {
    if (++redirects > 10) {
      env.error(
        `rewrite or internal redirection cycle while internally redirecting to "${uri}"${errCtx()}`,
      );
      return page(500, {});
    }
    const chain = matchLocation(server.locations, uri);
    const loc = chain[chain.length - 1];
    const scope = merge(conf.http, server.scope, ...chain.map((l) => l.scope));
    const status = errorStatus ?? 200;

    const fail = (code: number): Served => {
      if (errorStatus !== undefined) return page(errorStatus, scope);
      const ep = (scope.errorPages ?? []).find((e) => e.codes.includes(code));
      if (ep) {
        const r = run(ep.target, ep.status ?? code);
        return r;
      }
      return page(code, scope);
    };

    if (scope.ret) {
      const { code, text } = scope.ret;
      if (code >= 301 && code <= 308 && text !== undefined)
        return page(code, scope, [['Location', text]]);
      if (text !== undefined) {
        const body = text;
        return {
          response: {
            status: code,
            headers: [
              ...base,
              ['Content-Type', scope.defaultType ?? 'application/octet-stream'],
              ['Content-Length', String(body.length)],
              ['Connection', 'keep-alive'],
            ],
            body: req.method === 'HEAD' ? '' : body,
          },
          scope,
          bodyBytes: body.length,
        };
      }
      return fail(code);
    }

    const pathOf = (u: string): string => {
      if (scope.alias !== undefined && loc && (loc.mod === '' || loc.mod === '^~'))
        return scope.alias + u.slice(loc.pattern.length);
      return (scope.root ?? env.defaultRoot) + u;
    };

    if (scope.tryFiles) {
      const items = scope.tryFiles;
      for (const item of items.slice(0, -1)) {
        const u = item.replace(/\$uri/g, uri);
        const st = statOf(ctx, pathOf(u.replace(/\/$/, '') || '/'));
        if (u.endsWith('/') ? st?.type === 'dir' : st?.type === 'file') {
          if (u.endsWith('/')) return staticOf(u, status, scope, pathOf, fail);
          const data = readData(ctx, pathOf(u));
          if (data) return file(status, pathOf(u), data, scope);
        }
      }
      const last = items[items.length - 1] ?? '=404';
      if (/^=\d{3}$/.test(last)) return fail(Number(last.slice(1)));
      return run(last.replace(/\$uri/g, uri), errorStatus);
    }
    return staticOf(uri, status, scope, pathOf, fail);
  };

  const staticOf = (
    uri: string,
    status: number,
    scope: Scope,
    pathOf: (u: string) => string,
    fail: (code: number) => Served,
  ): Served => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && status === 200) return fail(405);
    const path = pathOf(uri);
    if (uri.endsWith('/')) {
      for (const index of scope.index ?? ['index.html']) {
        const st = statOf(ctx, path + index);
        if (st?.type === 'file') return run(uri + index, status === 200 ? undefined : status);
      }
      const st = statOf(ctx, path);
      if (st?.type === 'dir') {
        if (scope.autoindex) return listing(uri, path, scope);
        env.error(`directory index of "${path}" is forbidden${errCtx()}`);
        return fail(403);
      }
      env.error(
        `"${path}${(scope.index ?? ['index.html'])[0]}" is not found (2: No such file or directory)${errCtx()}`,
      );
      return fail(404);
    }
    const st = statOf(ctx, path);
    if (st?.type === 'dir') {
      const h = (host ?? 'localhost').replace(/:\d+$/, '');
      const port = req.localPort === 80 ? '' : `:${req.localPort}`;
      return page(301, scope, [['Location', `http://${h}${port}${uri}/`]]);
    }
    const data = st?.type === 'file' ? readData(ctx, path) : undefined;
    if (!data) {
      env.error(`open() "${path}" failed (2: No such file or directory)${errCtx()}`);
      return fail(404);
    }
    return file(status, path, data, scope);
  };

  const listing = (uri: string, path: string, scope: Scope): Served => {
    let names: string[] = [];
    try {
      names = ctx.fs
        .readdir(path)
        .filter((e) => !e.name.startsWith('.'))
        .map((e) => (e.type === 'dir' ? `${e.name}/` : e.name))
        .sort();
    } catch {
      // an unreadable directory lists as empty
    }
    const body =
      `<html>\r\n<head><title>Index of ${uri}</title></head>\r\n<body>\r\n<h1>Index of ${uri}</h1><hr><pre><a href="../">../</a>\r\n` +
      names.map((n) => `<a href="${n}">${n}</a>\r\n`).join('') +
      '</pre><hr></body>\r\n</html>\r\n';
    return {
      response: {
        status: 200,
        headers: [...base, ['Content-Type', 'text/html'], ['Connection', 'keep-alive']],
        body: req.method === 'HEAD' ? '' : body,
      },
      scope,
      bodyBytes: body.length,
    };
  };

  const decoded = decodedPath(req.path);
  const uri = decoded === undefined ? undefined : normalizePath(decoded);
  if (uri === undefined) return page(400, merge(conf.http, server.scope));
  return run(uri);
}
