// Facts about the simulated Docker host that several parts print: `uname -r` on the host and in
// every container (containers share the host's kernel), `docker info`, `docker version`.

/** An Ubuntu 24.04 HWE-style kernel release, marked as the lab's. */
export const HOST_KERNEL_RELEASE = '6.8.0-1019-layerlab';
export const HOST_NAME = 'layerlab';
