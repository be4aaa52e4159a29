// Tests: a container-like machine on a memory filesystem with the lab's shell, its network
// namespace known through a static view, and a client to send HTTP through the registry.

import { createListeners, staticNetworkView, type Netns } from '../../../engine/listeners';
import type { HttpServerResponse } from '../../../engine/listeners';
import { createHarness, type Harness } from '../../testing/harness';
import { utilities } from '../../builtins';
import type { Command } from '../../types';
import { createProgramNet, type ProgramNet } from './net';

export interface Machine extends Harness {
  readonly net: ProgramNet;
  readonly down: Set<Netns>;
  get(path: string, host?: string, port?: number, from?: Netns): HttpServerResponse | string;
}

/** A machine `c1` (172.17.0.2, hostname `c1`) with `-p 5080:80`, and a second one `c2`. */
export function createMachine(
  programs: (net: ProgramNet) => Record<string, Command>,
  files: Record<string, string> = {},
): Machine {
  const down = new Set<Netns>();
  const listeners = createListeners(
    staticNetworkView({
      machines: { c1: '172.17.0.2', c2: '172.17.0.3' },
      published: { '5080/tcp': [{ netns: 'c1', port: 80, hostIp: '0.0.0.0' }] },
      hostnames: { c1: 'c1', c2: 'c2' },
      down,
    }),
  );
  const net = createProgramNet(listeners);
  const commands = programs(net);
  const h = createHarness({ commands: { ...utilities, ...commands }, system: { hostname: 'c1' } });
  for (const [path, text] of Object.entries(files)) {
    h.fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    h.fs.writeFile(path, text);
  }
  return {
    ...h,
    net,
    down,
    get(path, host = 'localhost', port = 5080, from = 'host') {
      const c = listeners.connect(from, host, port);
      if (!c.ok) return c.reason;
      if (c.service.kind !== 'http') return 'not http';
      return c.service.handle({
        method: 'GET',
        path,
        headers: [
          ['Host', port === 80 ? host : `${host}:${port}`],
          ['User-Agent', 'curl/7.88.1'],
          ['Accept', '*/*'],
        ],
        remoteAddr: c.remoteAddr,
        localAddr: c.localAddr,
        localPort: c.localPort,
      });
    },
  };
}

export function bodyText(r: HttpServerResponse | string): string {
  if (typeof r === 'string') return r;
  return typeof r.body === 'string'
    ? r.body
    : r.body.kind === 'text'
      ? r.body.text
      : `<blob ${r.body.size}>`;
}
