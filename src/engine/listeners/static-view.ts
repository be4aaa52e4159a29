// A network written down as data, for tests and tools that have no engine: machines with their
// addresses (all running) and published ports.

import type { NetworkView, Netns, Proto, PublishedPort } from './types';
import { HOST_NETNS } from './types';

export interface StaticNetwork {
  /** Container namespace → its bridge address. */
  readonly machines: Readonly<Record<Netns, string>>;
  /** "5080/tcp" → where it forwards. */
  readonly published?: Readonly<Record<string, readonly PublishedPort[]>>;
  readonly hostnames?: Readonly<Record<string, Netns>>;
  /** Mutable in tests: a namespace listed here is down. */
  readonly down?: Set<Netns>;
  /** Bump a namespace's run (a restart) by changing its number. */
  readonly runs?: Map<Netns, number>;
}

export function staticNetworkView(net: StaticNetwork): NetworkView {
  const gateway = '172.17.0.1';
  const up = (n: Netns) => n === HOST_NETNS || (n in net.machines && !net.down?.has(n));
  return {
    gateway,
    runOf: (n) => (up(n) ? `${n}#${net.runs?.get(n) ?? 0}` : undefined),
    addressOf: (n) => (n === HOST_NETNS ? gateway : up(n) ? net.machines[n] : undefined),
    netnsAt: (ip) =>
      ip === gateway ? HOST_NETNS : Object.keys(net.machines).find((n) => net.machines[n] === ip),
    published: (port: number, proto: Proto) =>
      (net.published?.[`${port}/${proto}`] ?? []).filter((b) => up(b.netns)),
    netnsOfHostname: (h) => net.hostnames?.[h],
  };
}
