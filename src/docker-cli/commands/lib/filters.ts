// `--filter key=value` as docker's opts.FilterOpt reads it: `key=value` pairs, several values of
// one key kept in order. A value without `=` is a flag error, which pflag reports with usage.

import { flagError } from '../../flags/usage-errors';
import type { FlagSpec } from '../../flags/types';

export type ParsedFilters =
  | { ok: true; filters: Record<string, string[]> }
  | { ok: false; message: string; exitCode: number };

/** `-f, --filter` or `--filter`, as pflag names a flag in its errors. */
function flagName(spec: FlagSpec | undefined): string {
  if (!spec) return '--filter';
  return spec.short ? `-${spec.short}, --${spec.long}` : `--${spec.long}`;
}

export function parseFilters(
  values: readonly string[],
  flags: readonly FlagSpec[],
  commandPath: string,
  useLine: string,
): ParsedFilters {
  const spec = flags.find((f) => f.long === 'filter');
  const filters: Record<string, string[]> = {};
  for (const v of values) {
    if (v === '') continue;
    const i = v.indexOf('=');
    if (i < 0) {
      const e = flagError(
        `invalid argument "${v}" for "${flagName(spec)}" flag: bad format of filter (expected name=value)`,
        commandPath,
        useLine,
      );
      return { ok: false, message: e.message, exitCode: e.exitCode };
    }
    const key = v.slice(0, i).trim().toLowerCase();
    const value = v.slice(i + 1).trim();
    const list = (filters[key] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { ok: true, filters };
}
