// Reading what a server serves: stat without throwing, file data, MIME types by extension.

import type { FileData, Stat } from '../../../../engine/fs/types';
import type { CommandContext } from '../../../types';

export function statOf(ctx: CommandContext, path: string): Stat | undefined {
  try {
    return ctx.fs.stat(path);
  } catch {
    return undefined;
  }
}

export function readData(ctx: CommandContext, path: string): FileData | undefined {
  try {
    return ctx.fs.readFile(path);
  } catch {
    return undefined;
  }
}

export function readTextOf(ctx: CommandContext, path: string): string | undefined {
  const d = readData(ctx, path);
  return d?.kind === 'text' ? d.text : undefined;
}

/** The common types every server knows without its mime.types file. */
const BUILTIN: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  shtml: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  txt: 'text/plain',
  xml: 'text/xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  jsp: 'text/html',
};

export type MimeTable = ReadonlyMap<string, string>;

/** `type ext ext;` lines (nginx's `types {}` body) or `type ext ext` (Apache's mime.types). */
export function parseMimeTypes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').replace(/[;{}]/g, ' ').trim();
    if (!line || line === 'types') continue;
    const [type, ...exts] = line.split(/\s+/);
    if (!type?.includes('/')) continue;
    for (const e of exts) out.set(e.toLowerCase(), type);
  }
  return out;
}

export function mimeOf(path: string, table: MimeTable | undefined, fallback: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot < 0) return fallback;
  const ext = base.slice(dot + 1).toLowerCase();
  return table?.get(ext) ?? (table ? undefined : BUILTIN[ext]) ?? fallback;
}

/** nginx's ETag: `"<mtime hex>-<size hex>"`. */
export function etagOf(st: Stat): string {
  return `"${Math.floor(st.mtimeMs / 1000).toString(16)}-${st.size.toString(16)}"`;
}
