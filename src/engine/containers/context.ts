// What every container operation works with: injected services and the daemon's tables.

import type { Clock } from '../clock/clock';
import type { ImagesApi } from '../images';
import type { Random } from '../random/random';
import type { StorageEmit } from '../storage';
import type { ContainerEmit } from './events';
import type { ProcessRunner } from './process';
import type { LabTimers } from './timers';
import type { Container, ExecRecord } from './types';

export interface Ctx {
  readonly clock: Clock;
  readonly random: Random;
  readonly emit: ContainerEmit;
  readonly storageEmit?: StorageEmit;
  readonly images: ImagesApi;
  readonly runner: ProcessRunner;
  readonly timers: LabTimers;
  /** Containers by full ID, in creation order. */
  readonly containers: Map<string, Container>;
  /** Name (no slash) → container ID. */
  readonly names: Map<string, string>;
  /** Exec ID → exec (all containers). */
  readonly execs: Map<string, ExecRecord>;
  /** Bumped on every change the host view or a snapshot would show. */
  version: number;
  /** Next host PID (containerd-shim and container processes). */
  nextHostPid: number;
  /** Last IP octet pair handed out on the default bridge (172.17.0.2 is the first). */
  nextIp: number;
  /** Addresses returned by removed containers, reused lowest first. */
  freeIps: number[];
  readonly bridgeNetworkId: string;
  /** Next host port for `-P` and `-p 80` (the ephemeral range starts at 32768). */
  nextEphemeralPort: number;
  /** The daemon is stopping its containers (daemon.go Shutdown): exits restart nothing. */
  shuttingDown?: boolean;
}

/** The fields every container event carries: who, from which image, when. */
export function who(
  ctx: Ctx,
  c: { readonly id: string; readonly name: string; readonly config: { readonly Image: string } },
): { id: string; name: string; image: string; timeMs: number } {
  return { id: c.id, name: c.name, image: c.config.Image, timeMs: ctx.clock.now() };
}

export function touch(ctx: Ctx): void {
  ctx.version++;
}
