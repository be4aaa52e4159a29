import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Text } from './sha256';

const noble = (s: string): string => `sha256:${bytesToHex(sha256(utf8ToBytes(s)))}`;

describe('sha256Text', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Text('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Text('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      'sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with @noble/hashes at every length around the block edges', () => {
    for (let n = 0; n < 300; n++) expect(sha256Text('x'.repeat(n))).toBe(noble('x'.repeat(n)));
  });

  it('agrees with @noble/hashes on any text, multi-byte characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        expect(sha256Text(s)).toBe(noble(s));
      }),
    );
  });

  it('hashes a megabyte as noble does', () => {
    const big = 'yes\n'.repeat(262_144);
    expect(sha256Text(big)).toBe(noble(big));
  });
});
