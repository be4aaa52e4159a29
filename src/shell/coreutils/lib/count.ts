// The count of head and tail: `-n N`, `-c N`, `-N`, with a sign (`-n -N` for head's "all but",
// `-n +N` for tail's "from line N") and GNU's size suffixes (k, KiB, KB, M, …).

import type { OutputStream } from '../../types';
import type { ParsedOptions } from './options';

export function parseCount(v: string): number | undefined {
  const m = /^(\d+)([kKMGbB]?|[KMG]B|[KMG]iB)$/.exec(v);
  if (!m) return undefined;
  const mult: Record<string, number> = {
    '': 1,
    b: 512,
    k: 1024,
    K: 1024,
    KiB: 1024,
    KB: 1000,
    M: 1024 ** 2,
    MiB: 1024 ** 2,
    MB: 1e6,
    G: 1024 ** 3,
    GiB: 1024 ** 3,
    GB: 1e9,
  };
  return Number(m[1]) * (mult[m[2]] ?? 1);
}

export interface CountOption {
  readonly count: number;
  readonly bytes: boolean;
  /** The value started with `sign` ('-' for head, '+' for tail). */
  readonly signed: boolean;
}

/** The last -n/-c/-N given (default 10 lines), or null after printing GNU's error. */
export function readCountOption(
  opts: ParsedOptions,
  program: string,
  sign: '-' | '+',
  stderr: OutputStream,
): CountOption | null {
  let result: CountOption = { count: 10, bytes: false, signed: false };
  for (const [k, v] of opts.list) {
    if (k !== 'n' && k !== 'c' && k !== '#') continue;
    const text = String(v);
    const n = parseCount(text.replace(/^[-+]/, ''));
    if (n === undefined) {
      stderr.write(`${program}: invalid number of ${k === 'c' ? 'bytes' : 'lines'}: '${text}'\n`);
      return null;
    }
    result = { count: n, bytes: k === 'c', signed: text.startsWith(sign) };
  }
  return result;
}
