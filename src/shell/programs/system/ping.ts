// ping (iputils): `PING host (ip) 56(84) bytes of data.`, a reply a lab second (ctx.sleep) until
// Ctrl+C or -c N, then the statistics. Names resolve through SystemInfo.resolveHost (default: a
// few well-known names). Round-trip times are deterministic: loopback ~0.04 ms, the machine's
// own networks ~0.08 ms, the internet ~12 ms.

import type { Command, CommandContext } from '../../types';
import { interfaces, resolveHost } from './host-defaults';

function sameNetwork(ctx: CommandContext, ip: string): boolean {
  const n = ip.split('.').map(Number);
  const num = (a: number[]) => ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) >>> 0;
  for (const i of interfaces(ctx))
    for (const a of i.ipv4 ?? []) {
      const mask = a.prefix === 0 ? 0 : (0xffffffff << (32 - a.prefix)) >>> 0;
      if ((num(a.address.split('.').map(Number)) & mask) === (num(n) & mask)) return true;
    }
  return false;
}

function rtt(base: number, seq: number): number {
  return base * (1 + (((seq * 37) % 23) - 11) / 100);
}

function ms(v: number): string {
  return v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1);
}

export const ping: Command = {
  name: 'ping',
  async run(ctx) {
    let count = Infinity;
    let host: string | undefined;
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const c = /^-c(\d*)$/.exec(a);
      if (c) {
        const v = c[1] || args[++i];
        if (!/^\d+$/.test(v ?? '') || Number(v) < 1) {
          ctx.stderr.write(
            `ping: invalid argument: '${v ?? ''}': out of range: 1 <= value <= 9223372036854775807\n`,
          );
          return 1;
        }
        count = Number(v);
      } else if (a === '-4' || a === '-n' || a === '-q') continue;
      else if (a.startsWith('-')) {
        ctx.stderr.write(`ping: invalid option -- '${a.slice(1, 2)}'\n`);
        return 2;
      } else host = a;
    }
    if (host === undefined) {
      ctx.stderr.write('ping: usage error: Destination address required\n');
      return 1;
    }
    const ip = resolveHost(ctx, host);
    if (ip === null) {
      ctx.stderr.write(`ping: ${host}: Name or service not known\n`);
      return 2;
    }
    const loop = ip.startsWith('127.');
    const local = loop || sameNetwork(ctx, ip);
    const base = loop ? 0.04 : local ? 0.08 : 12.4;
    const ttl = local ? 64 : 117;
    const from = host === ip ? ip : `${host} (${ip})`;
    ctx.stdout.write(`PING ${host} (${ip}) 56(84) bytes of data.\n`);
    const times: number[] = [];
    for (let seq = 1; seq <= count; seq++) {
      if (seq > 1 && (!(await ctx.sleep(1000)) || !(await ctx.checkpoint()))) {
        break; // Ctrl+C: the console echoed ^C on this line; the statistics follow
      }
      const t = rtt(base, seq);
      times.push(t);
      ctx.stdout.write(`64 bytes from ${from}: icmp_seq=${seq} ttl=${ttl} time=${ms(t)} ms\n`);
    }
    const n = times.length;
    const sum = times.reduce((a, b) => a + b, 0);
    const avg = n ? sum / n : 0;
    const mdev = n ? Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / n) : 0;
    ctx.stdout.write(
      `\n--- ${host} ping statistics ---\n` +
        `${n} packets transmitted, ${n} received, 0% packet loss, time ${Math.max(0, n - 1) * 1000 + n}ms\n` +
        (n
          ? `rtt min/avg/max/mdev = ${[Math.min(...times), avg, Math.max(...times), mdev].map((v) => v.toFixed(3)).join('/')} ms\n`
          : ''),
    );
    return n > 0 ? 0 : 1;
  },
};
