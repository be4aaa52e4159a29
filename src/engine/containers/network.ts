// The default bridge, as far as containers see it: an endpoint from start to stop with the lowest
// free address of 172.17.0.0/16 (the gateway is .1, the first container .2), a random locally
// administered MAC (28.x), and endpoint/sandbox IDs. Ports and other networks are the network
// module's job; this stub keeps inspect and /etc/hosts honest until it lands.

import type { Ctx } from './context';
import { newId, randomMac } from './ids';
import type { Container, NetworkEndpoint, PortBinding } from './types';

export const BRIDGE_GATEWAY = '172.17.0.1';

export const NO_ENDPOINT: NetworkEndpoint = {
  networkId: '',
  endpointId: '',
  sandboxId: '',
  ipAddress: '',
  gateway: '',
  macAddress: '',
  ipNumber: 0,
  ports: {},
};

function ipOf(n: number): string {
  return `172.17.${Math.floor(n / 256)}.${n % 256}`;
}

/** NetworkSettings.Ports: exposed ports (null) and bindings on 0.0.0.0 and ::. */
function portsOf(ctx: Ctx, c: Container): Record<string, readonly PortBinding[] | null> {
  const out: Record<string, readonly PortBinding[] | null> = {};
  for (const p of Object.keys(c.config.ExposedPorts ?? {})) out[p] = null;
  const bindings: Record<string, readonly PortBinding[]> = { ...c.hostConfig.PortBindings };
  if (c.hostConfig.PublishAllPorts)
    for (const p of Object.keys(c.config.ExposedPorts ?? {}))
      bindings[p] ??= [{ HostIp: '', HostPort: '' }];
  for (const [p, list] of Object.entries(bindings)) {
    const made: PortBinding[] = [];
    for (const b of list) {
      const port = b.HostPort === '' ? String(ctx.nextEphemeralPort++) : b.HostPort;
      if (b.HostIp === '' || b.HostIp === '0.0.0.0') {
        made.push({ HostIp: '0.0.0.0', HostPort: port });
        if (b.HostIp === '') made.push({ HostIp: '::', HostPort: port });
      } else made.push({ HostIp: b.HostIp, HostPort: port });
    }
    out[p] = made;
  }
  return out;
}

export function connectBridge(ctx: Ctx, c: Container): NetworkEndpoint {
  let n: number;
  if (ctx.freeIps.length > 0) {
    ctx.freeIps.sort((a, b) => a - b);
    n = ctx.freeIps.shift() as number;
  } else {
    n = ctx.nextIp++;
  }
  return {
    networkId: ctx.bridgeNetworkId,
    endpointId: newId(ctx.random),
    sandboxId: newId(ctx.random),
    ipAddress: ipOf(n),
    gateway: BRIDGE_GATEWAY,
    macAddress: randomMac(ctx.random),
    ipNumber: n,
    ports: portsOf(ctx, c),
  };
}

export function disconnectBridge(ctx: Ctx, e: NetworkEndpoint): void {
  if (e.ipNumber > 0) ctx.freeIps.push(e.ipNumber);
}
