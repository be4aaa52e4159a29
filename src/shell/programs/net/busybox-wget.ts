// BusyBox's wget applet (what `wget` is in alpine): `Connecting to host (ip:port)`, `saving to`
// / `writing to stdout`, its one-line progress meter, `'x' saved`; errors `bad address`,
// `can't connect to remote host`, `server returned error`, all with status 1. -q keeps only
// the errors. Options beyond -q, -O, -P are not modelled and say so.

import type { HttpResponse, Url, World } from '../../../engine/world';
import { bodySize, parseUrl, urlFileName } from '../../../engine/world';
import type { CommandContext } from '../../types';
import { errText } from '../../coreutils/lib/errors';
import { exchange, header, locationUrl } from './http-client';

/** True when `wget` on this machine is the busybox applet (a link to /bin/busybox). */
export function isBusyboxWget(ctx: CommandContext): boolean {
  for (const dir of (ctx.env.PATH ?? '/usr/bin:/bin').split(':')) {
    const p = `${dir || '.'}/wget`;
    try {
      if (!ctx.fs.exists(p)) continue;
      return ctx.fs.realpath(p).endsWith('/busybox');
    } catch {
      continue;
    }
  }
  return false;
}

/** `index.html           100% |****…****|   615  0:00:00 ETA` */
function meter(name: string, size: number): string {
  const shown = size < 100_000 ? String(size) : `${Math.floor(size / 1024)}k`;
  return `${name.slice(0, 20).padEnd(20)} 100% |${'*'.repeat(32)}| ${shown.padStart(5)}  0:00:00 ETA\n`;
}

export async function busyboxWget(ctx: CommandContext, world: World): Promise<number> {
  let quiet = false;
  let output: string | undefined;
  let prefix: string | undefined;
  const urls: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-q' || a === '--quiet') quiet = true;
    else if (a === '-O' || a === '--output-document') output = args[++i];
    else if (a.startsWith('-O') && a.length > 2) output = a.slice(2);
    else if (a === '-qO' || a === '-qO-') {
      quiet = true;
      output = a === '-qO-' ? '-' : args[++i];
    } else if (a === '-P') prefix = args[++i];
    else if (a.startsWith('-') && a !== '-') {
      ctx.stderr.write(`wget: layerlab: busybox wget option ${a} is not modelled (-q -O -P are)\n`);
      return 1;
    } else urls.push(a);
  }
  if (urls.length === 0) {
    ctx.stderr.write('wget: layerlab: busybox wget needs a URL (its usage text is not modelled)\n');
    return 1;
  }
  for (const text of urls) {
    const parsed = parseUrl(text.includes('://') ? text : `http://${text}`);
    if (!parsed.ok) {
      ctx.stderr.write(`wget: not an http or ftp url: ${text}\n`);
      return 1;
    }
    let url: Url = parsed.url;
    let res: HttpResponse | undefined;
    for (let hops = 0; hops < 20 && !res; hops++) {
      const ex = exchange(ctx, world, { method: 'GET', url, headers: [['User-Agent', 'Wget']] });
      if (ex.kind === 'unresolved') {
        ctx.stderr.write(`wget: bad address '${url.host}'\n`);
        return 1;
      }
      const hostPort = url.port === 80 ? url.host : `${url.host}:${url.port}`;
      if (!quiet) ctx.stderr.write(`Connecting to ${hostPort} (${ex.site.address}:${url.port})\n`);
      if (ex.kind === 'refused') {
        ctx.stderr.write(
          `wget: can't connect to remote host (${ex.site.address}): Connection refused\n`,
        );
        return 1;
      }
      const r = ex.response;
      const location = header(r, 'Location');
      if (r.status >= 300 && r.status < 400 && location !== undefined) {
        const next = parseUrl(locationUrl(url, location));
        if (!next.ok) return 1;
        url = next.url;
        continue;
      }
      if (r.status >= 400) {
        ctx.stderr.write(
          `wget: server returned error: HTTP/1.1 ${r.status}${r.reason ? ` ${r.reason}` : ''}\n`,
        );
        return 1;
      }
      res = r;
    }
    if (!res) return 1;
    const size = bodySize(res.body);
    let name = output ?? (urlFileName(url) || 'index.html');
    if (output === undefined && prefix !== undefined)
      name = `${prefix.replace(/\/+$/, '')}/${name}`;
    if (name === '-') {
      if (!quiet) ctx.stderr.write('writing to stdout\n');
      if (res.body.kind !== 'text') {
        ctx.stderr.write(
          'wget: layerlab: binary data cannot flow through a pipe here; use -O FILE\n',
        );
        return 1;
      }
      ctx.stdout.write(res.body.text);
      if (!quiet) ctx.stderr.write(`${meter('-', size)}written to stdout\n`);
      continue;
    }
    // Without -O busybox will not overwrite a file (O_EXCL).
    if (output === undefined && ctx.fs.exists(ctx.resolve(name))) {
      ctx.stderr.write(`wget: can't open '${name}': File exists\n`);
      return 1;
    }
    if (!quiet) ctx.stderr.write(`saving to '${name}'\n`);
    try {
      if (prefix !== undefined) ctx.fs.mkdir(ctx.resolve(prefix), { recursive: true });
      ctx.fs.writeFile(ctx.resolve(name), res.body);
    } catch (e) {
      ctx.stderr.write(`wget: can't open '${name}': ${errText(e)}\n`);
      return 1;
    }
    if (!quiet)
      ctx.stderr.write(`${meter(name.slice(name.lastIndexOf('/') + 1), size)}'${name}' saved\n`);
  }
  return 0;
}
