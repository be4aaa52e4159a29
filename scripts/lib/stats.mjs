// Small statistics for bench samples.

/** @param {number[]} xs @returns {number[]} */
const sorted = (xs) => [...xs].sort((a, b) => a - b);

/** Median (mean of the two middle values for an even count). @param {number[]} xs */
export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile, p in (0, 100]. @param {number[]} xs @param {number} p */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
}

/** @param {number} n */
export function round(n, digits = 1) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
