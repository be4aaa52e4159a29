import { describe, expect, it } from 'vitest';
import { blobData, createLayer, type Layer } from '../../engine/storage';
import { changesBetween, type StoredChainLayer } from './compare';
import { layerChanges } from './inspect';
import { layerTar, tarMode } from './layer-export';

const L1 = createLayer({
  id: 'L1',
  entries: [
    { path: '/etc/issue', type: 'file', data: 'Ubuntu\n' },
    { path: '/etc/bash.bashrc', type: 'file', data: '# bashrc\n' },
    { path: '/big', type: 'file', data: 'x'.repeat(100) },
  ],
});
const L2 = createLayer({
  id: 'L2',
  entries: [
    { path: '/etc/bash.bashrc', type: 'file', data: '# v2\n' },
    { path: '/tmp1', type: 'file', data: 'temp' },
  ],
});
const L3 = createLayer({
  id: 'L3',
  entries: [
    { path: '/big', type: 'whiteout' },
    { path: '/tmp1', type: 'whiteout' },
    { path: '/app', type: 'file', data: 'app' },
  ],
});
// A sibling of L2 on L1 (another image on the same base).
const S2 = createLayer({
  id: 'S2',
  entries: [{ path: '/etc/issue', type: 'file', data: 'Other\n' }],
});

const chain = new Map<string, StoredChainLayer>([
  ['c1', { layer: L1 }],
  ['c2', { layer: L2, parent: 'c1' }],
  ['c3', { layer: L3, parent: 'c2' }],
  ['s2', { layer: S2, parent: 'c1' }],
]);
const get = (c: string) => chain.get(c);
const summary = (changes: readonly { path: string; change: string }[]) =>
  changes.map((c) => `${c.change} ${c.path}`);

describe('changes between two layers', () => {
  it('on one stack: the combined changes above the lower, up to the upper, in either order', () => {
    const b = changesBetween('c1', 'c3', get);
    expect(b.relation).toBe('stack');
    expect([b.from, b.to]).toEqual(['c1', 'c3']);
    // /tmp1 came and went in between: no change; /big deleted; bashrc modified; /app added.
    expect(summary(b.changes)).toEqual(['added /app', 'deleted /big', 'modified /etc/bash.bashrc']);
    const r = changesBetween('c3', 'c1', get);
    expect([r.from, r.to]).toEqual(['c1', 'c3']);
    expect(r.changes).toEqual(b.changes);
  });

  it('adjacent layers give the upper layer’s own changes', () => {
    expect(summary(changesBetween('c2', 'c3', get).changes)).toEqual([
      'added /app',
      'deleted /big',
      'deleted /tmp1',
    ]);
  });

  it('on different stacks: what differs between the two filesystems', () => {
    const b = changesBetween('c2', 's2', get);
    expect(b.relation).toBe('apart');
    expect(summary(b.changes)).toEqual([
      'modified /etc/bash.bashrc',
      'modified /etc/issue',
      'deleted /tmp1',
    ]);
  });
});

describe('layer tar export', () => {
  const read = (bytes: Uint8Array) => {
    // name and size of each tar entry (ustar headers, 512-byte blocks)
    const out: { name: string; size: number; data: Uint8Array }[] = [];
    for (let o = 0; o + 512 <= bytes.length;) {
      const h = bytes.subarray(o, o + 512);
      if (h.every((b) => b === 0)) break;
      const name = new TextDecoder().decode(h.subarray(0, 100)).replace(/\0.*$/s, '');
      const size = parseInt(
        new TextDecoder().decode(h.subarray(124, 136)).replace(/\0.*$/s, ''),
        8,
      );
      out.push({ name, size, data: bytes.subarray(o + 512, o + 512 + size) });
      o += 512 + Math.ceil(size / 512) * 512;
    }
    return out;
  };

  it('a layer of real bytes is the engine’s own tar', () => {
    const t = layerTar(L2.changes);
    expect(t.mode).toBe('exact');
    expect(read(t.bytes).map((e) => e.name)).toEqual(['etc/', 'etc/bash.bashrc', 'tmp1']);
  });

  it('simulated contents become zero bytes of their size, or are left out when too big', () => {
    const blob: Layer = createLayer({
      id: 'B',
      entries: [
        { path: '/usr', type: 'dir' },
        { path: '/usr/big.so', type: 'file', data: blobData(3000, 'sha256:abc') },
        { path: '/usr/small', type: 'file', data: 'hi' },
      ],
    });
    const filled = layerTar(blob.changes);
    expect(filled.mode).toBe('zero-filled');
    expect(filled.simulated).toEqual({ files: 1, bytes: 3000 });
    const big = read(filled.bytes).find((e) => e.name === 'usr/big.so');
    expect(big?.size).toBe(3000);
    expect(big?.data.every((b) => b === 0)).toBe(true);
    expect(tarMode(blob.changes, 1000)).toBe('omitted');
    const omitted = layerTar(blob.changes, 1000);
    expect(read(omitted.bytes).map((e) => e.name)).toEqual(['usr/', 'usr/small']);
  });
});

describe('a base layer (nothing below it)', () => {
  it('lists its own paths as added instead of failing on their missing parents', () => {
    expect(summary(layerChanges(L1.changes, []))).toEqual([
      'added /big',
      'added /etc',
      'added /etc/bash.bashrc',
      'added /etc/issue',
    ]);
  });
});
