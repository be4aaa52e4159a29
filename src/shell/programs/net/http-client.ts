// One HTTP exchange through the world, as curl and wget perform it: resolve, connect, request.
// Lab time moves by the site's latency and transfer rate. Redirects are the caller's business.

import type { HttpRequest, HttpResponse, Site, Url, World } from '../../../engine/world';
import { bodySize } from '../../../engine/world';
import type { CommandContext } from '../../types';

export type Exchange =
  | { readonly kind: 'unresolved' }
  | { readonly kind: 'refused'; readonly site: Site }
  | {
      readonly kind: 'ok';
      readonly site: Site;
      readonly response: HttpResponse;
      readonly ms: number;
    };

const LATENCY_MS = 25;
const DEFAULT_MS_PER_MB = 100;

export function exchange(ctx: CommandContext, world: World, req: HttpRequest): Exchange {
  const site = world.resolve(req.url.host);
  if (!site) {
    ctx.clock.advance(LATENCY_MS);
    return { kind: 'unresolved' };
  }
  const response = site.handle(req);
  if (!response) return { kind: 'refused', site };
  const ms =
    LATENCY_MS +
    Math.round((bodySize(response.body) / 1_048_576) * (site.msPerMB ?? DEFAULT_MS_PER_MB));
  ctx.clock.advance(ms);
  return { kind: 'ok', site, response, ms };
}

export function header(res: HttpResponse, name: string): string | undefined {
  const n = name.toLowerCase();
  return res.headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

/** The URL a Location header points at, resolved against the current one. */
export function locationUrl(current: Url, location: string): string {
  if (/^[a-z]+:\/\//i.test(location)) return location;
  const origin = `${current.scheme}://${current.host}${current.port === (current.scheme === 'https' ? 443 : 80) ? '' : `:${current.port}`}`;
  if (location.startsWith('/')) return origin + location;
  const dir = current.path.slice(0, current.path.lastIndexOf('/') + 1);
  return origin + dir + location;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-22 14:00:00` in UTC, as wget stamps its lines. */
export function stamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`
  );
}

/** Whether the locale is UTF-8 (wget then quotes with ‘…’, otherwise with '…'). */
export function utf8Locale(env: Readonly<Record<string, string>>): boolean {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /utf-?8/i.test(l);
}
