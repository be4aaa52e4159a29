// The image config JSON (imagedb/content) as a type, and reading one from its exact bytes.

import type { ImageRunConfig } from './catalog/types';

export interface HistoryEntry {
  readonly created?: string;
  readonly created_by?: string;
  readonly author?: string;
  readonly comment?: string;
  readonly empty_layer?: boolean;
}

export interface ImageConfigJson {
  readonly architecture: string;
  readonly os: string;
  readonly variant?: string;
  readonly author?: string;
  readonly comment?: string;
  readonly created?: string;
  readonly docker_version?: string;
  readonly config?: ImageRunConfig;
  readonly history?: readonly HistoryEntry[];
  readonly rootfs: { readonly type: 'layers'; readonly diff_ids: readonly string[] };
  /** Legacy-builder parent (also kept in imagedb/metadata). */
  readonly parent?: string;
}

/** Parse config bytes. The bytes came from our own canonical JSON, so the shape is trusted. */
export function parseImageConfig(json: string): ImageConfigJson {
  return JSON.parse(json) as ImageConfigJson;
}

/** Milliseconds of an RFC 3339 time (0 when absent or unparsable). */
export function timeMs(rfc3339: string | undefined): number {
  if (!rfc3339) return 0;
  const ms = Date.parse(rfc3339);
  return Number.isNaN(ms) ? 0 : ms;
}

/** Go's RFC3339Nano for a UTC instant in ms: fraction without trailing zeros, `Z`. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-22T14:00:00.120Z
  return iso.replace(/\.(\d+)Z$/, (_, f: string) => {
    const t = f.replace(/0+$/, '');
    return t === '' ? 'Z' : `.${t}Z`;
  });
}
