// The bridge to the world curl and wget talk to (src/engine/world): a `Resolver` whose sites are
// the lab's listeners. Extend a machine's world with it:
//   createNetPrograms(defaultWorld.extend(listenersResolver(listeners, () => 'host')))
// so `curl localhost:5080` reaches a published port, `curl 172.17.0.2` a container, and a port
// nobody listens on gives curl's `(7) Failed to connect … Couldn't connect to server`.

import { reasonOf } from '../world/http';
import type { HttpResponse, Resolver, Site } from '../world/types';
import { isLoopback, literalAddress } from './addresses';
import type { Listeners } from './registry';
import type { HttpServerResponse, Netns } from './types';

function toWorld(r: HttpServerResponse): HttpResponse {
  return {
    status: r.status,
    reason: r.reason ?? reasonOf(r.status),
    headers: r.headers,
    body: typeof r.body === 'string' ? { kind: 'text', text: r.body } : r.body,
  };
}

/**
 * Sites for the addresses the lab's network owns, seen from `from` (a function, so one resolver
 * can serve a machine whose namespace is known only when the request is made). `lookupName`
 * resolves names (a container's /etc/hosts, the network's DNS); literal addresses and localhost
 * need none. Addresses the network does not own are left to the next resolver (the internet).
 */
export function listenersResolver(
  listeners: Listeners,
  from: () => Netns,
  lookupName?: (name: string) => string | undefined,
): Resolver {
  return (host) => {
    const address = literalAddress(host) ?? lookupName?.(host);
    if (address === undefined) return undefined;
    const view = listeners.view;
    const ours =
      isLoopback(address) ||
      address === view.addressOf(from()) ||
      view.netnsAt(address) !== undefined;
    if (!ours) return undefined;
    const site: Site = {
      address,
      msPerMB: 10,
      handle(req) {
        const c = listeners.connect(from(), address, req.url.port);
        // refused, reset (docker-proxy with nobody behind it) and non-HTTP services all look
        // like "nothing answered HTTP" to the world's Site contract.
        if (!c.ok || c.service.kind !== 'http') return undefined;
        return toWorld(
          c.service.handle({
            method: req.method,
            path: req.url.path,
            headers: req.headers,
            ...(req.body !== undefined ? { body: req.body } : {}),
            remoteAddr: c.remoteAddr,
            localAddr: c.localAddr,
            localPort: c.localPort,
          }),
        );
      },
    };
    return site;
  };
}
