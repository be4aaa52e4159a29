// Archives as virtual bytes. A tarball in the lab is a blob (size + digest) like any binary; what
// it holds is kept here, keyed by that digest. The index is content-addressed: the digest is
// computed from the members, so the same tree always gives the same digest and the same entry,
// whoever registered it — sharing one index between labs, undo and replays is safe.
//
// `tar -c` registers members, `tar -x`, `docker import` and `ADD x.tar /` look them up; gzip and
// friends register a compressed wrapper that points at the inner data.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FileData } from '../fs/types';
import { utf8Length } from './utf8';

export type MemberType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'chardev';

export interface TarMember {
  /** The stored name: relative, no leading '/', directories end with '/'. */
  readonly name: string;
  readonly type: MemberType;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Owner names stored beside the ids (GNU tar keeps both); empty when unknown. */
  readonly uname: string;
  readonly gname: string;
  readonly mtimeMs: number;
  /** A regular file's contents. */
  readonly data?: FileData;
  /** A symlink's target, or the member a hard link points to. */
  readonly target?: string;
  readonly rdev?: { readonly major: number; readonly minor: number };
}

export type Compression = 'gzip' | 'bzip2' | 'xz';

export type ArchiveContent =
  | { readonly kind: 'tar'; readonly members: readonly TarMember[] }
  | {
      readonly kind: 'compressed';
      readonly format: Compression;
      readonly inner: FileData;
      /** The original file name gzip stores (gunzip -N); informative only. */
      readonly name?: string;
    };

type Entry = { content: ArchiveContent; textBytes: number; binBytes: number };

const index = new Map<string, Entry | (() => ArchiveContent)>();

const byteLength = utf8Length;

function dataBytes(d: FileData): number {
  return d.kind === 'blob' ? d.size : byteLength(d.text);
}

const pad512 = (n: number): number => Math.ceil(n / 512) * 512;

/** Bytes a member takes in a GNU tar: header, long-name extension, data padded to 512. */
function memberBytes(m: TarMember, size: number): number {
  let n = 512;
  if (m.name.length > 100) n += 512 + pad512(m.name.length + 1);
  if (m.target !== undefined && m.target.length > 100) n += 512 + pad512(m.target.length + 1);
  return n + pad512(size);
}

/** Register a tar archive of `members` (in order); returns the blob that holds it. */
export function registerTar(members: readonly TarMember[]): FileData {
  const h = sha256.create();
  let size = 0;
  let textBytes = 0;
  let binBytes = 0;
  for (const m of members) {
    const head =
      `${m.type}\0${m.name}\0${m.mode.toString(8)}\0${m.uid}\0${m.gid}\0${m.uname}\0${m.gname}\0` +
      `${m.mtimeMs}\0${m.target ?? ''}\0${m.rdev ? `${m.rdev.major},${m.rdev.minor}` : ''}\0`;
    h.update(utf8ToBytes(head));
    let dsize = 0;
    if (m.type === 'file' && m.data) {
      if (m.data.kind === 'text') {
        const bytes = utf8ToBytes(m.data.text);
        dsize = bytes.length;
        h.update(utf8ToBytes(`t${dsize}\0`));
        h.update(bytes);
        textBytes += dsize;
      } else {
        dsize = m.data.size;
        h.update(utf8ToBytes(`b${dsize}\0${m.data.digest}\0`));
        binBytes += dsize;
      }
    }
    size += memberBytes(m, dsize);
  }
  size = Math.ceil((size + 1024) / 10240) * 10240;
  const digest = `sha256:${bytesToHex(h.digest())}`;
  if (!index.has(digest)) {
    index.set(digest, { content: { kind: 'tar', members: [...members] }, textBytes, binBytes });
  }
  return { kind: 'blob', size, digest };
}

const RATIO: Record<Compression, number> = { gzip: 1, bzip2: 0.9, xz: 0.78 };

/** Compressed size of `inner` as gzip/bzip2/xz would make it (text ~28%, binaries ~42%). */
function compressedSize(format: Compression, inner: FileData): number {
  let text: number;
  let bin: number;
  let other = 0;
  const known = inner.kind === 'blob' ? entryOf(inner.digest) : undefined;
  if (inner.kind === 'text') {
    text = byteLength(inner.text);
    bin = 0;
  } else if (known && known.content.kind === 'tar') {
    text = known.textBytes;
    bin = known.binBytes;
    other = Math.max(0, inner.size - text - bin);
  } else {
    // Already-compressed data (or unknown bytes) barely shrinks.
    return Math.max(20, Math.round(inner.size * 1.0003) + 20);
  }
  const gz = text * 0.28 + bin * 0.42 + other * 0.03 + 20;
  return Math.max(20, Math.round(gz * RATIO[format]));
}

/** Wrap `inner` in a compressed stream; the result is a blob recorded as pointing at inner. */
export function compress(format: Compression, inner: FileData, name?: string): FileData {
  const innerId =
    inner.kind === 'blob' ? inner.digest : `text:${bytesToHex(sha256(utf8ToBytes(inner.text)))}`;
  const digest = `sha256:${bytesToHex(sha256(utf8ToBytes(`${format}\0${innerId}`)))}`;
  if (!index.has(digest)) {
    const content: ArchiveContent = {
      kind: 'compressed',
      format,
      inner,
      ...(name ? { name } : {}),
    };
    index.set(digest, { content, textBytes: 0, binBytes: 0 });
  }
  return { kind: 'blob', size: compressedSize(format, inner), digest };
}

/** For data that exists in the world before anyone makes it (a tarball a site serves). */
export function registerLazy(digest: string, provide: () => ArchiveContent): void {
  if (!index.has(digest)) index.set(digest, provide);
}

function entryOf(digest: string): Entry | undefined {
  const e = index.get(digest);
  if (e === undefined) return undefined;
  if (typeof e !== 'function') return e;
  const content = e();
  let textBytes = 0;
  let binBytes = 0;
  if (content.kind === 'tar')
    for (const m of content.members)
      if (m.data) {
        if (m.data.kind === 'text') textBytes += byteLength(m.data.text);
        else binBytes += m.data.size;
      }
  const entry = { content, textBytes, binBytes };
  index.set(digest, entry);
  return entry;
}

/** What an archive blob holds, or undefined for data that is not a known archive. */
export function lookupArchive(data: FileData): ArchiveContent | undefined {
  if (data.kind !== 'blob') return undefined;
  return entryOf(data.digest)?.content;
}

/** The tar inside `data`, unwrapping any compression; also says which compression it had. */
export function openTar(
  data: FileData,
): { members: readonly TarMember[]; compression?: Compression } | undefined {
  const c = lookupArchive(data);
  if (!c) return undefined;
  if (c.kind === 'tar') return { members: c.members };
  const inner = lookupArchive(c.inner);
  if (inner?.kind === 'tar') return { members: inner.members, compression: c.format };
  return undefined;
}

export function contentBytes(d: FileData): number {
  return dataBytes(d);
}
