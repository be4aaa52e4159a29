// Relative times as docker words them: go-units HumanDuration, `… ago` for CREATED columns, and
// the container STATUS string the daemon builds (moby container/state.go State.String).

/** go-units HumanDuration for an elapsed time in milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}

/** CREATED column: `7 minutes ago`, `Less than a second ago`. */
export function ago(thenMs: number, nowMs: number): string {
  return `${humanDuration(nowMs - thenMs)} ago`;
}

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

/** What the daemon knows of a container's state; times in ms since the epoch, 0 = never. */
export interface ContainerStateView {
  readonly running: boolean;
  readonly paused?: boolean;
  readonly restarting?: boolean;
  readonly removalInProgress?: boolean;
  readonly dead?: boolean;
  readonly exitCode: number;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly health?: HealthStatus;
}

/** STATUS: `Up 7 minutes`, `Exited (0) 2 seconds ago`, `Created`, `Up 3 minutes (Paused)`. */
export function containerStatus(s: ContainerStateView, nowMs: number): string {
  if (s.running) {
    const up = humanDuration(nowMs - s.startedAt);
    if (s.paused) return `Up ${up} (Paused)`;
    if (s.restarting) return `Restarting (${s.exitCode}) ${ago(s.finishedAt, nowMs)}`;
    if (s.health === 'starting') return `Up ${up} (health: starting)`;
    if (s.health) return `Up ${up} (${s.health})`;
    return `Up ${up}`;
  }
  if (s.removalInProgress) return 'Removal In Progress';
  if (s.dead) return 'Dead';
  if (s.startedAt === 0) return 'Created';
  if (s.finishedAt === 0) return '';
  return `Exited (${s.exitCode}) ${ago(s.finishedAt, nowMs)}`;
}
