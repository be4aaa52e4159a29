// docker's api/types/time.GetTimestamp for --since/--until: a Go duration relative to now
// (`10m`, `1h30m`), a Unix time (`1732284000`, `1732284000.5`), or an RFC 3339 / date-only
// time (`2026-11-22T14:00:00Z`, `2026-11-22`). Returns lab milliseconds.

import { parseGoDuration } from '../../flags/values';

export type Timestamp = { ok: true; ms: number } | { ok: false; error: string };

export function parseTimestamp(value: string, nowMs: number): Timestamp {
  if (value === '') return { ok: false, error: 'empty' };
  if (!/[-:TZ]/.test(value) || /^[0-9.]+[a-zµ]+/.test(value)) {
    const d = parseGoDuration(value);
    if (d.ok && typeof d.value === 'number') return { ok: true, ms: nowMs - d.value };
    if (/^\d+(\.\d+)?$/.test(value)) return { ok: true, ms: Math.round(Number(value) * 1000) };
  }
  const withZone = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${value}T00:00:00Z`
    : /[Zz]|[+-]\d{2}:?\d{2}$/.test(value)
      ? value
      : `${value}Z`;
  const t = Date.parse(withZone);
  if (Number.isNaN(t))
    return { ok: false, error: `failed to parse value as time or duration: "${value}"` };
  return { ok: true, ms: t };
}
