// The time stamps each server prints, from lab time (UTC: containers have no TZ).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number) => String(n).padStart(2, '0');
const p3 = (n: number) => String(n).padStart(3, '0');

function parts(ms: number) {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    h: p2(d.getUTCHours()),
    mi: p2(d.getUTCMinutes()),
    s: p2(d.getUTCSeconds()),
    ms: d.getUTCMilliseconds(),
    wd: d.getUTCDay(),
  };
}

/** nginx error log: `2026/11/22 14:00:00`. */
export function nginxErrorTime(ms: number): string {
  const t = parts(ms);
  return `${t.y}/${p2(t.mo + 1)}/${p2(t.d)} ${t.h}:${t.mi}:${t.s}`;
}

/** Common/combined log `$time_local` / `%t` without brackets: `22/Nov/2026:14:00:05 +0000`. */
export function clfTime(ms: number): string {
  const t = parts(ms);
  return `${p2(t.d)}/${MONTHS[t.mo]}/${t.y}:${t.h}:${t.mi}:${t.s} +0000`;
}

/** HTTP Date / Last-Modified: `Sun, 22 Nov 2026 14:00:05 GMT`. */
export function httpDate(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]}, ${p2(t.d)} ${MONTHS[t.mo]} ${t.y} ${t.h}:${t.mi}:${t.s} GMT`;
}

/** Apache error log: `Sun Nov 22 14:00:00.123456 2026`. */
export function apacheErrorTime(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]} ${MONTHS[t.mo]} ${p2(t.d)} ${t.h}:${t.mi}:${t.s}.${p3(t.ms)}${p3((t.ms * 7) % 1000)} ${t.y}`;
}

/** redis: `22 Nov 2026 14:00:00.000`. */
export function redisTime(ms: number): string {
  const t = parts(ms);
  return `${p2(t.d)} ${MONTHS[t.mo]} ${t.y} ${t.h}:${t.mi}:${t.s}.${p3(t.ms)}`;
}

/** werkzeug's access log: `22/Nov/2026 14:00:05`. */
export function werkzeugTime(ms: number): string {
  const t = parts(ms);
  return `${p2(t.d)}/${MONTHS[t.mo]}/${t.y} ${t.h}:${t.mi}:${t.s}`;
}

/** Tomcat's JUL lines: `22-Nov-2026 14:00:00.123`. */
export function tomcatTime(ms: number): string {
  const t = parts(ms);
  return `${p2(t.d)}-${MONTHS[t.mo]}-${t.y} ${t.h}:${t.mi}:${t.s}.${p3(t.ms)}`;
}

/** logrus/Go RFC3339Nano as the registry prints: `2026-11-22T14:00:00.123456789Z`. */
export function rfc3339Nano(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)}T${t.h}:${t.mi}:${t.s}.${p3(t.ms)}${p3((t.ms * 13) % 1000)}${p3((t.ms * 29) % 1000)}Z`;
}
