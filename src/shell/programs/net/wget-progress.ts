// wget's progress output (1.21): the "dot" style it uses when stderr is not a terminal (a row per
// 50 KiB), the bar it draws on a terminal (shown finished), and its size and rate notations.

/** wget's human size with one decimal: 1959445 → `1.9M`. */
export function humanShort(n: number): string {
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (u < 0) return String(n);
  return v < 10 ? `${v.toFixed(1)}${units[u]}` : `${Math.round(v)}${units[u]}`;
}

function rateParts(bytesPerSec: number): [number, number] {
  let v = bytesPerSec;
  let u = 0;
  while (v >= 1024 && u < 3) {
    v /= 1024;
    u++;
  }
  return [v, u];
}

const prec = (v: number): number => (v >= 99.95 ? 0 : v >= 9.995 ? 1 : 2);

/** `1.67MB/s`-style rate for the summary line (`4.67 MB/s` with a space there). */
export function summaryRate(bytesPerSec: number): string {
  const [v, u] = rateParts(bytesPerSec);
  return `${v.toFixed(prec(v))} ${['B/s', 'KB/s', 'MB/s', 'GB/s'][u]}`;
}

function rowRate(bytesPerSec: number): string {
  const [v, u] = rateParts(bytesPerSec);
  return ` ${v.toFixed(prec(v)).padStart(4)}${[' ', 'K', 'M', 'G'][u]}`;
}

function secs(t: number): string {
  if (t < 10) return `${t.toFixed(1)}s`;
  if (t < 100) return `${Math.round(t)}s`;
  return `${Math.floor(t / 60)}m ${Math.round(t % 60)}s`;
}

/** The dot rows for a `size`-byte download at `bytesPerSec`. */
export function dotRows(size: number, bytesPerSec: number): string {
  const kib = Math.floor(size / 1024);
  const rows = Math.max(1, Math.ceil(kib / 50) || 1);
  let out = '';
  for (let r = 0; r < rows; r++) {
    const start = r * 50;
    const dots = Math.min(50, kib - start);
    const last = r === rows - 1;
    let line = `${String(start).padStart(6)}K`;
    for (let i = 0; i < 50; i++) {
      if (i % 10 === 0) line += ' ';
      line += i < dots ? '.' : ' ';
    }
    const done = last ? size : (start + dots) * 1024;
    const pct = size > 0 ? Math.floor((100 * done) / size) : 100;
    line += `${String(pct).padStart(3)}%${rowRate(bytesPerSec)}`;
    line += last
      ? `=${secs(size / bytesPerSec)}`
      : ` ${Math.max(0, Math.round((size - done) / bytesPerSec))}s`;
    out += `\n${line}`;
  }
  return out;
}

/** The bar line as it looks when the download has finished. */
export function barLine(name: string, size: number, bytesPerSec: number, columns: number): string {
  const shown = name.length > 20 ? name.slice(0, 20) : name.padEnd(20);
  const width = Math.max(10, Math.min(columns, 200) - 20 - 2 - 5 - 34);
  const bar = `${'='.repeat(width - 1)}>`;
  const [v, u] = rateParts(bytesPerSec);
  const rate = `${v.toFixed(prec(v))}${['B/s', 'KB/s', 'MB/s', 'GB/s'][u]}`;
  const sizeText = humanBar(size);
  return `${shown}100%[${bar}]${sizeText.padStart(8)}  ${rate.padEnd(9)} in ${secs(size / bytesPerSec)}`;
}

function humanBar(n: number): string {
  if (n < 1024) return `${n}`;
  const units = ['K', 'M', 'G'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < 2) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)}${units[u]}`;
}
