// Operations on file contents. Text is a JS string measured in UTF-8 bytes; a blob is virtual bytes
// (size + digest) so multi-GB files cost nothing. Edits to blobs yield new blobs whose digest is
// derived from the old digest and the edit, which keeps equal histories equal and different ones apart.

import type { FileData } from '../fs/types';
// Not @noble/hashes: the host's filesystem is in the page's first chunk (see sha256.ts).
import { sha256Text } from '../text/sha256';
import { utf8Length } from './path';

export function textData(text: string): FileData {
  return { kind: 'text', text };
}

export function blobData(size: number, digest: string): FileData {
  return { kind: 'blob', size, digest };
}

export function dataSize(d: FileData): number {
  return d.kind === 'text' ? utf8Length(d.text) : d.size;
}

const derivedDigest = sha256Text;

export function appendData(a: FileData, b: FileData): FileData {
  if (a.kind === 'text' && b.kind === 'text') return textData(a.text + b.text);
  const size = dataSize(a) + dataSize(b);
  const da = a.kind === 'text' ? derivedDigest(a.text) : a.digest;
  const db = b.kind === 'text' ? derivedDigest(b.text) : b.digest;
  return blobData(size, derivedDigest(`append ${da} ${db}`));
}

/** Cut or extend (with NUL bytes, as ftruncate does) to `length` bytes. */
export function truncateData(d: FileData, length: number): FileData {
  if (d.kind === 'blob') {
    if (length === d.size) return d;
    if (length === 0) return textData('');
    return blobData(length, derivedDigest(`truncate ${d.digest} ${length}`));
  }
  const size = utf8Length(d.text);
  if (length >= size) return textData(d.text + '\0'.repeat(length - size));
  // Cut at a byte count: walk code points; a split character becomes U+FFFD, as a decoder would show it.
  let bytes = 0;
  let out = '';
  for (const ch of d.text) {
    const n = utf8Length(ch);
    if (bytes + n > length) {
      if (bytes < length) out += '\ufffd';
      break;
    }
    out += ch;
    bytes += n;
  }
  return textData(out);
}

/** Longest stand-in text produced for a blob (a learner `cat`ting a 2 GB file gets this much). */
export const BLOB_TEXT_CAP = 64 * 1024;

/** A deterministic stand-in for a blob's bytes: its digest's hex, repeated, up to its size (capped). */
export function blobStandInText(d: { size: number; digest: string }): string {
  const n = Math.min(d.size, BLOB_TEXT_CAP);
  const hex = d.digest.replace(/^sha256:/, '') || '0';
  return hex.repeat(Math.ceil(n / hex.length)).slice(0, n);
}

export function dataText(d: FileData): string {
  return d.kind === 'text' ? d.text : blobStandInText(d);
}
