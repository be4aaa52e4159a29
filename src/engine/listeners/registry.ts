// The registry of listening sockets. Servers listen while they run; a connection finds the
// listener by namespace, address and port, following Docker's routing: loopback stays inside the
// namespace, container addresses are reached over the bridge (from the host the client appears as
// the gateway), and the host's published ports forward to a container as docker-proxy does.
//
// A listener belongs to the run of its namespace it was made in (the view's `runOf`): when the
// container stops, its sockets are gone — also those of a daemon that outlived its shell — and a
// restart does not bring them back. No timers, no I/O: lookups are synchronous.

import { accepts, isLoopback, isWildcard, literalAddress } from './addresses';
import type {
  Connection,
  Endpoint,
  NetworkView,
  Netns,
  Proto,
  PublishedPort,
  Service,
} from './types';
import { HOST_NETNS } from './types';

export type ListenResult =
  | { readonly ok: true; readonly close: () => void }
  /** EADDRINUSE: a live listener already holds that address and port. */
  | { readonly ok: false; readonly error: 'in-use'; readonly holder: Endpoint };

export interface Listeners {
  /** Bind and listen; `close` releases the socket (idempotent). */
  listen(at: Endpoint, service: Service): ListenResult;
  /**
   * Connect from a namespace to `host:port`. `host` is an address or `localhost` — a name is the
   * caller's to resolve first (its /etc/hosts, or the network's DNS).
   */
  connect(from: Netns, host: string, port: number, proto?: Proto): Connection;
  /** The live listeners, optionally of one namespace (for ss/netstat and tests). */
  list(netns?: Netns): Endpoint[];
  /** The network the registry routes over; the lab sets it once the engine exists. */
  setView(view: NetworkView): void;
  readonly view: NetworkView;
}

interface Entry {
  readonly at: Endpoint;
  readonly service: Service;
  readonly run: string | undefined;
  closed: boolean;
}

/** Only the host: what the registry knows before the lab hands it the engine's view. */
export const HOST_ONLY_VIEW: NetworkView = {
  runOf: (n) => (n === HOST_NETNS ? HOST_NETNS : undefined),
  addressOf: () => undefined,
  netnsAt: () => undefined,
  published: () => [],
  gateway: '172.17.0.1',
};

const protoOf = (e: Endpoint): Proto => e.proto ?? 'tcp';

export function createListeners(initial: NetworkView = HOST_ONLY_VIEW): Listeners {
  let view = initial;
  let entries: Entry[] = [];

  const alive = (e: Entry): boolean => !e.closed && view.runOf(e.at.netns) === e.run;

  function live(): Entry[] {
    entries = entries.filter(alive);
    return entries;
  }

  function find(netns: Netns, dest: string, port: number, proto: Proto): Entry | undefined {
    return live().find(
      (e) =>
        e.at.netns === netns &&
        e.at.port === port &&
        protoOf(e.at) === proto &&
        accepts(e.at.ip, dest),
    );
  }

  function reached(e: Entry, localAddr: string, remoteAddr: string): Connection {
    return {
      ok: true,
      service: e.service,
      netns: e.at.netns,
      localAddr,
      localPort: e.at.port,
      remoteAddr,
    };
  }

  /** docker-proxy on the host: a published port forwards to the container's address. */
  function forward(dest: string, port: number, proto: Proto, address: string): Connection {
    const bindings = view
      .published(port, proto)
      .filter((b: PublishedPort) => isWildcard(b.hostIp) || accepts(b.hostIp, dest));
    for (const b of bindings) {
      const target = view.addressOf(b.netns) ?? '';
      const e = find(b.netns, target, b.port, proto);
      if (e) return reached(e, target, view.gateway);
    }
    // The proxy accepted, then found nobody behind it: curl (56) Connection reset by peer.
    if (bindings.length > 0) return { ok: false, reason: 'reset', address };
    return { ok: false, reason: 'refused', address };
  }

  return {
    get view() {
      return view;
    },
    setView(v) {
      view = v;
    },
    listen(at, service) {
      const proto = protoOf(at);
      const holder = live().find(
        (e) =>
          e.at.netns === at.netns &&
          e.at.port === at.port &&
          protoOf(e.at) === proto &&
          (isWildcard(e.at.ip) || isWildcard(at.ip) || e.at.ip === at.ip),
      );
      if (holder) return { ok: false, error: 'in-use', holder: holder.at };
      const entry: Entry = { at, service, run: view.runOf(at.netns), closed: false };
      entries.push(entry);
      return {
        ok: true,
        close: () => {
          entry.closed = true;
        },
      };
    },
    connect(from, host, port, proto = 'tcp') {
      const dest = literalAddress(host);
      if (dest === undefined) return { ok: false, reason: 'unreachable', address: host };
      if (view.runOf(from) === undefined)
        return { ok: false, reason: 'unreachable', address: dest };
      const own = view.addressOf(from);
      if (isLoopback(dest) || dest === own) {
        const e = find(from, dest, port, proto);
        if (e) return reached(e, dest, dest);
        if (from === HOST_NETNS) return forward(dest, port, proto, dest);
        return { ok: false, reason: 'refused', address: dest };
      }
      const target = view.netnsAt(dest);
      if (target === undefined || view.runOf(target) === undefined)
        return { ok: false, reason: 'unreachable', address: dest };
      const remote = from === HOST_NETNS ? view.gateway : (own ?? view.gateway);
      const e = find(target, dest, port, proto);
      if (e) return reached(e, dest, remote);
      // The host's own address as a container sees it: published ports answer there too.
      if (target === HOST_NETNS) return forward(dest, port, proto, dest);
      return { ok: false, reason: 'refused', address: dest };
    },
    list(netns) {
      return live()
        .filter((e) => netns === undefined || e.at.netns === netns)
        .map((e) => e.at);
    },
  };
}
