// Small output helpers every image command shares: daemon errors with docker's prefix, the
// template formats docker's contexts accept, Go's time layouts for CREATED AT columns.

import type { CommandContext } from '../../../shell/types';

/** `Error response from daemon: <msg>` on stderr; exit status 1. */
export function daemonError(ctx: CommandContext, message: string): number {
  ctx.stderr.write(`Error response from daemon: ${message}\n`);
  return 1;
}

/** A message of the lab itself (something Docker has that the lab does not model). */
export function labNote(ctx: CommandContext, message: string): number {
  ctx.stderr.write(`layerlab: ${message}\n`);
  return 1;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Go `time.Time.String()` of a Unix time in UTC: `2025-06-11 18:27:45 +0000 UTC`. */
export function goTimeString(seconds: number): string {
  const d = new Date(seconds * 1000);
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000 UTC`
  );
}

/** Go `time.RFC3339` in UTC: `2025-06-11T18:27:45Z`. */
export function goRfc3339(seconds: number): string {
  const d = new Date(seconds * 1000);
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}Z`
  );
}

/** The `platform` values the lab's images have: every image in the lab is linux/amd64. */
export function isLabPlatform(platform: string): boolean {
  return ['linux/amd64', 'linux/x86_64', 'linux/amd64/v1'].includes(platform.toLowerCase());
}
