// A redis client's connection through the lab: name lookup in the machine's /etc/hosts, then the
// listeners. redis-cli and the Flask app's `Redis(host="redis")` both use it.

import { lookupHost, type RedisReply } from '../../../../engine/listeners';
import type { CommandContext } from '../../../types';
import type { ProgramNet } from '../net';

export type RedisConnection =
  | { readonly ok: true; send(args: readonly string[]): RedisReply }
  /** `message` is what follows `Could not connect to Redis at host:port: `. */
  | { readonly ok: false; readonly message: string; readonly protocol?: boolean };

export function connectRedis(
  ctx: CommandContext,
  net: ProgramNet,
  host: string,
  port: number,
): RedisConnection {
  const address = lookupHost(ctx.fs, host);
  if (address === undefined) return { ok: false, message: 'Name or service not known' };
  const c = net.listeners.connect(net.netnsOf(ctx), address, port);
  if (!c.ok)
    return {
      ok: false,
      message:
        c.reason === 'refused'
          ? 'Connection refused'
          : c.reason === 'reset'
            ? 'Connection reset by peer'
            : 'No route to host',
    };
  const service = c.service;
  if (service.kind !== 'redis')
    return { ok: false, message: 'Protocol error, got "H" as reply type byte', protocol: true };
  return {
    ok: true,
    send: (args) => service.command(args, { remoteAddr: c.remoteAddr }),
  };
}

/** redis-cli's rendering: on a terminal with types, else raw (as when piped). */
export function renderReply(r: RedisReply, tty: boolean, v7: boolean, indent = ''): string {
  switch (r.type) {
    case 'status':
      return r.text;
    case 'error':
      return tty ? `(error) ${r.text}` : r.text;
    case 'integer':
      return tty ? `(integer) ${r.value}` : String(r.value);
    case 'bulk':
      if (r.value === null) return tty ? '(nil)' : '';
      return tty ? JSON.stringify(r.value) : r.value;
    case 'array': {
      const items = r.items ?? [];
      if (items.length === 0) return tty ? (v7 ? '(empty array)' : '(empty list or set)') : '';
      if (!tty) return items.map((i) => renderReply(i, false, v7)).join('\n');
      const w = String(items.length).length;
      return items
        .map(
          (i, n) =>
            `${n === 0 ? '' : indent}${String(n + 1).padStart(w)}) ${renderReply(i, true, v7, `${indent}${' '.repeat(w + 2)}`)}`,
        )
        .join('\n');
    }
  }
}
