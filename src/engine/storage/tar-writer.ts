// A tar written into one buffer: committing 1,000 files must not cost 1,000 header arrays, octal
// strings and encoder calls. A header that fits one USTAR block with ASCII fields is written in
// place, digit by digit, its checksum summed as it goes; anything else (PAX records, non-ASCII
// names, numbers too wide for their field) takes the general path in tar-header.ts, so both give
// the same bytes. Bytes leave in chunks of ≥ 64 KiB, which the hash takes without copying.

import { BLOCK, headerBlocks, MAX_OCTAL_11, type TarHeader } from './tar-header';

/** Receives the tar in order. A chunk is only valid during the call (the buffer is reused). */
export type TarSink = (chunk: Uint8Array) => void;

const FLUSH_AT = 64 * 1024;

// The checksum field counts as eight spaces; "ustar\0" and "00" are in every header.
const CONSTANT_SUM = 8 * 0x20 + [...'ustar00'].reduce((s, c) => s + c.charCodeAt(0), 0);

const encoder = new TextEncoder();

function asciiUpTo(s: string, max: number): boolean {
  if (s.length > max) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Exclusive limits of 8- and 12-byte octal fields (7 and 11 digits, then a NUL).
const OCTAL_8 = 0o10000000;
const OCTAL_12 = MAX_OCTAL_11 + 1;

function fits(n: number, limit: number): boolean {
  return n >= 0 && n < limit && Number.isInteger(n);
}

export class TarWriter {
  private buf: Uint8Array;
  private used = 0;

  /** With a sink the bytes stream out; without one they stay in the buffer for `bytes()`. */
  constructor(
    private readonly sink: TarSink | undefined,
    capacity = FLUSH_AT + 4 * BLOCK,
  ) {
    this.buf = new Uint8Array(Math.max(capacity, 2 * BLOCK));
  }

  /** `n` more bytes, zero-filled, at `this.used`. */
  private reserve(n: number): void {
    if (this.sink && this.used >= FLUSH_AT) this.flush();
    if (this.used + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.used + n));
    next.set(this.buf.subarray(0, this.used));
    this.buf = next;
  }

  private flush(): void {
    if (!this.sink || this.used === 0) return;
    this.sink(this.buf.subarray(0, this.used));
    this.buf.fill(0, 0, this.used); // every write below relies on zeros where it writes nothing
    this.used = 0;
  }

  /** A header with no data. */
  header(h: TarHeader): void {
    this.reserve(BLOCK);
    const ok = this.fastHeader(
      h.name,
      h.mode,
      h.uid,
      h.gid,
      h.size,
      h.mtimeSec,
      h.typeflag,
      h.linkname ?? '',
      h.devmajor ?? 0,
      h.devminor ?? 0,
    );
    if (ok) this.used += BLOCK;
    else this.blocks(headerBlocks(h));
  }

  /**
   * A regular file: header, then `data` as UTF-8 padded to a block. The header's size is `size`
   * when given (a blob's declared size), else the data's byte length.
   */
  file(h: Omit<TarHeader, 'size' | 'typeflag'>, data: string, size?: number): void {
    this.reserve(2 * BLOCK + data.length);
    const o = this.used;
    // ASCII data goes straight into the buffer after a one-block header; anything else is encoded.
    let n = 0;
    if (size === undefined || size <= MAX_OCTAL_11) {
      const buf = this.buf;
      const at = o + BLOCK;
      for (; n < data.length; n++) {
        const c = data.charCodeAt(n);
        if (c > 0x7f) break;
        buf[at + n] = c;
      }
    }
    if (n === data.length) {
      const { name, mode, uid, gid, mtimeSec } = h;
      if (this.fastHeader(name, mode, uid, gid, size ?? n, mtimeSec, '0', '', 0, 0)) {
        this.used += BLOCK + Math.ceil(n / BLOCK) * BLOCK;
        return;
      }
    }
    // General path: undo any bytes written above, then header blocks and encoded data.
    this.buf.fill(0, o, o + BLOCK + n);
    const bytes = encoder.encode(data);
    this.blocks(headerBlocks({ ...h, size: size ?? bytes.length, typeflag: '0' }));
    this.data(bytes);
  }

  /** The two zero blocks that end an archive; the last bytes go to the sink. */
  end(): void {
    this.reserve(2 * BLOCK);
    this.used += 2 * BLOCK;
    this.flush();
  }

  /** Everything written (without a sink). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.used);
  }

  private blocks(bs: readonly Uint8Array[]): void {
    for (const b of bs) this.data(b);
  }

  private data(bytes: Uint8Array): void {
    const padded = Math.ceil(bytes.length / BLOCK) * BLOCK;
    this.reserve(padded);
    this.buf.set(bytes, this.used);
    this.used += padded;
  }

  /** Write one USTAR block at `this.used` when every field fits plainly; else false. */
  private fastHeader(
    name: string,
    mode: number,
    uid: number,
    gid: number,
    size: number,
    mtimeSec: number,
    typeflag: string,
    link: string,
    major: number,
    minor: number,
  ): boolean {
    if (
      !asciiUpTo(name, 100) ||
      !asciiUpTo(link, 100) ||
      !fits(mode, OCTAL_8) ||
      !fits(uid, OCTAL_8) ||
      !fits(gid, OCTAL_8) ||
      !fits(size, OCTAL_12) ||
      !fits(mtimeSec, OCTAL_12) ||
      !fits(major, OCTAL_8) ||
      !fits(minor, OCTAL_8)
    )
      return false;
    const b = this.buf;
    const o = this.used;
    let sum = CONSTANT_SUM;
    sum += putAscii(b, o, name);
    sum += putOctal(b, o + 100, 8, mode);
    sum += putOctal(b, o + 108, 8, uid);
    sum += putOctal(b, o + 116, 8, gid);
    sum += putOctal(b, o + 124, 12, size);
    sum += putOctal(b, o + 136, 12, mtimeSec);
    const type = typeflag.charCodeAt(0);
    b[o + 156] = type;
    sum += type;
    sum += putAscii(b, o + 157, link);
    putAscii(b, o + 257, 'ustar');
    putAscii(b, o + 263, '00');
    sum += putOctal(b, o + 329, 8, major);
    sum += putOctal(b, o + 337, 8, minor);
    // Six octal digits (a header sums to at most 512 × 255 = 0o377000), NUL, space.
    putOctal(b, o + 148, 7, sum);
    b[o + 155] = 0x20;
    return true;
  }
}

function putAscii(b: Uint8Array, o: number, s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    b[o + i] = c;
    sum += c;
  }
  return sum;
}

/** `n` as width - 1 zero-padded octal digits (the last byte stays NUL); returns their byte sum. */
function putOctal(b: Uint8Array, o: number, width: number, n: number): number {
  let sum = 0;
  let v = n;
  for (let i = o + width - 2; i >= o; i--) {
    const d = v % 8;
    b[i] = 0x30 + d;
    sum += 0x30 + d;
    v = (v - d) / 8;
  }
  return sum;
}
