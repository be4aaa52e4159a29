// curl 7.88.1: -s -S -o -O -L -I -i -v -f -X -H -d -A -k, --version, over the lab's world.
// The meter, the verbose trace and the error lines follow curl's own texts and exit codes.

import type { FileData } from '../../../engine/fs/types';
import type { HttpResponse, Url, World } from '../../../engine/world';
import { bodySize, parseUrl, urlFileName } from '../../../engine/world';
import type { Command, CommandContext } from '../../types';
import { command, errText } from '../../coreutils/lib/errors';
import { parseOptions } from '../../coreutils/lib/options';
import { METER_HEAD, meterLine } from './curl-meter';
import { exchange, header, locationUrl } from './http-client';

const VERSION =
  'curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.11 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\n' +
  'Release-Date: 2023-02-20\n' +
  'Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp\n' +
  'Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n';

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

interface CurlOpts {
  silent: boolean;
  showError: boolean;
  output?: string;
  remoteName: boolean;
  follow: boolean;
  head: boolean;
  include: boolean;
  verbose: boolean;
  fail: boolean;
  method?: string;
  headers: string[];
  data?: string;
  agent: string;
}

/** As the server sent it: Tomcat sends no reason phrase, so its line is `HTTP/1.1 200 `. */
function statusLine(r: HttpResponse): string {
  return `HTTP/1.1 ${r.status} ${r.reason}`;
}

function headerBlock(r: HttpResponse): string {
  return `${statusLine(r)}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

function fail(ctx: CommandContext, o: CurlOpts, code: number, message: string): number {
  if (!o.silent || o.showError) ctx.stderr.write(`curl: (${code}) ${message}\n`);
  return code;
}

async function fetchOne(
  ctx: CommandContext,
  world: World,
  text: string,
  o: CurlOpts,
): Promise<number> {
  const parsed = parseUrl(text);
  if (!parsed.ok) {
    if (parsed.reason === 'scheme') {
      const scheme = text.slice(0, text.indexOf(':'));
      return fail(ctx, o, 1, `Protocol "${scheme}" not supported`);
    }
    return fail(ctx, o, 3, 'URL using bad/illegal format or missing URL');
  }
  let url: Url = parsed.url;
  let method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  let totalMs = 0;
  for (let hops = 0; ; hops++) {
    const reqHeaders: Array<[string, string]> = [
      [
        'Host',
        url.port === (url.scheme === 'https' ? 443 : 80) ? url.host : `${url.host}:${url.port}`,
      ],
      ['User-Agent', o.agent],
      ['Accept', '*/*'],
    ];
    for (const h of o.headers) {
      const i = h.indexOf(':');
      if (i > 0) reqHeaders.push([h.slice(0, i).trim(), h.slice(i + 1).trim()]);
    }
    if (o.data !== undefined) {
      reqHeaders.push(['Content-Length', String(o.data.length)]);
      reqHeaders.push(['Content-Type', 'application/x-www-form-urlencoded']);
    }
    const ex = exchange(ctx, world, {
      method,
      url,
      headers: reqHeaders,
      ...(o.data !== undefined ? { body: o.data } : {}),
    });
    if (ex.kind === 'unresolved') return fail(ctx, o, 6, `Could not resolve host: ${url.host}`);
    if (o.verbose) {
      ctx.stderr.write(`*   Trying ${ex.site.address}:${url.port}...\n`);
    }
    if (ex.kind === 'refused') {
      if (o.verbose)
        ctx.stderr.write(
          `* connect to ${ex.site.address} port ${url.port} failed: Connection refused\n`,
        );
      return fail(
        ctx,
        o,
        7,
        `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`,
      );
    }
    totalMs += ex.ms;
    const res = ex.response;
    if (o.verbose) {
      ctx.stderr.write(`* Connected to ${url.host} (${ex.site.address}) port ${url.port} (#0)\n`);
      ctx.stderr.write(`> ${method} ${url.path} HTTP/1.1\n`);
      for (const [k, v] of reqHeaders) ctx.stderr.write(`> ${k}: ${v}\n`);
      ctx.stderr.write('> \n');
      ctx.stderr.write(`< ${statusLine(res)}\n`);
      for (const [k, v] of res.headers) ctx.stderr.write(`< ${k}: ${v}\n`);
      ctx.stderr.write('< \n');
    }
    const location = header(res, 'Location');
    if (o.follow && location !== undefined && res.status >= 300 && res.status < 400) {
      if (o.head || o.include) ctx.stdout.write(headerBlock(res));
      if (hops >= 50) return fail(ctx, o, 47, 'Maximum (50) redirects followed');
      const next = parseUrl(locationUrl(url, location));
      if (!next.ok) return fail(ctx, o, 3, 'URL using bad/illegal format or missing URL');
      if (o.verbose) ctx.stderr.write(`* Issue another request to this URL: '${next.url.href}'\n`);
      url = next.url;
      if (res.status === 301 || res.status === 302) method = method === 'POST' ? 'GET' : method;
      continue;
    }
    if (o.fail && res.status >= 400) {
      return fail(ctx, o, 22, `The requested URL returned error: ${res.status}`);
    }
    return deliver(ctx, o, url, res, totalMs);
  }
}

