// ifconfig (net-tools 2.10): the interfaces that are up (-a: all), or one by name.

import type { Command, NetInterface } from '../../types';
import { interfaces } from './host-defaults';

function netmask(prefix: number): string {
  const m = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
}

function broadcast(address: string, prefix: number): string {
  const n = address.split('.').reduce((a, b) => ((a << 8) | Number(b)) >>> 0, 0);
  const b = (n | (prefix >= 32 ? 0 : 0xffffffff >>> prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (b >>> s) & 255).join('.');
}

/** net-tools' byte counts: decimal units with one decimal. */
function size(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

function eui64(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  b[0] ^= 2;
  const w = [(b[0] << 8) | b[1], (b[2] << 8) | 0xff, 0xfe00 | b[3], (b[4] << 8) | b[5]];
  return `fe80::${w.map((x) => x.toString(16)).join(':')}`;
}

function block(i: NetInterface): string {
  const running = i.up && i.carrier !== false;
  const names: string[] = [];
  let code = 0;
  if (i.up) {
    names.push('UP');
    code |= 1;
  }
  if (i.kind === 'loopback') {
    names.push('LOOPBACK');
    code |= 8;
  } else {
    names.push('BROADCAST');
    code |= 2;
  }
  if (running) {
    names.push('RUNNING');
    code |= 64;
  }
  if (i.kind !== 'loopback') {
    names.push('MULTICAST');
    code |= 4096;
  }
  const lines = [`${i.name}: flags=${code}<${names.join(',')}>  mtu ${i.mtu ?? 1500}`];
  for (const a of i.ipv4 ?? []) {
    const brd = i.kind === 'loopback' ? '' : `  broadcast ${broadcast(a.address, a.prefix)}`;
    lines.push(`        inet ${a.address}  netmask ${netmask(a.prefix)}${brd}`);
  }
  if (running && i.kind === 'loopback')
    lines.push('        inet6 ::1  prefixlen 128  scopeid 0x10<host>');
  else if (running && i.mac)
    lines.push(`        inet6 ${eui64(i.mac)}  prefixlen 64  scopeid 0x20<link>`);
  if (i.kind === 'loopback') lines.push('        loop  txqueuelen 1000  (Local Loopback)');
  else {
    const q = i.kind === 'ether' && i.peerIndex === undefined ? 1000 : 0;
    lines.push(`        ether ${i.mac ?? '00:00:00:00:00:00'}  txqueuelen ${q}  (Ethernet)`);
  }
  const rx = i.rxBytes ?? 0;
  const tx = i.txBytes ?? 0;
  lines.push(
    `        RX packets ${i.rxPackets ?? 0}  bytes ${rx} (${size(rx)})`,
    '        RX errors 0  dropped 0  overruns 0  frame 0',
    `        TX packets ${i.txPackets ?? 0}  bytes ${tx} (${size(tx)})`,
    '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0',
  );
  return `${lines.join('\n')}\n\n`;
}

export const ifconfig: Command = {
  name: 'ifconfig',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const all = args.includes('-a');
    const names = args.filter((a) => a !== '-a');
    const list = [...interfaces(ctx)].sort((a, b) => (a.name < b.name ? -1 : 1));
    if (names.length > 0) {
      const i = list.find((x) => x.name === names[0]);
      if (!i) {
        ctx.stderr.write(`${names[0]}: error fetching interface information: Device not found\n`);
        return 1;
      }
      if (names.length > 1) {
        ctx.stderr.write('layerlab: ifconfig: changing the network is not part of this lab\n');
        return 1;
      }
      ctx.stdout.write(block(i));
      return 0;
    }
    ctx.stdout.write(
      list
        .filter((i) => all || i.up)
        .map(block)
        .join(''),
    );
    return 0;
  },
};
