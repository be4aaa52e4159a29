// The network as the containers engine has it: running containers' addresses, runs and published
// ports, read fresh on every question (the engine is the one truth; nothing is cached here).

import type { ContainersApi } from '../containers';
import type { NetworkView, Netns, Proto, PublishedPort } from './types';
import { HOST_NETNS } from './types';

const GATEWAY = '172.17.0.1';

type Source = Pick<ContainersApi, 'listContainers' | 'getContainer'>;

export function engineNetworkView(containers: Source): NetworkView {
  const record = (netns: Netns) => {
    const r = containers.getContainer(netns);
    return r.ok && r.value.state.running ? r.value : undefined;
  };
  const running = () => {
    const r = containers.listContainers();
    if (!r.ok) return [];
    const out = [];
    for (const s of r.value) {
      const c = record(s.Id);
      if (c) out.push(c);
    }
    return out;
  };
  return {
    gateway: GATEWAY,
    runOf(netns) {
      if (netns === HOST_NETNS) return HOST_NETNS;
      const c = record(netns);
      return c ? `${c.state.pid}@${c.state.startedAt}` : undefined;
    },
    addressOf(netns) {
      if (netns === HOST_NETNS) return GATEWAY;
      return record(netns)?.network.ipAddress || undefined;
    },
    netnsAt(ip) {
      if (ip === GATEWAY) return HOST_NETNS;
      return running().find((c) => c.network.ipAddress === ip)?.id;
    },
    published(hostPort: number, proto: Proto) {
      const out: PublishedPort[] = [];
      for (const c of running())
        for (const [key, list] of Object.entries(c.network.ports)) {
          const [port = '0', p = 'tcp'] = key.split('/');
          if (p !== proto || !list) continue;
          for (const b of list)
            if (Number(b.HostPort) === hostPort)
              out.push({ netns: c.id, port: Number(port), hostIp: b.HostIp });
        }
      return out;
    },
    netnsOfHostname(hostname) {
      return running().find((c) => c.config.Hostname === hostname)?.id;
    },
  };
}
