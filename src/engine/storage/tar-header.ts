// USTAR headers as Go's archive/tar writes them (Docker's exporter): octal fields zero-padded and
// NUL-terminated, checksum as six octal digits, NUL, space. Names that do not fit name/prefix, and
// sizes of 8 GiB or more, go into a PAX extended header ('x') first.

import { utf8ToBytes } from '@noble/hashes/utils.js';

export const BLOCK = 512;

export interface TarHeader {
  readonly name: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly mtimeSec: number;
  /** '0' file, '1' hard link, '2' symlink, '3' char device, '5' directory, 'x' PAX. */
  readonly typeflag: string;
  readonly linkname?: string;
  readonly devmajor?: number;
  readonly devminor?: number;
}

/** Largest number an 11-digit octal field holds (sizes beyond it need a PAX record). */
export const MAX_OCTAL_11 = 0o77777777777;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function putString(block: Uint8Array, offset: number, length: number, s: string): void {
  if (isAscii(s)) {
    // Fast path: most names and every number field are ASCII.
    const n = Math.min(length, s.length);
    for (let i = 0; i < n; i++) block[offset + i] = s.charCodeAt(i);
    return;
  }
  block.set(utf8ToBytes(s).subarray(0, length), offset);
}

function putOctal(block: Uint8Array, offset: number, length: number, n: number): void {
  const s = Math.max(0, Math.floor(n)).toString(8);
  putString(block, offset, length, s.padStart(length - 1, '0'));
}

function byteLen(s: string): number {
  return isAscii(s) ? s.length : utf8ToBytes(s).length;
}

/** Split a long name into USTAR prefix/name at a '/', or null when it cannot fit. */
function splitUstarName(name: string): { prefix: string; name: string } | null {
  if (byteLen(name) <= 100) return { prefix: '', name };
  for (let i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (byteLen(prefix) <= 155 && byteLen(rest) <= 100 && rest !== '')
      return { prefix, name: rest };
  }
  return null;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let n = byteLen(body) + 1;
  while (String(n).length + byteLen(body) !== n) n = String(n).length + byteLen(body);
  return `${n}${body}`;
}

function rawHeader(h: TarHeader, prefix: string): Uint8Array {
  const b = new Uint8Array(BLOCK);
  putString(b, 0, 100, h.name);
  putOctal(b, 100, 8, h.mode);
  putOctal(b, 108, 8, h.uid);
  putOctal(b, 116, 8, h.gid);
  putOctal(b, 124, 12, h.size > MAX_OCTAL_11 ? 0 : h.size);
  putOctal(b, 136, 12, h.mtimeSec);
  b[156] = h.typeflag.charCodeAt(0);
  putString(b, 157, 100, h.linkname ?? '');
  putString(b, 257, 6, 'ustar'); // "ustar\0"
  putString(b, 263, 2, '00');
  putOctal(b, 329, 8, h.devmajor ?? 0);
  putOctal(b, 337, 8, h.devminor ?? 0);
  putString(b, 345, 155, prefix);
  // Checksum: sum of all bytes with the checksum field read as spaces.
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += b[i] as number;
  putString(b, 148, 7, sum.toString(8).padStart(6, '0'));
  b[154] = 0;
  b[155] = 0x20;
  return b;
}

/** The header block(s) for one entry: a PAX header and its data when needed, then the USTAR block. */
export function headerBlocks(h: TarHeader): Uint8Array[] {
  const split = splitUstarName(h.name);
  const longLink = h.linkname !== undefined && byteLen(h.linkname) > 100;
  const bigSize = h.size > MAX_OCTAL_11;
  if (split && !longLink && !bigSize) return [rawHeader(h, split.prefix)];
  let records = '';
  if (!split) records += paxRecord('path', h.name);
  if (longLink) records += paxRecord('linkpath', h.linkname as string);
  if (bigSize) records += paxRecord('size', String(h.size));
  const data = utf8ToBytes(records);
  const paxName = `PaxHeaders.0/${h.name.replace(/\/$/, '').split('/').pop() ?? ''}`;
  const pax = rawHeader(
    {
      name: paxName.slice(0, 100),
      mode: 0,
      uid: 0,
      gid: 0,
      size: data.length,
      mtimeSec: 0,
      typeflag: 'x',
    },
    '',
  );
  const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
  padded.set(data);
  const fallback = split ?? { prefix: '', name: h.name };
  const main = rawHeader(
    { ...h, name: fallback.name, ...(longLink ? { linkname: '' } : {}) },
    fallback.prefix,
  );
  return [pax, padded, main];
}
