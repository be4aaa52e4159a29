// The lab's sockets: who listens where, and what a connection reaches. A network namespace is a
// container (its full ID) or the host; addresses are dotted IPv4 (IPv6 wildcards count as IPv4's).

import type { FileData } from '../fs/types';

/** A network namespace: a container's full ID, or 'host'. */
export type Netns = string;

export const HOST_NETNS: Netns = 'host';

export type Proto = 'tcp' | 'udp';

export interface Endpoint {
  readonly netns: Netns;
  /** '0.0.0.0' (or '::') for every address, '127.0.0.1' for loopback only, or one address. */
  readonly ip: string;
  readonly port: number;
  readonly proto?: Proto;
}

export interface HttpServerRequest {
  readonly method: string;
  /** Path and query as sent (`/index.html?x=1`). */
  readonly path: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body?: string;
  /** The client's address as the server sees it (the gateway for published ports). */
  readonly remoteAddr: string;
  /** The address and port the client connected to, inside the server's namespace. */
  readonly localAddr: string;
  readonly localPort: number;
}

export interface HttpServerResponse {
  readonly status: number;
  /** Defaults to the standard reason phrase. */
  readonly reason?: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: FileData | string;
}

export type HttpHandler = (req: HttpServerRequest) => HttpServerResponse;

/** What a redis client gets back (RESP types, without the wire format). */
export type RedisReply =
  | { readonly type: 'status'; readonly text: string }
  | { readonly type: 'error'; readonly text: string }
  | { readonly type: 'integer'; readonly value: number }
  | { readonly type: 'bulk'; readonly value: string | null }
  | { readonly type: 'array'; readonly items: readonly RedisReply[] | null };

export interface RedisClientInfo {
  readonly remoteAddr: string;
}

/** What answers on a socket. */
export type Service =
  | { readonly kind: 'http'; readonly handle: HttpHandler }
  | {
      readonly kind: 'redis';
      readonly command: (args: readonly string[], client: RedisClientInfo) => RedisReply;
    };

/** The outcome of a connect. */
export type Connection =
  | {
      readonly ok: true;
      readonly service: Service;
      /** Where the server lives. */
      readonly netns: Netns;
      readonly localAddr: string;
      readonly localPort: number;
      /** The client's address as the server sees it. */
      readonly remoteAddr: string;
    }
  | {
      readonly ok: false;
      /**
       * refused: the address is there, nothing listens; reset: a published port whose container
       * has nothing listening (docker-proxy accepts, then closes); unreachable: no such address.
       */
      readonly reason: 'refused' | 'reset' | 'unreachable';
      readonly address: string;
    };

/** A published port: the host's port forwarded to a container's address and port. */
export interface PublishedPort {
  readonly netns: Netns;
  readonly port: number;
  /** The host address it is bound to ('0.0.0.0', '::', or one address). */
  readonly hostIp: string;
}

/**
 * What the registry needs to know about the network: the lab fills it from the containers engine
 * (`engineNetworkView`); tests use `staticNetworkView`.
 */
export interface NetworkView {
  /** An identity of the namespace's current run (changes at each start); undefined when down. */
  runOf(netns: Netns): string | undefined;
  /** The namespace's bridge address ('' or undefined when it has none). */
  addressOf(netns: Netns): string | undefined;
  /** Which namespace owns an address (container IPs; the gateway is the host's). */
  netnsAt(ip: string): Netns | undefined;
  /** The host's published port, when a running container has one bound. */
  published(hostPort: number, proto: Proto): readonly PublishedPort[];
  /** The gateway address containers see the host as (docker0). */
  readonly gateway: string;
  /** A running container whose hostname is this, for programs that know only their hostname. */
  netnsOfHostname?(hostname: string): Netns | undefined;
}
