// Shared formatting: permission strings, human sizes, disk blocks, ls and stat dates.

import type { Stat } from '../../../engine/fs/types';

const TYPE_CHAR: Record<Stat['type'], string> = { file: '-', dir: 'd', symlink: 'l', chardev: 'c' };

/** `drwxr-xr-x`, with s/S/t/T for setuid, setgid and sticky. */
export function modeString(type: Stat['type'], mode: number): string {
  const rwx = (bits: number, special: boolean, ch: string): string => {
    const r = bits & 4 ? 'r' : '-';
    const w = bits & 2 ? 'w' : '-';
    let x = bits & 1 ? 'x' : '-';
    if (special) x = bits & 1 ? ch : ch.toUpperCase();
    return r + w + x;
  };
  return (
    TYPE_CHAR[type] +
    rwx((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    rwx((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    rwx(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}

/**
 * Disk usage in 1K blocks. The lab's files have no allocation, so this models ext4 under
 * overlay2: data in 4 KiB blocks (a 1-byte file uses 4K), directories one block, symlinks and
 * devices none (fast symlinks live in the inode).
 */
export function diskBlocks1K(st: Stat): number {
  if (st.type === 'symlink' || st.type === 'chardev') return 0;
  return Math.ceil(st.size / 4096) * 4;
}

/** GNU's human-readable size (ls -h, du -h, df -h): powers of 1024, rounded up, one decimal below 10. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T', 'P', 'E'];
  let v = bytes;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  if (v < 10) {
    const r = Math.ceil(v * 10 - 1e-9) / 10;
    if (r < 10) return `${r.toFixed(1)}${units[u]}`;
    v = 10;
  }
  const n = Math.ceil(v - 1e-9);
  if (n >= 1024 && u < units.length - 1) return `1.0${units[u + 1]}`;
  return `${n}${units[u]}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** ls -l's date column (UTC): `Nov 22 14:00` within six months, else `Nov 22  2025`. */
export function lsDate(mtimeMs: number, nowMs: number): string {
  const d = new Date(mtimeMs);
  const mon = MONTHS[d.getUTCMonth()];
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const sixMonths = (365.2425 / 2) * 24 * 3600 * 1000;
  const recent = mtimeMs <= nowMs && nowMs - mtimeMs < sixMonths;
  if (recent) return `${mon} ${day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  return `${mon} ${day}  ${d.getUTCFullYear()}`;
}

/** stat's timestamp: `2026-11-22 14:00:00.000000000 +0000`. */
export function statDate(ms: number): string {
  const d = new Date(ms);
  const frac = String(((ms % 1000) + 1000) % 1000).padStart(3, '0') + '000000';
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${frac} +0000`
  );
}

/** Compare strings by code unit (the C locale that containers run in). */
export function cCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
