// What the server programs share in one lab: the listeners registry, how a program finds the
// namespace it runs in, and the running servers that `nginx -s quit`, `apachectl stop` or
// `redis-cli shutdown` can reach.

import {
  createListeners,
  HOST_NETNS,
  HOST_ONLY_VIEW,
  type Listeners,
  type Netns,
} from '../../../engine/listeners';
import type { CommandContext } from '../../types';

/** A running server another program can signal (as `nginx -s` signals the pid in nginx.pid). */
export interface Daemon {
  /** Graceful stop (SIGQUIT/SIGTERM, `-s quit`, `apachectl stop`). */
  stop(): void;
  /** Re-read the configuration (SIGHUP, `-s reload`, `apachectl graceful`). */
  reload?(): void;
  /** The run of its namespace it belongs to. */
  readonly run: string | undefined;
  readonly pid: number;
}

export interface ProgramNet {
  readonly listeners: Listeners;
  /** The namespace a program runs in: its container, or the host. */
  netnsOf(ctx: CommandContext): Netns;
  /** The live daemon named `name` in a namespace. */
  daemon(netns: Netns, name: string): Daemon | undefined;
  /** Register a daemon; returns the function that removes it. */
  addDaemon(netns: Netns, name: string, d: Daemon): () => void;
}

/**
 * The namespace from the shell's system info: `netns` when the lab sets it (the container's ID),
 * else the running container with this hostname, else the host.
 */
function defaultNetnsOf(listeners: Listeners, ctx: CommandContext): Netns {
  const sys: object = ctx.system;
  if ('netns' in sys && typeof sys.netns === 'string' && sys.netns) return sys.netns;
  const view = listeners.view;
  // Before the lab hands over the engine's view, each hostname is a namespace of its own, so two
  // containers never share a port.
  if (view === HOST_ONLY_VIEW) return ctx.system.hostname || HOST_NETNS;
  return view.netnsOfHostname?.(ctx.system.hostname) ?? HOST_NETNS;
}

export function createProgramNet(
  listeners: Listeners = createListeners(),
  netnsOf?: (ctx: CommandContext) => Netns,
): ProgramNet {
  const daemons = new Map<string, Daemon>();
  const key = (netns: Netns, name: string) => `${netns}\0${name}`;
  return {
    listeners,
    netnsOf: netnsOf ?? ((ctx) => defaultNetnsOf(listeners, ctx)),
    daemon(netns, name) {
      const d = daemons.get(key(netns, name));
      if (d && d.run === listeners.view.runOf(netns)) return d;
      return undefined;
    },
    addDaemon(netns, name, d) {
      const k = key(netns, name);
      daemons.set(k, d);
      return () => {
        if (daemons.get(k) === d) daemons.delete(k);
      };
    },
  };
}
