// ip (iproute2 6): `ip addr` / `ip a` [show [dev] NAME], `ip link` [show NAME], `ip route` /
// `ip r`, with -4. Interfaces and routes come from SystemInfo (default: the plain host).

import type { Command, CommandContext, NetInterface, RouteInfo } from '../../types';
import { interfaces, routes } from './host-defaults';

function flags(i: NetInterface): string {
  if (i.kind === 'loopback') return i.up ? '<LOOPBACK,UP,LOWER_UP>' : '<LOOPBACK>';
  if (!i.up) return '<BROADCAST,MULTICAST>';
  return i.carrier === false
    ? '<NO-CARRIER,BROADCAST,MULTICAST,UP>'
    : '<BROADCAST,MULTICAST,UP,LOWER_UP>';
}

function state(i: NetInterface): string {
  if (i.kind === 'loopback') return 'UNKNOWN';
  return i.up && i.carrier !== false ? 'UP' : 'DOWN';
}

function label(i: NetInterface): string {
  return i.peerIndex !== undefined ? `${i.name}@if${i.peerIndex}` : i.name;
}

function broadcast(address: string, prefix: number): string {
  const n = address.split('.').reduce((a, b) => ((a << 8) | Number(b)) >>> 0, 0);
  const host = prefix >= 32 ? 0 : (0xffffffff >>> prefix) >>> 0;
  const b = (n | host) >>> 0;
  return [24, 16, 8, 0].map((s) => (b >>> s) & 255).join('.');
}

/** The EUI-64 link-local address of a MAC, as the kernel assigns it. */
function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  b[0] ^= 2;
  const w = [(b[0] << 8) | b[1], (b[2] << 8) | 0xff, 0xfe00 | b[3], (b[4] << 8) | b[5]];
  return `fe80::${w.map((x) => x.toString(16)).join(':')}/64`;
}

function linkLines(i: NetInterface): string[] {
  const master = i.master ? ` master ${i.master}` : '';
  const qdisc = i.kind === 'ether' && i.peerIndex === undefined ? 'fq_codel' : 'noqueue';
  const qlen =
    i.kind === 'loopback' || (i.kind === 'ether' && i.peerIndex === undefined) ? ' qlen 1000' : ' ';
  const head = `${i.index}: ${label(i)}: ${flags(i)} mtu ${i.mtu ?? 1500} qdisc ${qdisc}${master} state ${state(i)} group default${qlen}`;
  const link =
    i.kind === 'loopback'
      ? '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00'
      : `    link/ether ${i.mac ?? '00:00:00:00:00:00'} brd ff:ff:ff:ff:ff:ff${i.peerIndex !== undefined ? ' link-netnsid 0' : ''}`;
  return [head, link];
}

function addrLines(i: NetInterface, only4: boolean): string[] {
  const lines = linkLines(i);
  for (const a of i.ipv4 ?? []) {
    const scope = i.kind === 'loopback' ? 'host' : 'global';
    const brd = i.kind === 'loopback' ? '' : ` brd ${broadcast(a.address, a.prefix)}`;
    const dyn =
      i.name === 'eth0' && i.peerIndex === undefined && i.kind === 'ether' ? ' metric 100' : '';
    lines.push(
      `    inet ${a.address}/${a.prefix}${dyn}${brd} scope ${scope}${dyn ? ' dynamic' : ''} ${i.name}`,
    );
    lines.push(
      dyn
        ? '       valid_lft 86313sec preferred_lft 86313sec'
        : '       valid_lft forever preferred_lft forever',
    );
  }
  if (!only4 && i.up && i.carrier !== false) {
    if (i.kind === 'loopback') lines.push('    inet6 ::1/128 scope host noprefixroute ');
    else if (i.mac) lines.push(`    inet6 ${linkLocal(i.mac)} scope link `);
    if (i.kind === 'loopback' || i.mac)
      lines.push('       valid_lft forever preferred_lft forever');
  }
  return lines;
}

function routeLine(r: RouteInfo): string {
  let s = r.dest;
  if (r.via) s += ` via ${r.via}`;
  s += ` dev ${r.dev}`;
  if (r.proto) s += ` proto ${r.proto}`;
  if (r.scope) s += ` scope ${r.scope}`;
  if (r.src) s += ` src ${r.src}`;
  if (r.metric !== undefined) s += ` metric ${r.metric}`;
  if (r.linkdown) s += ' linkdown';
  return `${s} `;
}

function pick(ctx: CommandContext, args: string[]): NetInterface[] | string {
  const list = [...interfaces(ctx)].sort((a, b) => a.index - b.index);
  const rest = args.filter((a) => a !== 'show' && a !== 'list' && a !== 'dev');
  if (rest.length === 0) return list;
  const found = list.filter((i) => i.name === rest[0]);
  return found.length > 0 ? found : `Device "${rest[0]}" does not exist.`;
}

const OBJECTS: Record<string, string> = {
  a: 'addr',
  addr: 'addr',
  address: 'addr',
  l: 'link',
  link: 'link',
  r: 'route',
  ro: 'route',
  route: 'route',
};

export const ip: Command = {
  name: 'ip',
  run(ctx) {
    let args = ctx.argv.slice(1);
    let only4 = false;
    while (args[0]?.startsWith('-')) {
      if (args[0] === '-4') only4 = true;
      else if (args[0] !== '-c' && args[0] !== '-color') {
        ctx.stderr.write(`Option "${args[0]}" is unknown, try "ip -help".\n`);
        return 255;
      }
      args = args.slice(1);
    }
    if (args.length === 0) {
      ctx.stderr.write(
        'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | link | route | neigh | netns | … }\n',
      );
      return 255;
    }
    const object = OBJECTS[args[0]];
    if (!object) {
      ctx.stderr.write(`Object "${args[0]}" is unknown, try "ip help".\n`);
      return 255;
    }
    const sub = args.slice(1);
    if (
      sub[0] &&
      !['show', 'list', 'ls', 'dev'].includes(sub[0]) &&
      !interfaces(ctx).some((i) => i.name === sub[0])
    ) {
      ctx.stderr.write(
        `layerlab: ip ${object} ${sub[0]}: changing the network is not part of this lab\n`,
      );
      return 2;
    }
    if (object === 'route') {
      ctx.stdout.write(
        routes(ctx)
          .map((r) => `${routeLine(r)}\n`)
          .join(''),
      );
      return 0;
    }
    const list = pick(ctx, sub);
    if (typeof list === 'string') {
      ctx.stderr.write(`${list}\n`);
      return 1;
    }
    const lines = list.flatMap((i) => (object === 'link' ? linkLines(i) : addrLines(i, only4)));
    ctx.stdout.write(lines.map((l) => `${l}\n`).join(''));
    return 0;
  },
};
