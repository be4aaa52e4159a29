// docker.socket, as the docker-ce packages install it: systemd listens on /var/run/docker.sock
// while docker.service is stopped, and the first client that connects starts the daemon again
// (socket activation). So `systemctl stop docker` alone does not keep docker commands out — the
// next one restarts dockerd; only with docker.socket stopped too does the client find nobody
// listening and print DAEMON_DOWN_MESSAGE. The socket's state lives here, beside the machine's
// DaemonControl, because systemctl (shell) and the docker client (docker-cli) both read it.

import type { DaemonControl } from './types';

const socketStopped = new WeakSet<DaemonControl>();

export function socketListening(d: DaemonControl): boolean {
  return !socketStopped.has(d);
}

export function setSocketListening(d: DaemonControl, on: boolean): void {
  if (on) socketStopped.delete(d);
  else socketStopped.add(d);
}

/**
 * What a docker client finds when it connects: true when a daemon answers — starting it if only
 * the socket was listening — false when nothing listens. No DaemonControl: a daemon that is
 * always there.
 */
export async function connectDaemon(d: DaemonControl | undefined): Promise<boolean> {
  if (!d || d.isRunning()) return true;
  if (!socketListening(d)) return false;
  await d.start();
  return d.isRunning();
}
