// GNU Wget 1.21.3: -O, -q, -nv, -c, -P over the lab's world. Everything wget says goes to stderr,
// as the real one's log does; the file is written as the body's data (blobs stay blobs).

import type { HttpResponse, Url, World } from '../../../engine/world';
import { bodySize, parseUrl, urlFileName } from '../../../engine/world';
import type { Command, CommandContext } from '../../types';
import { command, errText } from '../../coreutils/lib/errors';
import { parseOptions } from '../../coreutils/lib/options';
import { exchange, header, locationUrl, stamp, utf8Locale } from './http-client';
import { barLine, dotRows, humanShort, summaryRate } from './wget-progress';
import { busyboxWget, isBusyboxWget } from './busybox-wget';

interface WgetOpts {
  output?: string;
  quiet: boolean;
  noVerbose: boolean;
  resume: boolean;
  prefix?: string;
}

const VERSION =
  'GNU Wget 1.21.3 built on linux-gnu.\n\n-cares +digest -gpgme +https +ipv6 +iri +large-file -metalink +nls \n+ntlm +opie +psl -ssl/gnutls +ssl/openssl \n\nWgetrc: \n    /etc/wgetrc (system)\nLocale: \n    /usr/share/locale \n\nCopyright (C) 2015 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later\n<http://www.gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nOriginally written by Hrvoje Niksic <hniksic@xemacs.org>.\nPlease send bug reports and questions to <bug-wget@gnu.org>.\n';

const isIp = (h: string): boolean => /^\d+\.\d+\.\d+\.\d+$/.test(h);

/** A free name: `x`, else `x.1`, `x.2`… (wget never overwrites without -O or -c). */
function freeName(ctx: CommandContext, name: string): string {
  if (!ctx.fs.exists(ctx.resolve(name))) return name;
  for (let i = 1; ; i++) if (!ctx.fs.exists(ctx.resolve(`${name}.${i}`))) return `${name}.${i}`;
}

async function fetchOne(
  ctx: CommandContext,
  world: World,
  text: string,
  o: WgetOpts,
): Promise<number> {
  const q = utf8Locale(ctx.env) ? (s: string) => `‘${s}’` : (s: string) => `'${s}'`;
  const log = (s: string): void => {
    if (!o.quiet && !o.noVerbose) ctx.stderr.write(s);
  };
  const parsed = parseUrl(text);
  if (!parsed.ok) {
    if (!o.quiet)
      ctx.stderr.write(`${text}: Unsupported scheme ${q(text.slice(0, text.indexOf(':')))}.\n`);
    return 1;
  }
  let url: Url = parsed.url;
  const connected = new Set<string>();
  for (let hops = 0; ; hops++) {
    log(`--${stamp(ctx.clock.now())}--  ${url.href}\n`);
    const ex = exchange(ctx, world, {
      method: 'GET',
      url,
      headers: [['User-Agent', 'Wget/1.21.3']],
    });
    const hostKey = `${url.host}:${url.port}`;
    if (ex.kind === 'unresolved') {
      log(`Resolving ${url.host} (${url.host})... failed: Name or service not known.\n`);
      if (!o.quiet) ctx.stderr.write(`wget: unable to resolve host address ${q(url.host)}\n`);
      return 4;
    }
    const addr = ex.site.address;
    if (!connected.has(hostKey)) {
      if (isIp(url.host)) log(`Connecting to ${url.host}:${url.port}... `);
      else {
        log(`Resolving ${url.host} (${url.host})... ${addr}\n`);
        log(`Connecting to ${url.host} (${url.host})|${addr}|:${url.port}... `);
      }
      if (ex.kind === 'refused') {
        log('failed: Connection refused.\n');
        return 4;
      }
      log('connected.\n');
      connected.add(hostKey);
    } else {
      log(`Reusing existing connection to ${url.host}:${url.port}.\n`);
      if (ex.kind === 'refused') return 4;
    }
    if (ex.kind !== 'ok') return 4;
    const res = ex.response;
    log(`HTTP request sent, awaiting response... ${res.status} ${res.reason}\n`);
    const location = header(res, 'Location');
    if (res.status >= 300 && res.status < 400 && location !== undefined) {
      log(`Location: ${location} [following]\n`);
      if (hops >= 20) {
        if (!o.quiet) ctx.stderr.write('20 redirections exceeded.\n');
        return 8;
      }
      const next = parseUrl(locationUrl(url, location));
      if (!next.ok) return 1;
      url = next.url;
      continue;
    }
    if (res.status >= 400) {
      if (!o.quiet)
        ctx.stderr.write(`${stamp(ctx.clock.now())} ERROR ${res.status}: ${res.reason}.\n\n`);
      return 8;
    }
    return save(ctx, o, url, res, ex.ms, q, log);
  }
}

