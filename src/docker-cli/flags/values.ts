// Converting a flag's text to its value with the real client's error texts: strconv for
// numbers and booleans, go-units RAMInBytes for `bytes`, big.Rat for `decimal` (--cpus),
// time.ParseDuration for `duration`.

import { ramInBytes } from '../format/units';
import type { FlagValue } from './types';

export type ValueResult = { ok: true; value: FlagValue } | { ok: false; error: string };

function q(s: string): string {
  return JSON.stringify(s);
}

/** strconv.ParseBool. */
export function parseGoBool(s: string): ValueResult {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return { ok: true, value: true };
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${q(s)}: invalid syntax` };
}

/** strconv.ParseInt(s, 0, bits) / ParseUint(s, 0, bits). */
export function parseGoInt(s: string, bits: number, unsigned: boolean): ValueResult {
  const fn = unsigned ? 'ParseUint' : 'ParseInt';
  const syntax = { ok: false as const, error: `strconv.${fn}: parsing ${q(s)}: invalid syntax` };
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]+|[1-9][0-9]*|0)$/.exec(s);
  if (!m) return syntax;
  const sign = m[1] as string;
  if (unsigned && sign !== '') return syntax;
  let body = m[2] as string;
  if (body.includes('_') && !/^0[xXbBoO]/.test(body)) return syntax;
  body = body.replace(/_/g, '');
  let n: bigint;
  if (/^0[xX]/.test(body)) n = BigInt(body);
  else if (/^0[bB]/.test(body)) n = BigInt(body);
  else if (/^0[oO]/.test(body)) n = BigInt('0o' + body.slice(2));
  else if (/^0[0-7]+$/.test(body)) n = BigInt('0o' + body.slice(1));
  else n = BigInt(body);
  if (sign === '-') n = -n;
  const max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  const min = unsigned ? 0n : -(1n << BigInt(bits - 1));
  if (n > max || n < min)
    return { ok: false, error: `strconv.${fn}: parsing ${q(s)}: value out of range` };
  return { ok: true, value: Number(n) };
}

const UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** time.ParseDuration, in milliseconds. */
export function parseGoDuration(s: string): ValueResult {
  const invalid = { ok: false as const, error: `time: invalid duration ${q(s)}` };
  let rest = s;
  let neg = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    neg = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, value: 0 };
  if (rest === '') return invalid;
  let total = 0;
  while (rest !== '') {
    const num = /^(\d*)(\.\d*)?/.exec(rest);
    const text = num?.[0] ?? '';
    if (text === '' || text === '.') return invalid;
    rest = rest.slice(text.length);
    const unit = /^[^\d.]*/.exec(rest)?.[0] ?? '';
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${q(s)}` };
    const mult = UNITS[unit];
    if (mult === undefined)
      return { ok: false, error: `time: unknown unit ${q(unit)} in duration ${q(s)}` };
    total += Number(text) * mult;
    rest = rest.slice(unit.length);
  }
  return { ok: true, value: neg ? -total : total };
}

/** opts.NanoCPUs: a rational number of CPUs (`1.5`, `3/2`); the value is in CPUs. */
export function parseDecimal(s: string): ValueResult {
  const bad = { ok: false as const, error: `failed to parse ${s} as a rational number` };
  let value: number;
  if (/^[+-]?\d+\/\d+$/.test(s)) {
    const [a, b] = s.split('/').map(Number) as [number, number];
    if (b === 0) return bad;
    value = a / b;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) value = Number(s);
  else return bad;
  if (!Number.isInteger(Math.round(value * 1e9 * 1e6) / 1e6))
    return { ok: false, error: 'value is too precise' };
  return { ok: true, value };
}

/** The value of one occurrence of a flag of this type. */
export function parseFlagValue(type: string, long: string, text: string): ValueResult {
  switch (type) {
    case '':
      return parseGoBool(text);
    case 'string':
      return { ok: true, value: text };
    case 'int':
    case 'int64':
      return parseGoInt(text, 64, false);
    case 'uint':
    case 'uint64':
      return parseGoInt(text, 64, true);
    case 'uint16':
      return parseGoInt(text, 16, true);
    case 'uint32':
      return parseGoInt(text, 32, true);
    case 'bytes': {
      // --memory-swap (MemSwapBytes) also takes -1 for unlimited.
      if (long === 'memory-swap' && text === '-1') return { ok: true, value: -1 };
      if (text === '') return { ok: true, value: 0 };
      const r = ramInBytes(text);
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'decimal':
      return parseDecimal(text);
    case 'duration':
      return parseGoDuration(text);
    default:
      return { ok: true, value: text };
  }
}

/** Types whose occurrences accumulate (pflag slices and docker's ListOpts/MapOpts/FilterOpt…). */
export function isRepeatable(type: string): boolean {
  return ![
    '',
    'string',
    'int',
    'int64',
    'uint',
    'uint64',
    'uint16',
    'uint32',
    'bytes',
    'decimal',
    'duration',
  ].includes(type);
}
