// ContainerStats, one sample (`docker stats --no-stream`). The lab does not meter CPU or memory:
// these are plausible static figures — a small resident size per process (more for servers),
// 0% CPU, the bytes a bridge endpoint receives when it comes up, no block I/O.

import type { Ctx } from './context';
import { findContainer } from './lookup';
import { ok, type Result } from './result';

export interface StatsSample {
  readonly id: string;
  readonly name: string;
  readonly cpuPercent: number;
  /** Bytes. */
  readonly memUsage: number;
  readonly memLimit: number;
  readonly memPercent: number;
  readonly netRx: number;
  readonly netTx: number;
  readonly blockRead: number;
  readonly blockWrite: number;
  readonly pids: number;
}

/** The lab host's memory as `docker info` reports it (7.709GiB). */
export const HOST_MEMORY = 8_277_307_392;

const RESIDENT: Readonly<Record<string, number>> = {
  nginx: 3_784_704,
  httpd: 7_340_032,
  'redis-server': 3_301_376,
  python: 9_437_184,
  python3: 9_437_184,
  java: 142_606_336,
  registry: 5_451_776,
};

export function containerStats(ctx: Ctx, ref: string): Result<StatsSample> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const running = c.state.running && !c.state.restarting;
  const procs = running
    ? [c.process, ...[...c.execs.values()].map((e) => e.process)].filter((p) => p)
    : [];
  let mem = 0;
  for (const p of procs) {
    const base = (p?.argv[0] ?? '').split('/').pop() ?? '';
    mem += RESIDENT[base] ?? 552_960;
  }
  const limit = c.hostConfig.Memory > 0 ? c.hostConfig.Memory : HOST_MEMORY;
  return ok({
    id: c.id,
    name: c.name,
    cpuPercent: 0,
    memUsage: mem,
    memLimit: running ? limit : 0,
    memPercent: running ? (mem / limit) * 100 : 0,
    netRx: running && c.network.ipAddress ? 1_046 : 0,
    netTx: 0,
    blockRead: 0,
    blockWrite: 0,
    pids: procs.length,
  });
}
