// One request to Tomcat: the context by path, `/docs` → 302 `/docs/`, welcome files (index.html,
// index.htm, index.jsp), the DefaultServlet's static files, JSPs through jsp.ts (compiled once
// into the work directory, as Jasper does), WEB-INF/META-INF hidden, the ErrorReportValve page.

import type { HttpServerRequest, HttpServerResponse } from '../../../../engine/listeners';
import type { CommandContext } from '../../../types';
import { decodedPath, normalizePath, reply, sizeOf, type Headers } from '../../servers/lib/http';
import { mimeOf, readData, statOf } from '../../servers/lib/files';
import { httpDate } from '../../servers/lib/time';
import { errorPage, escapeMessage } from './error-page';
import { renderJsp } from './jsp';
import type { Deployer, WebApp } from './webapps';
import type { Modes } from './modes';

export interface ServeEnv {
  readonly ctx: CommandContext;
  readonly serverInfo: string;
  readonly deployer: Deployer;
  /** work/Catalina/localhost */
  readonly workDir: string;
  readonly modes: Modes;
  /** Said once per page: scriptlet code the lab does not run. */
  note(message: string): void;
}

const WELCOME = ['index.html', 'index.htm', 'index.jsp'];

function error(
  env: ServeEnv,
  req: HttpServerRequest,
  status: number,
  message?: string,
): HttpServerResponse {
  const body = errorPage(status, env.serverInfo, message && escapeMessage(message));
  return reply(
    req,
    status,
    [
      ['Content-Type', 'text/html;charset=utf-8'],
      ['Content-Language', 'en'],
      ['Content-Length', String(sizeOf(body))],
      ['Date', httpDate(env.ctx.clock.now())],
    ],
    body,
  );
}

/** Jasper's makeJavaIdentifier: `-` → `_002d`, `.` → `_`, a leading digit gets `_`. */
function javaIdentifier(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/[A-Za-z0-9$]/.test(ch)) out += ch;
    else if (ch === '.') out += '_';
    else out += `_${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
  return /^[0-9]/.test(out) ? `_${out}` : out;
}

function compiled(env: ServeEnv, app: WebApp, rel: string): void {
  // Jasper writes the servlet's source and class the first time the page is asked for, under
  // org/apache/jsp plus the page's directories (`WEB-INF/jsp/403.jsp` → WEB_002dINF/jsp/_403_jsp).
  const parts = rel.replace(/^\//, '').split('/').map(javaIdentifier);
  const base = parts.join('/');
  const dir = `${env.workDir}/${app.name}/org/apache/jsp`;
  const fs = env.ctx.fs;
  try {
    if (fs.exists(`${dir}/${base}.class`)) return;
    const sub = base.includes('/') ? `/${base.slice(0, base.lastIndexOf('/'))}` : '';
    fs.mkdir(`${dir}${sub}`, { recursive: true, mode: env.modes.dir });
    fs.writeFile(
      `${dir}/${base}.java`,
      {
        kind: 'blob',
        size: 20_614,
        digest: `sha256:jasper-java-${app.name}-${base}`,
      },
      { mode: env.modes.file },
    );
    fs.writeFile(
      `${dir}/${base}.class`,
      {
        kind: 'blob',
        size: 15_203,
        digest: `sha256:jasper-class-${app.name}-${base}`,
      },
      { mode: env.modes.file },
    );
  } catch {
    // an unwritable work directory: the page is still served from memory
  }
}

/** A context's RemoteAddrValve (META-INF/context.xml): false when it turns the client away. */
function remoteAllowed(env: ServeEnv, app: WebApp, addr: string): boolean {
  let xml: string;
  try {
    xml = env.ctx.fs.readText(`${app.docBase}/META-INF/context.xml`);
  } catch {
    return true;
  }
  const valve = /<Valve\b[^>]*RemoteAddrValve[^>]*>/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''));
  if (!valve) return true;
  const attr = (n: string) => new RegExp(`\\b${n}\\s*=\\s*"([^"]*)"`).exec(valve[0])?.[1];
  const full = (re: string | undefined) => {
    if (re === undefined) return undefined;
    try {
      return new RegExp(`^(?:${re})$`).test(addr);
    } catch {
      return false;
    }
  };
  if (full(attr('deny')) === true) return false;
  const allow = full(attr('allow'));
  return allow === undefined ? true : allow;
}

/** The context's <error-page> for a status (WEB-INF/web.xml), as a path inside the app. */
function errorPageOf(env: ServeEnv, app: WebApp, status: number): string | undefined {
  let xml: string;
  try {
    xml = env.ctx.fs.readText(`${app.docBase}/WEB-INF/web.xml`);
  } catch {
    return undefined;
  }
  for (const m of xml.matchAll(/<error-page>([\s\S]*?)<\/error-page>/g)) {
    const body = m[1] ?? '';
    if (/<error-code>\s*(\d+)\s*<\/error-code>/.exec(body)?.[1] !== String(status)) continue;
    return /<location>\s*([^<\s]+)\s*<\/location>/.exec(body)?.[1];
  }
  return undefined;
}

