// curl and wget inside a container: the world as that container sees it. Its own namespace
// (localhost), the other running containers on the bridge by address (172.17.0.x), the host's
// published ports through the gateway, and names only as its /etc/hosts gives them (localhost,
// its own hostname, --link aliases) — on Docker's default bridge there is no DNS for container
// names, so `curl web` fails with `Could not resolve host`, as it does there.

import { defaultWorld, type World } from '../../../engine/world';
import {
  listenersResolver,
  literalAddress,
  lookupHost,
  type Listeners,
  type Netns,
} from '../../../engine/listeners';
import type { Resolver } from '../../../engine/world';
import type { Command, CommandContext } from '../../types';
import { createCurl } from './curl';
import { createWget } from './wget';

/** The world of the machine `ctx` runs on. */
function worldOf(
  ctx: CommandContext,
  listeners: Listeners,
  netnsOf: (ctx: CommandContext) => Netns,
  base: World,
): World {
  const netns = netnsOf(ctx);
  return base.extend(bridgeUnreachable(listeners)).extend(
    listenersResolver(
      listeners,
      () => netns,
      (name) => lookupHost(ctx.fs, name),
    ),
  );
}

/**
 * An address on the bridge's subnet that no container owns: nobody answers ARP, so the connect
 * fails (curl 7, wget's "No route to host") instead of the name failing to resolve.
 */
function bridgeUnreachable(listeners: Listeners): Resolver {
  return (host) => {
    const address = literalAddress(host);
    const gateway = listeners.view.gateway;
    if (address === undefined || !gateway) return undefined;
    const net = (ip: string) => ip.split('.').slice(0, 2).join('.');
    if (net(address) !== net(gateway)) return undefined;
    return { address, handle: () => undefined };
  };
}

export function createMachineNetPrograms(
  listeners: Listeners,
  netnsOf: (ctx: CommandContext) => Netns,
  base: World = defaultWorld,
): Record<string, Command> {
  return {
    curl: {
      name: 'curl',
      run: (ctx) => createCurl(worldOf(ctx, listeners, netnsOf, base)).run(ctx),
    },
    wget: {
      name: 'wget',
      run: (ctx) => createWget(worldOf(ctx, listeners, netnsOf, base)).run(ctx),
    },
  };
}