function deliver(
  ctx: CommandContext,
  o: CurlOpts,
  url: Url,
  res: HttpResponse,
  ms: number,
): number {
  const body: FileData = res.body;
  let target = o.output;
  if (o.remoteName && target === undefined) {
    target = urlFileName(url);
    if (target === '') {
      ctx.stderr.write('curl: Remote file name has no length!\n');
      return 23;
    }
  }
  const toFile = target !== undefined && target !== '-';
  const meter = !o.silent && !o.verbose && (toFile || !ctx.stdout.isTTY);
  if (meter) ctx.stderr.write(METER_HEAD);
  const head = o.head || o.include ? headerBlock(res) : '';
  let status = 0;
  if (toFile) {
    try {
      const path = ctx.resolve(target ?? '');
      if (head !== '' && o.head) ctx.fs.writeFile(path, head);
      else if (head !== '' && body.kind === 'text') ctx.fs.writeFile(path, head + body.text);
      else ctx.fs.writeFile(path, body);
    } catch (e) {
      if (meter) ctx.stderr.write(meterLine(0, ms));
      ctx.stderr.write(`curl: (23) Failure writing output to destination\n`);
      void errText(e);
      return 23;
    }
  } else {
    ctx.stdout.write(head);
    if (!o.head) {
      if (body.kind === 'text') ctx.stdout.write(body.text);
      else if (body.size > 0) {
        if (ctx.stdout.isTTY && target !== '-') {
          ctx.stderr.write(
            'Warning: Binary output can mess up your terminal. Use "--output -" to tell \n' +
              'Warning: curl to output it to your terminal anyway, or consider "--output \n' +
              'Warning: <FILE>" to save to a file.\n',
          );
        } else {
          ctx.stderr.write(
            'curl: layerlab: binary data cannot flow through a pipe here; use -o FILE\n',
          );
        }
        status = 23;
      }
    }
  }
  if (meter) ctx.stderr.write(meterLine(o.head ? 0 : bodySize(body), ms, o.data?.length ?? 0));
  if (o.verbose) ctx.stderr.write(`* Connection #0 to host ${url.host} left intact\n`);
  return status;
}

export function createCurl(world: World): Command {
  return command('curl', async (ctx) => {
    const r = parseOptions(ctx.argv.slice(1), {
      flags: 'sSOLIivfkV',
      withArg: 'oXHdA',
      long: {
        silent: { key: 's' },
        'show-error': { key: 'S' },
        output: { key: 'o', arg: 'required' },
        'remote-name': { key: 'O' },
        location: { key: 'L' },
        head: { key: 'I' },
        include: { key: 'i' },
        verbose: { key: 'v' },
        fail: { key: 'f' },
        insecure: { key: 'k' },
        request: { key: 'X', arg: 'required' },
        header: { key: 'H', arg: 'required' },
        data: { key: 'd', arg: 'required' },
        'data-raw': { key: 'd', arg: 'required' },
        'data-binary': { key: 'd', arg: 'required' },
        'user-agent': { key: 'A', arg: 'required' },
        'max-time': { key: 'max-time', arg: 'required' },
        'connect-timeout': { key: 'connect-timeout', arg: 'required' },
        version: { key: 'V' },
        help: { key: 'help' },
      },
    });
    if (!r.ok) {
      const m = /'(.*)'|-- '(.)'/.exec(r.message);
      const opt = m ? (m[1] ?? `-${m[2]}`) : '';
      ctx.stderr.write(`curl: option ${opt}: is unknown\n${TRY}`);
      return 2;
    }
    const p = r.opts;
    if (p.has('V')) {
      ctx.stdout.write(VERSION);
      return 0;
    }
    if (p.has('help')) {
      ctx.stdout.write(
        'Usage: curl [options...] <url>\n -d, --data <data>   HTTP POST data\n -f, --fail          Fail fast with no output on HTTP errors\n -h, --help <category> Get help for commands\n -i, --include       Include protocol response headers in the output\n -o, --output <file> Write to file instead of stdout\n -O, --remote-name   Write output to a file named as the remote file\n -s, --silent        Silent mode\n -T, --upload-file <file> Transfer local FILE to destination\n -u, --user <user:password> Server user and password\n -A, --user-agent <name> Send User-Agent <name> to server\n -v, --verbose       Make the operation more talkative\n -V, --version       Show version number and quit\n\nThis is not the full help, this menu is stripped into categories.\n',
      );
      return 0;
    }
    if (p.operands.length === 0) {
      ctx.stderr.write(`curl: no URL specified!\n${TRY}`);
      return 2;
    }
    const data = p.all('d');
    const o: CurlOpts = {
      silent: p.has('s'),
      showError: p.has('S'),
      ...(p.get('o') !== undefined ? { output: p.get('o') } : {}),
      remoteName: p.has('O'),
      follow: p.has('L'),
      head: p.has('I'),
      include: p.has('i'),
      verbose: p.has('v'),
      fail: p.has('f'),
      ...(p.get('X') !== undefined ? { method: p.get('X') } : {}),
      headers: p.all('H'),
      ...(data.length > 0 ? { data: data.join('&') } : {}),
      agent: p.get('A') ?? 'curl/7.88.1',
    };
    let status = 0;
    for (const u of p.operands) {
      status = await fetchOne(ctx, world, u, o);
      if (!(await ctx.checkpoint())) return 130;
    }
    return status;
  });
}