/** sendError(status) inside a context: its error page when it has one, else the valve's page. */
function contextError(env: ServeEnv, req: HttpServerRequest, app: WebApp, status: number) {
  const loc = errorPageOf(env, app, status);
  const file = loc && `${app.docBase}${loc}`;
  if (file && statOf(env.ctx, file)?.type === 'file') {
    const page = file.endsWith('.jsp')
      ? serveJsp(env, req, app, loc, file)
      : serveStatic(env, req, file);
    if (page) return { ...page, status };
  }
  return error(env, req, status);
}

function serveJsp(env: ServeEnv, req: HttpServerRequest, app: WebApp, rel: string, file: string) {
  let source: string;
  try {
    source = env.ctx.fs.readText(file);
  } catch {
    return error(env, req, 404, `JSP file [${rel}] not found`);
  }
  compiled(env, app, rel);
  const page = renderJsp(source, {
    serverInfo: env.serverInfo,
    contextPath: app.path,
    nowMs: env.ctx.clock.now(),
  });
  if (page.unsupported.length > 0)
    env.note(
      `layerlab: ${app.docBase}${rel}: Java in scriptlets is not run by the lab (${page.unsupported[0]})`,
    );
  // A page with session="false" (the image's ROOT) sets no cookie; others start a session.
  const noSession = /<%@\s*page[^%]*session\s*=\s*"false"/.test(source);
  const headers: Headers = [
    ...(noSession
      ? []
      : [
          [
            'Set-Cookie',
            `JSESSIONID=${sessionId(req.path)}; Path=${app.path || '/'}; HttpOnly`,
          ] as const,
        ]),
    ['Content-Type', 'text/html;charset=UTF-8'],
    ['Transfer-Encoding', 'chunked'],
    ['Date', httpDate(env.ctx.clock.now())],
  ];
  return reply(req, 200, headers, page.html);
}

function sessionId(seed: string): string {
  let h = 0x811c9dc5;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  let out = '';
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += h.toString(16).toUpperCase().padStart(8, '0');
  }
  return out;
}

function serveStatic(env: ServeEnv, req: HttpServerRequest, file: string) {
  const st = statOf(env.ctx, file);
  const data = readData(env.ctx, file);
  if (!st || !data) return undefined;
  return reply(
    req,
    200,
    [
      ['Accept-Ranges', 'bytes'],
      ['ETag', `W/"${st.size}-${Math.floor(st.mtimeMs)}"`],
      ['Last-Modified', httpDate(st.mtimeMs)],
      ['Content-Type', mimeOf(file, undefined, 'application/octet-stream')],
      ['Content-Length', String(st.size)],
      ['Date', httpDate(env.ctx.clock.now())],
    ],
    data,
  );
}

export function serveTomcat(env: ServeEnv, req: HttpServerRequest): HttpServerResponse {
  const decoded = decodedPath(req.path);
  const path = decoded === undefined ? undefined : normalizePath(decoded);
  if (path === undefined) return error(env, req, 400);
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST')
    return error(env, req, 405, `HTTP method ${req.method} is not supported by this URL`);
  const app = env.deployer.match(path);
  // No context for the path: the Host itself answers, with no message.
  if (!app) return error(env, req, 404);
  if (!remoteAllowed(env, app, req.remoteAddr)) return contextError(env, req, app, 403);
  let rel = path.slice(app.path.length);
  if (rel === '') {
    const q = req.path.indexOf('?');
    return reply(
      req,
      302,
      [
        ['Location', `${app.path}/${q < 0 ? '' : req.path.slice(q)}`],
        ['Content-Length', '0'],
        ['Date', httpDate(env.ctx.clock.now())],
      ],
      '',
    );
  }
  if (/^\/(WEB-INF|META-INF)(\/|$)/i.test(rel)) return error(env, req, 404, `${path}`);
  let file = `${app.docBase}${rel}`;
  let st = statOf(env.ctx, file);
  if (st?.type === 'dir') {
    if (!rel.endsWith('/'))
      return reply(
        req,
        302,
        [
          ['Location', `${path}/`],
          ['Content-Length', '0'],
          ['Date', httpDate(env.ctx.clock.now())],
        ],
        '',
      );
    const dir = file;
    const welcome = WELCOME.find((w) => statOf(env.ctx, `${dir}${w}`)?.type === 'file');
    if (!welcome) return error(env, req, 404, `The requested resource [${path}] is not available`);
    rel = `${rel}${welcome}`;
    file = `${dir}${welcome}`;
    st = statOf(env.ctx, file);
  }
  if (!st || st.type !== 'file')
    return error(env, req, 404, `The requested resource [${path}] is not available`);
  if (file.endsWith('.jsp')) return serveJsp(env, req, app, rel, file);
  return (
    serveStatic(env, req, file) ??
    error(env, req, 404, `The requested resource [${path}] is not available`)
  );
}
