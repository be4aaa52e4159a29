// The docker.service unit as systemctl shows it, over the machine's DaemonControl. Shared by
// systemctl and service.

import type { CommandContext, DaemonControl } from '../../types';
import { bootMs, dockerdPid, processes } from './host-defaults';
import { DOCKERD_COMMAND } from './host-defaults';
import { setSocketListening, socketListening } from '../../daemon-socket';

export type Manager =
  | { kind: 'systemd'; daemon: DaemonControl | null }
  /** No systemd as PID 1 (a container). */
  | { kind: 'none' };

export const NO_SYSTEMD =
  "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n";

export function manager(ctx: CommandContext): Manager {
  if (ctx.system.daemon) return { kind: 'systemd', daemon: ctx.system.daemon };
  if (!ctx.system.processes) return { kind: 'systemd', daemon: null };
  const init = processes(ctx).find((p) => p.pid === 1);
  const systemd = init !== undefined && (init.comm === 'systemd' || init.command === '/sbin/init');
  return systemd ? { kind: 'systemd', daemon: null } : { kind: 'none' };
}

/** `docker`, `docker.service` → 'docker'; other units are unknown here. */
export function unitName(arg: string): string {
  return arg.endsWith('.service') ? arg.slice(0, -'.service'.length) : arg;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function stamp(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`;
}

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 2_629_800 * SEC;
const YEAR = 31_557_600 * SEC;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * systemd's format_timestamp_relative: two units up to an hour's precision, fewer as the span
 * grows (`1min 30s ago`, `23min ago`, `2h 3min ago`, `7h ago`, `3 days ago`, `1 week 2 days ago`),
 * `NNNms ago` under a second and `now` for none.
 */
export function ago(ms: number): string {
  const d = Math.max(0, Math.floor(ms));
  const f = Math.floor;
  if (d >= YEAR)
    return `${plural(f(d / YEAR), 'year')} ${plural(f((d % YEAR) / MONTH), 'month')} ago`;
  if (d >= MONTH)
    return `${plural(f(d / MONTH), 'month')} ${plural(f((d % MONTH) / DAY), 'day')} ago`;
  if (d >= WEEK) return `${plural(f(d / WEEK), 'week')} ${plural(f((d % WEEK) / DAY), 'day')} ago`;
  if (d >= 2 * DAY) return `${f(d / DAY)} days ago`;
  if (d >= 25 * HOUR) return `1 day ${f((d - DAY) / HOUR)}h ago`;
  if (d >= 6 * HOUR) return `${f(d / HOUR)}h ago`;
  if (d >= HOUR) return `${f(d / HOUR)}h ${f((d % HOUR) / MIN)}min ago`;
  if (d >= 5 * MIN) return `${f(d / MIN)}min ago`;
  if (d >= MIN) return `${f(d / MIN)}min ${f((d % MIN) / SEC)}s ago`;
  if (d >= SEC) return `${f(d / SEC)}s ago`;
  return d > 0 ? `${d}ms ago` : 'now';
}

export function isRunning(m: Manager): boolean {
  return m.kind === 'systemd' && (m.daemon?.isRunning() ?? true);
}

/** Lab time of the last stop, for `inactive (dead) since …` (the unit remembers it). */
const stoppedAt = new WeakMap<DaemonControl, number>();

export function noteStopped(ctx: CommandContext, d: DaemonControl): void {
  stoppedAt.set(d, ctx.clock.now());
}

export function statusText(ctx: CommandContext, m: Manager): string {
  const now = ctx.clock.now();
  const running = isRunning(m);
  const daemon = m.kind === 'systemd' ? m.daemon : null;
  const pid = dockerdPid(ctx);
  const lines = [
    `${running ? '●' : '○'} docker.service - Docker Application Container Engine`,
    '     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)',
  ];
  if (running) {
    const since = daemon?.startedAtMs?.() ?? bootMs(ctx) + 4_000;
    lines.push(
      `     Active: active (running) since ${stamp(since)}; ${ago(now - since)}`,
      'TriggeredBy: ● docker.socket',
      '       Docs: https://docs.docker.com',
      `   Main PID: ${pid} (dockerd)`,
      '      Tasks: 9',
      '     Memory: 88.4M (peak: 90.1M)',
      '        CPU: 1.203s',
      '     CGroup: /system.slice/docker.service',
      `             └─${pid} ${DOCKERD_COMMAND}`,
    );
  } else {
    const since = (daemon && stoppedAt.get(daemon)) ?? now;
    lines.push(
      `     Active: inactive (dead) since ${stamp(since)}; ${ago(now - since)}`,
      `TriggeredBy: ${daemon === null || socketListening(daemon) ? '●' : '○'} docker.socket`,
      '       Docs: https://docs.docker.com',
      `    Process: ${pid} ExecStart=${DOCKERD_COMMAND} (code=exited, status=0/SUCCESS)`,
      `   Main PID: ${pid} (code=exited, status=0/SUCCESS)`,
      '        CPU: 1.203s',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A unit the lab models: docker.service or the socket that activates it. */
export type DockerUnit = 'docker' | 'docker.socket';

/** `docker`, `docker.service`, `docker.socket` → the unit; null for any other. */
export function dockerUnit(arg: string): DockerUnit | null {
  const name = unitName(arg);
  return name === 'docker' || name === 'docker.socket' ? name : null;
}

export function unitActive(m: Manager, unit: DockerUnit): boolean {
  if (unit === 'docker') return isRunning(m);
  return m.kind === 'systemd' && (m.daemon === null || socketListening(m.daemon));
}

/**
 * start / stop / restart of docker.service or docker.socket, with systemd's dependencies:
 * docker.service Requires=docker.socket, so starting the service starts the socket and stopping
 * the socket stops the service; stopping the service alone leaves the socket listening, which
 * systemctl warns about. Writes what systemctl prints; returns the exit status.
 */
export async function control(
  ctx: CommandContext,
  m: Manager,
  verb: 'start' | 'stop' | 'restart',
  unit: DockerUnit = 'docker',
  /** false: the caller warns once all its units are done (systemctl with several units). */
  warnTriggers = true,
): Promise<number> {
  if (m.kind !== 'systemd') {
    ctx.stderr.write(NO_SYSTEMD);
    return 1;
  }
  const d = m.daemon;
  if (!d) {
    ctx.stderr.write(
      `layerlab: ${verb} ${unit}: this machine's daemon cannot be controlled here\n`,
    );
    return 1;
  }
  // systemctl waits for the job: dockerd's shutdown stops the containers first (up to their
  // stop timeouts), so `systemctl stop docker` returns once they are down.
  const stopDaemon = async () => {
    if (!d.isRunning()) return;
    await d.stop();
    noteStopped(ctx, d);
  };
  if (unit === 'docker.socket') {
    if (verb !== 'start') {
      setSocketListening(d, false);
      await stopDaemon();
    }
    if (verb !== 'stop') setSocketListening(d, true);
    return 0;
  }
  if (verb !== 'start') await stopDaemon();
  if (verb === 'stop' && warnTriggers) warnTriggered(ctx, m);
  if (verb !== 'stop') {
    setSocketListening(d, true);
    if (!d.isRunning()) await d.start();
  }
  return 0;
}

