// One request through Apache's core: Alias or DocumentRoot, DirectoryIndex, mod_autoindex when
// Options Indexes allows, ErrorDocument (also per <LocationMatch>), and Apache's status pages.

import type { FileData } from '../../../../engine/fs/types';
import type { HttpServerRequest, HttpServerResponse } from '../../../../engine/listeners';
import type { CommandContext } from '../../../types';
import { mimeOf, readData, statOf, type MimeTable } from '../lib/files';
import { decodedPath, header, normalizePath, sizeOf, type Headers } from '../lib/http';
import { httpDate } from '../lib/time';
import type { HttpdConf } from './conf';

export interface HttpdServe {
  readonly ctx: CommandContext;
  readonly conf: HttpdConf;
  readonly server: string;
  /** 2.4.6 names the URL in its 404/403 texts; 2.4.63 does not. */
  readonly oldTexts: boolean;
  readonly mime: MimeTable | undefined;
}

export interface HttpdServed {
  readonly response: HttpServerResponse;
  readonly bytes: number;
}

function statusPage(s: HttpdServe, status: number, uri: string, location?: string): string {
  const head = (title: string) =>
    `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${title}</title>\n</head><body>\n<h1>${title}</h1>\n`;
  const tail = '</body></html>\n';
  if (status === 404)
    return `${head('Not Found')}<p>The requested URL ${s.oldTexts ? `${uri} ` : ''}was not found on this server.</p>\n${tail}`;
  if (status === 403)
    return `${head('Forbidden')}<p>You don't have permission to access ${s.oldTexts ? `${uri}\non this server` : 'this resource'}.</p>\n${tail}`;
  if (status === 301)
    return `${head('Moved Permanently')}<p>The document has moved <a href="${location}">here</a>.</p>\n${tail}`;
  if (status === 405)
    return `${head('Method Not Allowed')}<p>The requested method is not allowed for this URL.</p>\n${tail}`;
  return `${head('Bad Request')}<p>Your browser sent a request that this server could not understand.<br />\n</p>\n${tail}`;
}

export function serveHttpd(s: HttpdServe, req: HttpServerRequest): HttpdServed {
  const { ctx, conf } = s;
  const now = ctx.clock.now();
  const base: Headers = [
    ['Date', httpDate(now)],
    ['Server', s.server],
  ];
  const out = (status: number, headers: Headers, body: FileData | string): HttpdServed => {
    const size = sizeOf(body);
    return {
      response: {
        status,
        headers: [...base, ...headers, ['Content-Length', String(size)]],
        body: req.method === 'HEAD' ? '' : body,
      },
      bytes: req.method === 'HEAD' ? 0 : size,
    };
  };
  const page = (status: number, uri: string, extra: Headers = [], location?: string) =>
    out(
      status,
      [...extra, ['Content-Type', 'text/html; charset=iso-8859-1']],
      statusPage(s, status, uri, location),
    );

  const fsPath = (uri: string): string => {
    for (const [url, target] of conf.aliases)
      if (uri === url || uri.startsWith(url.endsWith('/') ? url : `${url}/`))
        return target + uri.slice(url.length);
    return conf.documentRoot + uri;
  };

  const fileResponse = (status: number, path: string): HttpdServed | undefined => {
    const st = statOf(ctx, path);
    const data = st?.type === 'file' ? readData(ctx, path) : undefined;
    if (!st || !data) return undefined;
    const size = sizeOf(data);
    return out(
      status,
      [
        ['Last-Modified', httpDate(st.mtimeMs)],
        ['ETag', `"${size.toString(16)}-${Math.floor(st.mtimeMs * 1000).toString(16)}"`],
        ['Accept-Ranges', 'bytes'],
        ['Content-Type', mimeOf(path, s.mime, 'text/plain')],
      ],
      data,
    );
  };

  const error = (status: number, uri: string): HttpdServed => {
    const lm = conf.locationMatches.find((l) => l.re.test(uri) && l.errorDocuments.has(status));
    const doc = lm?.errorDocuments.get(status) ?? conf.errorDocuments.get(status);
    if (doc?.startsWith('/')) {
      const r = fileResponse(status, fsPath(doc));
      if (r) return r;
    }
    return page(status, uri);
  };

  const decoded = decodedPath(req.path);
  const uri = decoded === undefined ? undefined : normalizePath(decoded);
  if (uri === undefined) return page(400, req.path);
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST')
    return page(405, uri, [['Allow', 'POST,OPTIONS,HEAD,GET']]);
  const path = fsPath(uri);
  const st = statOf(ctx, path.replace(/\/$/, '') || '/');
  if (st?.type === 'dir') {
    if (!uri.endsWith('/')) {
      const host = header(req, 'Host') ?? conf.serverName ?? 'localhost';
      const location = `http://${host}${uri}/`;
      return page(301, uri, [['Location', location]], location);
    }
    for (const index of conf.directoryIndex) {
      const r = fileResponse(200, `${path}${index}`);
      if (r) return r;
    }
    const dir = path.replace(/\/$/, '');
    let allowed = false;
    for (const [d, on] of conf.indexes) if (dir === d || dir.startsWith(`${d}/`)) allowed = on;
    const lm = conf.locationMatches.find((l) => l.re.test(uri) && l.indexes !== undefined);
    if (lm) allowed = lm.indexes ?? allowed;
    if (!allowed) return error(403, uri);
    let names: string[] = [];
    try {
      names = ctx.fs
        .readdir(dir)
        .filter((e) => !e.name.startsWith('.'))
        .map((e) => (e.type === 'dir' ? `${e.name}/` : e.name))
        .sort();
    } catch {
      // unreadable: an empty list
    }
    const body =
      `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n  <title>Index of ${uri.replace(/\/$/, '') || '/'}</title>\n </head>\n <body>\n<h1>Index of ${uri.replace(/\/$/, '') || '/'}</h1>\n<ul>` +
      (uri === '/' ? '' : '<li><a href="../"> Parent Directory</a></li>\n') +
      names.map((n) => `<li><a href="${n}"> ${n}</a></li>\n`).join('') +
      '</ul>\n</body></html>\n';
    return out(200, [['Content-Type', 'text/html;charset=ISO-8859-1']], body);
  }
  return fileResponse(200, path) ?? error(404, uri);
}
