// SHA-256 (FIPS 180-4) of a UTF-8 string, as `sha256:<hex>`. The first chunk of the page needs it
// (the host's filesystem derives blob digests on `>>` and truncate, and the disk on runaway
// appends) but not the rest of @noble/hashes, which the engine's chunks bring: this small copy
// keeps ~2 KB of gzip off the first load. The engine hashes layer tars with noble (faster on
// megabytes); both give the same digests (sha256.test.ts compares them).

// FIPS 180-4 §4.2.2 and §5.3.3: the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes (round constants) and of the square roots of the first 8 (initial hash).
// Computed rather than listed, which is smaller in the first chunk; the test checks them.
const K = new Uint32Array(64);
const H0 = new Uint32Array(8);
for (let n = 2, i = 0; i < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  const frac = (x: number): number => (x - Math.floor(x)) * 2 ** 32;
  if (i < 8) H0[i] = frac(Math.sqrt(n));
  K[i++] = frac(Math.cbrt(n));
}

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 of the string's UTF-8 bytes, as Docker writes digests: `sha256:` and 64 hex digits. */
export function sha256Text(text: string): string {
  const data = new TextEncoder().encode(text);
  // Message, a 0x80 byte, zeros, and the bit length in the last 8 bytes of a 64-byte block.
  const blocks = Math.ceil((data.length + 9) / 64);
  const buf = new Uint8Array(blocks * 64);
  buf.set(data);
  buf[data.length] = 0x80;
  const view = new DataView(buf.buffer);
  view.setUint32(buf.length - 8, Math.floor(data.length / 0x20000000));
  view.setUint32(buf.length - 4, data.length * 8);
  const h = H0.slice();
  const w = new Uint32Array(64);
  for (let off = 0; off < buf.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      w[i] =
        w[i - 16] +
        (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) +
        w[i - 7] +
        (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10));
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let i = 0; i < 64; i++) {
      const t1 =
        (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += k;
  }
  let hex = 'sha256:';
  for (const x of h) hex += x.toString(16).padStart(8, '0');
  return hex;
}
