import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Changeset } from './changeset';
import {
  canonicalJson,
  chainId,
  chainIds,
  diffIdOfChanges,
  imageIdOf,
  layerDiffId,
  layerSize,
  type Digest,
} from './digest';
import { createLayer } from './layer';
import { layerTarBytes } from './layer-tar';

const sha = (b: Buffer | string): Digest =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`;

// A USTAR header written field by field, independently of tar-header.ts.
function header(f: {
  name: string;
  mode: number;
  size: number;
  mtime: number;
  type: string;
  link?: string;
  uid?: number;
}): Buffer {
  const b = Buffer.alloc(512);
  const oct = (n: number, width: number) => n.toString(8).padStart(width - 1, '0') + '\0';
  b.write(f.name, 0, 'utf8');
  b.write(oct(f.mode, 8), 100, 'ascii');
  b.write(oct(f.uid ?? 0, 8), 108, 'ascii');
  b.write(oct(f.uid ?? 0, 8), 116, 'ascii');
  b.write(oct(f.size, 12), 124, 'ascii');
  b.write(oct(f.mtime, 12), 136, 'ascii');
  b.write(f.type, 156, 'ascii');
  b.write(f.link ?? '', 157, 'utf8');
  b.write('ustar\0', 257, 'ascii');
  b.write('00', 263, 'ascii');
  b.write(oct(0, 8), 329, 'ascii');
  b.write(oct(0, 8), 337, 'ascii');
  b.write('        ', 148, 'ascii');
  let sum = 0;
  for (const x of b) sum += x;
  b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return b;
}

function padded(s: string): Buffer {
  const d = Buffer.from(s, 'utf8');
  return Buffer.concat([d, Buffer.alloc((512 - (d.length % 512)) % 512)]);
}

describe('content addressing', () => {
  it('gives the empty tar its well-known DiffID', () => {
    expect(diffIdOfChanges(new Changeset())).toBe(
      'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
    );
  });

  it('matches a tar written byte by byte (digest vector)', () => {
    const t = 1_700_000_000_000;
    const layer = createLayer({
      id: 'v',
      mtimeMs: t,
      entries: [
        { path: '/etc/hostname', type: 'file', data: 'web\n' },
        { path: '/etc/motd', type: 'whiteout' },
        { path: '/etc/app', type: 'dir', opaque: true, mode: 0o750, uid: 33, gid: 33 },
        { path: '/etc/link', type: 'symlink', target: 'hostname' },
        { path: '/etc/host2', type: 'hardlink', linkTo: '/etc/hostname' },
      ],
    });
    const s = t / 1000;
    const expected = Buffer.concat([
      header({ name: 'etc/', mode: 0o755, size: 0, mtime: s, type: '5' }),
      header({ name: 'etc/app/', mode: 0o750, size: 0, mtime: s, type: '5', uid: 33 }),
      header({ name: 'etc/app/.wh..wh..opq', mode: 0o750, size: 0, mtime: 0, type: '0', uid: 33 }),
      // The first path in walk order carries the bytes; later names of the same file are links.
      header({ name: 'etc/host2', mode: 0o644, size: 4, mtime: s, type: '0' }),
      padded('web\n'),
      header({
        name: 'etc/hostname',
        mode: 0o644,
        size: 0,
        mtime: s,
        type: '1',
        link: 'etc/host2',
      }),
      header({ name: 'etc/link', mode: 0o777, size: 0, mtime: s, type: '2', link: 'hostname' }),
      header({ name: 'etc/.wh.motd', mode: 0o600, size: 0, mtime: s, type: '0' }),
      Buffer.alloc(1024),
    ]);
    expect(Buffer.from(layerTarBytes(layer.changes)).equals(expected)).toBe(true);
    expect(layerDiffId(layer)).toBe(sha(expected));
    expect(layerSize(layer)).toBe(4);
  });

  it('hashes blobs through their digest, fast, and tells them apart', () => {
    const mk = (digest: string) =>
      createLayer({
        id: 'b',
        entries: [{ path: '/big', type: 'file', data: { kind: 'blob', size: 4e9, digest } }],
      });
    const a = mk('sha256:aa');
    expect(layerSize(a)).toBe(4e9);
    expect(layerDiffId(a)).toBe(layerDiffId(mk('sha256:aa')));
    expect(layerDiffId(a)).not.toBe(layerDiffId(mk('sha256:ab')));
  });

  it('changes the DiffID with content, mode or path', () => {
    const one = (path: string, data: string, mode = 0o644) =>
      layerDiffId(createLayer({ id: 'x', entries: [{ path, type: 'file', data, mode }] }));
    const base = one('/a', 'x');
    expect(one('/a', 'x')).toBe(base);
    expect(one('/a', 'y')).not.toBe(base);
    expect(one('/a', 'x', 0o600)).not.toBe(base);
    expect(one('/b', 'x')).not.toBe(base);
  });

  it('computes ChainIDs by the OCI rule (FIDELITY §7.1 vector)', () => {
    const d = ['layer0', 'layer1', 'layer2'].map((s) => sha(s));
    expect(chainId(d.slice(0, 2))).toBe(
      'sha256:ef232af0eb422cdfd7917631657cd8ed2bfd5b9461b37c427aa0d3e0a19adf79',
    );
    expect(chainIds(d)).toEqual([
      d[0],
      'sha256:ef232af0eb422cdfd7917631657cd8ed2bfd5b9461b37c427aa0d3e0a19adf79',
      'sha256:7ad3896338947cc04ee0b35b50d400ff32538d63f42f85ec87feac78bf71a54d',
    ]);
  });

  it('hashes the canonical config JSON for the image ID', () => {
    const config = {
      rootfs: { type: 'layers', diff_ids: [] },
      architecture: 'amd64',
      cmd: 'a && b',
    };
    const { id, json } = imageIdOf(config);
    expect(json).toBe(
      '{"architecture":"amd64","cmd":"a \\u0026\\u0026 b","rootfs":{"diff_ids":[],"type":"layers"}}',
    );
    expect(id).toBe(sha(json));
    expect(canonicalJson([1, 'x', null, true])).toBe('[1,"x",null,true]');
  });

  it('uses PAX headers for names beyond USTAR', () => {
    const long = `/${'d'.repeat(120)}/${'f'.repeat(120)}`;
    const bytes = layerTarBytes(
      createLayer({ id: 'l', entries: [{ path: long, type: 'file', data: '' }] }).changes,
    );
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain(`path=${long.slice(1)}\n`);
  });
});