function save(
  ctx: CommandContext,
  o: WgetOpts,
  url: Url,
  res: HttpResponse,
  ms: number,
  q: (s: string) => string,
  log: (s: string) => void,
): number {
  const size = bodySize(res.body);
  const type = header(res, 'Content-Type') ?? 'application/octet-stream';
  const lengthText = size >= 1024 ? `${size} (${humanShort(size)})` : String(size);
  let name = o.output ?? (urlFileName(url) || 'index.html');
  if (o.output === undefined && o.prefix !== undefined)
    name = `${o.prefix.replace(/\/+$/, '')}/${name}`;
  if (o.resume && o.output === undefined && ctx.fs.exists(ctx.resolve(name))) {
    const have = ctx.fs.stat(ctx.resolve(name)).size;
    if (have >= size) {
      log('\n    The file is already fully retrieved; nothing to do.\n\n');
      return 0;
    }
  }
  if (o.output === undefined && !o.resume) name = freeName(ctx, name);
  log(`Length: ${lengthText} [${type}]\n`);
  const toStdout = name === '-';
  log(`Saving to: ${q(toStdout ? 'STDOUT' : name)}\n`);
  const rate = (size / Math.max(ms, 1)) * 1000;
  if (!o.quiet && !o.noVerbose) {
    if (ctx.stderr.isTTY)
      ctx.stderr.write(`\n${barLine(toStdout ? '-' : name, size, rate, ctx.stderr.columns)}\n\n`);
    else ctx.stderr.write(`${dotRows(size, rate)}\n\n`);
  }
  if (toStdout) {
    if (res.body.kind === 'text') ctx.stdout.write(res.body.text);
    else {
      ctx.stderr.write(
        'wget: layerlab: binary data cannot flow through a pipe here; use -O FILE\n',
      );
      return 3;
    }
  } else {
    try {
      if (o.prefix !== undefined) ctx.fs.mkdir(ctx.resolve(o.prefix), { recursive: true });
      ctx.fs.writeFile(ctx.resolve(name), res.body);
    } catch (e) {
      if (!o.quiet) ctx.stderr.write(`${name}: ${errText(e)}\n`);
      return 3;
    }
  }
  const done = stamp(ctx.clock.now());
  if (o.noVerbose && !o.quiet)
    ctx.stderr.write(
      `${done} URL:${url.href} [${size}/${size}] -> "${toStdout ? '-' : name}" [1]\n`,
    );
  log(
    `${done} (${summaryRate(rate)}) - ${toStdout ? 'written to stdout' : q(name)} saved [${size}/${size}]\n\n`,
  );
  return 0;
}

export function createWget(world: World): Command {
  return command('wget', async (ctx) => {
    // In alpine `wget` is busybox's applet, with its own texts.
    if (isBusyboxWget(ctx)) return busyboxWget(ctx, world);
    const r = parseOptions(ctx.argv.slice(1), {
      flags: 'qcVh',
      withArg: 'OPn',
      long: {
        'output-document': { key: 'O', arg: 'required' },
        quiet: { key: 'q' },
        continue: { key: 'c' },
        'no-verbose': { key: 'nv' },
        'directory-prefix': { key: 'P', arg: 'required' },
        'no-check-certificate': { key: 'k' },
        version: { key: 'V' },
        help: { key: 'h' },
      },
    });
    if (!r.ok) {
      ctx.stderr.write(
        `wget: ${r.message}\nUsage: wget [OPTION]... [URL]...\n\nTry \`wget --help' for more options.\n`,
      );
      return 2;
    }
    const p = r.opts;
    if (p.has('V')) {
      ctx.stdout.write(VERSION);
      return 0;
    }
    if (p.has('h')) {
      ctx.stdout.write(
        "GNU Wget 1.21.3, a non-interactive network retriever.\nUsage: wget [OPTION]... [URL]...\n\n(Layerlab's wget: -O -q -nv -c -P.)\n",
      );
      return 0;
    }
    const nv = p.all('n');
    if (nv.some((v) => v !== 'v')) {
      ctx.stderr.write(
        `wget: invalid option -- 'n'\nUsage: wget [OPTION]... [URL]...\n\nTry \`wget --help' for more options.\n`,
      );
      return 2;
    }
    if (p.operands.length === 0) {
      ctx.stderr.write(
        "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n",
      );
      return 1;
    }
    const o: WgetOpts = {
      ...(p.get('O') !== undefined ? { output: p.get('O') } : {}),
      quiet: p.has('q'),
      noVerbose: nv.length > 0 || p.has('nv'),
      resume: p.has('c'),
      ...(p.get('P') !== undefined ? { prefix: p.get('P') } : {}),
    };
    let status = 0;
    for (const u of p.operands) {
      const s = await fetchOne(ctx, world, u, o);
      if (s !== 0) status = s;
      if (!(await ctx.checkpoint())) return 130;
    }
    return status;
  });
}
