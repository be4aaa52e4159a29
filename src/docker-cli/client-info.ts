// The simulated client: docker CLI 28.2.2 as installed from Docker's packages (FIDELITY §1.7),
// and the default description of the daemon it talks to.

import { HOST_KERNEL_RELEASE } from '../engine/host/facts';

export const CLIENT = {
  platformName: 'Docker Engine - Community',
  version: '28.2.2',
  apiVersion: '1.50',
  goVersion: 'go1.24.3',
  gitCommit: 'e6534b4',
  buildTime: 'Fri May 30 12:07:14 2025',
  os: 'linux',
  arch: 'amd64',
} as const;

/** `docker --version` / `-v`. */
export const VERSION_LINE = `Docker version ${CLIENT.version}, build ${CLIENT.gitCommit}`;

export interface ServerComponent {
  readonly name: string;
  readonly version: string;
  /** Shown in this order after Version (GitCommit for containerd, runc, docker-init). */
  readonly details: Readonly<Record<string, string>>;
}

export interface ServerInfo {
  readonly platformName: string;
  readonly version: string;
  readonly apiVersion: string;
  readonly minAPIVersion: string;
  readonly goVersion: string;
  readonly gitCommit: string;
  readonly buildTime: string;
  readonly os: string;
  readonly arch: string;
  readonly kernelVersion: string;
  readonly experimental: boolean;
  readonly components: readonly ServerComponent[];
}

/**
 * Engine 28.2.2 (commit 45873be, API 1.50, minimum 1.24, go1.24.3 — FIDELITY §1.7). The build
 * time and the containerd/runc/docker-init versions are those of the 28.3.3 sample in FIDELITY,
 * the nearest real output on record.
 */
export const DEFAULT_SERVER_INFO: ServerInfo = {
  platformName: 'Docker Engine - Community',
  version: '28.2.2',
  apiVersion: '1.50',
  minAPIVersion: '1.24',
  goVersion: 'go1.24.3',
  gitCommit: '45873be',
  buildTime: 'Fri May 30 12:07:14 2025',
  os: 'linux',
  arch: 'amd64',
  kernelVersion: HOST_KERNEL_RELEASE,
  experimental: false,
  components: [
    {
      name: 'containerd',
      version: '1.7.27',
      details: { GitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' },
    },
    { name: 'runc', version: '1.2.5', details: { GitCommit: 'v1.2.5-0-g59923ef' } },
    { name: 'docker-init', version: '0.19.0', details: { GitCommit: 'de40ad0' } },
  ],
};
