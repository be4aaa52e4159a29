// Sizes as docker prints and parses them (github.com/docker/go-units): decimal units with Go
// `%g` digits for display, binary units for `docker info` memory, and RAMInBytes for `-m 512m`.

import { formatG } from './go-number';
import { goQuote } from './ids';

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;

function customSize(size: number, prec: number, base: number, units: readonly string[]): string {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return formatG(size, prec) + units[i];
}

/** `HumanSizeWithPrecision`: `docker images`, `history`, `ps -s` use precision 3 (`77.8MB`). */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  return customSize(bytes, precision, 1000, DECIMAL);
}

/** `HumanSize` (`%.4g`): `docker system df`, pull/push progress (`16.43MB`). */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 4);
}

/** `BytesSize` (binary, `%.4g`): `docker info` Total Memory (`7.709GiB`). */
export function bytesSize(bytes: number): string {
  return customSize(bytes, 4, 1024, BINARY);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const BINARY_MULT: Readonly<Record<string, number>> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};
const DECIMAL_MULT: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  g: 1e9,
  t: 1e12,
  p: 1e15,
};

/** Go strconv.ParseFloat's accepted syntax (decimal forms; enough for sizes). */
export function parseGoFloat(text: string): ParseResult<number> {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.replace(/_/g, '')))
    return { ok: true, value: Number(text.replace(/_/g, '')) };
  if (/^[+-]?(inf|infinity)$/i.test(text))
    return { ok: true, value: text.startsWith('-') ? -Infinity : Infinity };
  if (/^nan$/i.test(text)) return { ok: true, value: NaN };
  return { ok: false, error: `strconv.ParseFloat: parsing ${goQuote(text)}: invalid syntax` };
}

function parseSize(sizeStr: string, mult: Readonly<Record<string, number>>): ParseResult<number> {
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(sizeStr[i] as string)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return { ok: false, error: `invalid size: '${sizeStr}'` };
  const num = sizeStr[sep] === ' ' ? sizeStr.slice(0, sep) : sizeStr.slice(0, sep + 1);
  let sfx = sizeStr.slice(sep + 1);
  const parsed = parseGoFloat(num);
  if (!parsed.ok) return parsed;
  let size = parsed.value;
  if (size < 0) return { ok: false, error: `invalid size: '${sizeStr}'` };
  if (sfx.length === 0) return { ok: true, value: Math.trunc(size) };
  const bad = (): ParseResult<number> => ({ ok: false, error: `invalid suffix: '${sfx}'` });
  if (sfx.length > 3) return bad();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad() : { ok: true, value: Math.trunc(size) };
  const m = mult[sfx[0] as string];
  if (m === undefined) return bad();
  size *= m;
  if (sfx.length === 2 && sfx[1] !== 'b') return bad();
  if (sfx.length === 3 && sfx.slice(1) !== 'ib') return bad();
  return { ok: true, value: Math.trunc(size) };
}

/** `RAMInBytes`: `512m`, `1g`, `1.5GiB` → bytes (binary multiples); errors as go-units words them. */
export function ramInBytes(text: string): ParseResult<number> {
  return parseSize(text, BINARY_MULT);
}

/** `FromHumanSize`: decimal multiples (`--shm-size` does not use this; registries do). */
export function fromHumanSize(text: string): ParseResult<number> {
  return parseSize(text, DECIMAL_MULT);
}