/**
 * systemctl's warning after its stop jobs finished, when docker.socket is still there to start
 * docker.service again (`systemctl stop docker docker.socket` stops both: no warning).
 */
export function warnTriggered(ctx: CommandContext, m: Manager): void {
  if (m.kind !== 'systemd' || !m.daemon || !socketListening(m.daemon)) return;
  ctx.stderr.write(
    "Stopping 'docker.service', but its triggering units are still active:\ndocker.socket\n",
  );
}

/** `systemctl status docker.socket`. */
export function socketStatusText(ctx: CommandContext, m: Manager): string {
  const listening = unitActive(m, 'docker.socket');
  const running = isRunning(m);
  const since = bootMs(ctx) + 3_000;
  const lines = [
    `${listening ? '●' : '○'} docker.socket - Docker Socket for the API`,
    '     Loaded: loaded (/usr/lib/systemd/system/docker.socket; enabled; preset: enabled)',
    listening
      ? `     Active: active (${running ? 'running' : 'listening'}) since ${stamp(since)}; ${ago(ctx.clock.now() - since)}`
      : '     Active: inactive (dead)',
    `   Triggers: ${running ? '●' : '○'} docker.service`,
    '     Listen: /run/docker.sock (Stream)',
  ];
  if (listening)
    lines.push('      Tasks: 0 (limit: 4557)', '     CGroup: /system.slice/docker.socket');
  return `${lines.join('\n')}\n`;
}
