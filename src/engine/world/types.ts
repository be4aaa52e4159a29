// The outside world as the lab's programs see it: hosts that resolve to an address and answer
// HTTP. Bodies are FileData, so a 2 MB tarball is a blob (size + digest) and a page is text.

import type { FileData } from '../fs/types';

export interface Url {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  /** Explicit or the scheme's default (80/443). */
  readonly port: number;
  /** Path and query, always starting with '/'. */
  readonly path: string;
  /** The URL written back out (`http://example.com/`), as curl and wget print it. */
  readonly href: string;
}

export interface HttpRequest {
  readonly method: string;
  readonly url: Url;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly reason: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: FileData;
}

/** A reachable machine: its address and what answers on its ports. */
export interface Site {
  readonly address: string;
  /** Lab milliseconds per megabyte downloaded from here (the clock moves by this). */
  readonly msPerMB?: number;
  /** The response, or undefined when nothing listens on that port (connection refused). */
  handle(req: HttpRequest): HttpResponse | undefined;
}

/**
 * Looks a host name (or dotted address) up. The network issue adds one for containers, their
 * names and published ports; undefined means "not mine, ask the next resolver".
 */
export type Resolver = (host: string) => Site | undefined;

export interface World {
  /** The site for a host, or undefined when the name does not resolve. */
  resolve(host: string): Site | undefined;
  /** A world that asks `resolver` first, then this one. */
  extend(resolver: Resolver): World;
}
