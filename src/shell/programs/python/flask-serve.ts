// Serving a recognised Flask app the way Flask 3 and Werkzeug 3 do: the banner (stdout), the
// development-server warning and addresses (stderr, coloured as werkzeug colours them), then one
// access line per request on stderr, routes called per request — so edits to app.py need a
// restart, as in the real thing.

import type { HttpServerRequest, HttpServerResponse } from '../../../engine/listeners';
import type { CommandContext } from '../../types';
import type { ProgramNet } from '../servers/net';
import { stopSwitch } from '../servers/lib/wait';
import { httpDate, werkzeugTime } from '../servers/lib/time';
import type { FlaskApp } from './modules';
import { framesOf } from './program';
import { PyException, pyStr, type Value } from './values';
import { utf8Length } from '../../../engine/text/utf8';

const RED_BOLD = (s: string) => `\x1b[31m\x1b[1m${s}\x1b[0m`;
const YELLOW = (s: string) => `\x1b[33m${s}\x1b[0m`;

function page(code: number, title: string, text: string): string {
  return `<!doctype html>\n<html lang=en>\n<title>${code} ${title}</title>\n<h1>${title}</h1>\n<p>${text}</p>\n`;
}

export interface FlaskRun {
  readonly ctx: CommandContext;
  readonly net: ProgramNet;
  readonly app: FlaskApp;
  readonly name: string;
  readonly flaskVersion: string;
  readonly werkzeugVersion: string;
  readonly pythonVersion: string;
  readonly flush: () => void;
}

export async function serveFlask(o: FlaskRun): Promise<number> {
  const { ctx, net, app } = o;
  const kw = app.run ?? {};
  const host = pyStr(kw.host ?? '127.0.0.1');
  const port = typeof kw.port === 'number' ? kw.port : Number(pyStr(kw.port ?? 5000));
  const debug = kw.debug === true;
  const netns = net.netnsOf(ctx);
  const bound = net.listeners.listen(
    { netns, ip: host === '0.0.0.0' || host === '::' ? '0.0.0.0' : host, port },
    { kind: 'http', handle: (req) => handle(o, req) },
  );
  ctx.stdout.write(` * Serving Flask app '${o.name}'\n * Debug mode: ${debug ? 'on' : 'off'}\n`);
  o.flush();
  if (!bound.ok) {
    ctx.stderr.write(
      `Address already in use\nPort ${port} is in use by another program. Either identify and stop that program, or start the server with a different port.\n`,
    );
    return 1;
  }
  const lines = [
    RED_BOLD(
      'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
    ),
  ];
  if (host === '0.0.0.0') {
    lines.push(` * Running on all addresses (0.0.0.0)`, ` * Running on http://127.0.0.1:${port}`);
    const own = net.listeners.view.addressOf(netns);
    lines.push(` * Running on http://${own && netns !== 'host' ? own : '127.0.0.1'}:${port}`);
  } else lines.push(` * Running on http://${host}:${port}`);
  ctx.stderr.write(`${lines.join('\n')}\n${YELLOW('Press CTRL+C to quit')}\n`);
  const sw = stopSwitch(ctx);
  await sw.stopped;
  bound.close();
  return 0;
}

function handle(o: FlaskRun, req: HttpServerRequest): HttpServerResponse {
  const { ctx } = o;
  const path = req.path.replace(/\?.*/, '');
  const route = o.app.routes.find((r) => r.path === path);
  let status = 200;
  let body: string;
  if (!route) {
    status = 404;
    body = page(
      404,
      'Not Found',
      'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
    );
  } else if (
    !route.methods.includes(req.method) &&
    req.method !== 'HEAD' &&
    req.method !== 'OPTIONS'
  ) {
    status = 405;
    body = page(405, 'Method Not Allowed', 'The method is not allowed for the requested URL.');
  } else {
    try {
      const v: Value = route.view.call?.([], {}) ?? null;
      body = pyStr(v);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      status = 500;
      const t = new Date(ctx.clock.now())
        .toISOString()
        .replace('T', ' ')
        .replace('Z', '')
        .replace('.', ',');
      const frames = framesOf(e)
        .map((f) => `  File "${f.file}", line ${f.line}, in ${f.func}\n    ${f.shown}\n`)
        .join('');
      ctx.stderr.write(
        `[${t}] ERROR in app: Exception on ${path} [${req.method}]\nTraceback (most recent call last):\n` +
          `  File "/usr/local/lib/python${o.pythonVersion}/site-packages/flask/app.py", line 1473, in wsgi_app\n    response = self.full_dispatch_request()\n               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n` +
          `  File "/usr/local/lib/python${o.pythonVersion}/site-packages/flask/app.py", line 882, in full_dispatch_request\n    rv = self.handle_user_exception(e)\n         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n` +
          `  File "/usr/local/lib/python${o.pythonVersion}/site-packages/flask/app.py", line 880, in full_dispatch_request\n    rv = self.dispatch_request()\n         ^^^^^^^^^^^^^^^^^^^^^^^\n` +
          `  File "/usr/local/lib/python${o.pythonVersion}/site-packages/flask/app.py", line 865, in dispatch_request\n    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n` +
          frames +
          `${e.type}: ${e.message}\n`,
      );
      body = page(
        500,
        'Internal Server Error',
        'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
      );
    }
  }
  const line = `${req.method} ${req.path} HTTP/1.1`;
  const shown =
    status === 200
      ? line
      : status === 404
        ? YELLOW(line)
        : status >= 500
          ? `\x1b[35m\x1b[1m${line}\x1b[0m`
          : `\x1b[31m\x1b[1m${line}\x1b[0m`;
  ctx.stderr.write(
    `${req.remoteAddr} - - [${werkzeugTime(ctx.clock.now())}] "${shown}" ${status} -\n`,
  );
  return {
    status,
    headers: [
      ['Server', `Werkzeug/${o.werkzeugVersion} Python/${o.pythonVersion}`],
      ['Date', httpDate(ctx.clock.now())],
      ['Content-Type', 'text/html; charset=utf-8'],
      ['Content-Length', String(utf8Length(body))],
      ['Connection', 'close'],
    ],
    body: req.method === 'HEAD' ? '' : body,
  };
}
