// Listening sockets in the lab: servers listen, clients connect, the host's published ports
// forward to containers. See README.md.

export * from './types';
export { createListeners, HOST_ONLY_VIEW, type ListenResult, type Listeners } from './registry';
export { accepts, isIpv4, isLoopback, isWildcard, literalAddress } from './addresses';
export { engineNetworkView } from './engine-view';
export { staticNetworkView, type StaticNetwork } from './static-view';
export { lookupHost } from './hosts-file';
export { listenersResolver } from './world-site';
