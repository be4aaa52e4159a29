// The fast tar writer against a straightforward reference: for random layers (odd names, long
// names and links, huge sizes and ids, non-ASCII, data past the 64 KiB chunk) the canonical tar
// and the DiffID must be byte for byte what writing every header through tar-header.ts gives.

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadonlyChangeset } from './changeset';
import { diffIdOfChanges } from './digest';
import { createLayer, type LayerEntrySpec } from './layer';
import { layerTarBytes, writeLayerTar } from './layer-tar';
import type { FileNode } from './node';
import { baseName, compareKeys, parentKey } from './path';
import { BLOCK, headerBlocks, MAX_OCTAL_11, type TarHeader } from './tar-header';

/** The tar the simple way: sort every key, one headerBlocks call per entry, Buffer for UTF-8. */
function referenceTar(changes: ReadonlyChangeset): Buffer {
  const parts: Buffer[] = [];
  const header = (h: TarHeader) => {
    for (const b of headerBlocks(h)) parts.push(Buffer.from(b));
  };
  const data = (bytes: Buffer) => {
    parts.push(bytes, Buffer.alloc((BLOCK - (bytes.length % BLOCK)) % BLOCK));
  };
  const keys = [...changes.keys()].filter((k) => k !== '/').sort(compareKeys);
  const first = new Map<FileNode, string>();
  for (const key of keys) {
    const n = changes.get(key);
    if (!n) continue;
    const meta = {
      mode: n.mode & 0o7777,
      uid: n.uid,
      gid: n.gid,
      mtimeSec: Math.max(0, Math.floor(n.mtimeMs / 1000)),
    };
    const name = key.slice(1);
    if (n.kind === 'dir') {
      header({ ...meta, name: `${name}/`, size: 0, typeflag: '5' });
      if (n.opaque)
        header({ ...meta, name: `${name}/.wh..wh..opq`, size: 0, mtimeSec: 0, typeflag: '0' });
    } else if (n.kind === 'file') {
      const link = first.get(n);
      if (link !== undefined) {
        header({ ...meta, name, size: 0, typeflag: '1', linkname: link });
        continue;
      }
      first.set(n, name);
      const bytes = Buffer.from(n.data.kind === 'text' ? n.data.text : n.data.digest, 'utf8');
      header({
        ...meta,
        name,
        size: n.data.kind === 'text' ? bytes.length : n.data.size,
        typeflag: '0',
      });
      data(bytes);
    } else if (n.kind === 'symlink') {
      header({ ...meta, mode: 0o777, name, size: 0, typeflag: '2', linkname: n.target });
    } else if (n.kind === 'chardev') {
      header({ ...meta, name, size: 0, typeflag: '3', devmajor: n.major, devminor: n.minor });
    } else {
      const dir = parentKey(key);
      const wname = `${dir === '/' ? '' : `${dir.slice(1)}/`}.wh.${baseName(key)}`;
      header({ ...meta, mode: 0o600, name: wname, size: 0, typeflag: '0' });
    }
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

// Names that sort around "/" and each other, need UTF-8, or push a path past USTAR's 100 bytes.
const NAMES = ['a', 'b', 'a.b', 'a!', 'a-', 'B', 'é', '😀', 'x'.repeat(60), 'y'.repeat(120)];
const path = fc
  .array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 })
  .map((p) => `/${p.join('/')}`);
const meta = fc.record({
  mode: fc.constantFrom(0o644, 0o755, 0o4755, 0o100644, 0o600),
  uid: fc.constantFrom(0, 33, 65534, 0o7777777, 0o10000000, 4294967294),
  gid: fc.constantFrom(0, 1000),
  // Whole, fractional, negative, and past what 11 octal digits of seconds hold.
  mtimeMs: fc.constantFrom(0, 1_700_000_000_123, 1.5, -5, 9e15),
});
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(511, 512, 513, 70_000).map((n) => 'z'.repeat(n)),
  fc.constant(`${'q'.repeat(600)}é`),
);
const blob = fc.record({
  kind: fc.constant('blob' as const),
  size: fc.constantFrom(0, 1000, MAX_OCTAL_11, MAX_OCTAL_11 + 1, 4e9, 1e13),
  digest: fc.constantFrom('sha256:aa', 'sha256:é', `sha256:${'f'.repeat(64)}`),
});
const target = fc.constantFrom('a', '../b', '/é', 't'.repeat(101), `/${'u'.repeat(99)}`);
const entry: fc.Arbitrary<LayerEntrySpec> = fc.oneof(
  fc.record({ path, type: fc.constant('file' as const), data: fc.oneof(text, blob) }),
  fc.record({ path, type: fc.constant('dir' as const), opaque: fc.boolean() }),
  fc.record({ path, type: fc.constant('symlink' as const), target }),
  fc.record({
    path,
    type: fc.constant('chardev' as const),
    major: fc.constantFrom(0, 1, 0o10000000),
    minor: fc.constantFrom(0, 5),
  }),
  fc.record({ path, type: fc.constant('whiteout' as const) }),
  fc.record({ path, type: fc.constant('hardlink' as const), linkTo: path }),
);
const specs = fc
  .array(fc.tuple(entry, meta), { maxLength: 40 })
  .map((es) => es.map(([e, m]): LayerEntrySpec => ({ ...e, ...m })));

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

describe('canonical layer tar', () => {
  it('writes the same bytes and DiffID as the reference for random layers', () => {
    fc.assert(
      fc.property(specs, (es) => {
        let layer;
        try {
          layer = createLayer({ id: 'p', entries: es });
        } catch {
          fc.pre(false); // a hard link to something that is not a file of the layer
          return;
        }
        const expected = referenceTar(layer.changes);
        expect(Buffer.from(layerTarBytes(layer.changes)).equals(expected)).toBe(true);
        const chunks: Buffer[] = [];
        writeLayerTar(layer.changes, (c) => chunks.push(Buffer.from(c)));
        expect(Buffer.concat(chunks).equals(expected)).toBe(true);
        expect(diffIdOfChanges(layer.changes)).toBe(sha(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('streams a large layer in chunks and still matches', () => {
    const entries: LayerEntrySpec[] = [];
    for (let i = 0; i < 400; i++)
      entries.push({ path: `/d${i % 7}/f${i}`, type: 'file', data: `${i}\n`.repeat(i) });
    const changes = createLayer({ id: 'big', entries }).changes;
    const expected = referenceTar(changes);
    const sizes: number[] = [];
    writeLayerTar(changes, (c) => sizes.push(c.length));
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(expected.length);
    expect(diffIdOfChanges(changes)).toBe(sha(expected));
  });
});
