// Go's default printing (fmt %v) of template values, and Go type names for error messages.
// undefined is Go's invalid value (`<no value>`), null is nil (`<nil>`).

import { formatFloatV } from '../go-number';
import { isGoFloat, isRecord, structInfo } from '../go-values';

export function isFloatValue(v: unknown): boolean {
  return isGoFloat(v) || (typeof v === 'number' && !Number.isInteger(v));
}

export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (isGoFloat(v)) return v.value;
  return undefined;
}

/** Enumerable data fields of an object (functions are methods, not fields). */
export function fieldsOf(v: object): [string, unknown][] {
  return Object.entries(v).filter(([, x]) => typeof x !== 'function');
}

export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'function') return 'func';
  if (isFloatValue(v)) return 'float64';
  if (typeof v === 'number') return 'int';
  if (Array.isArray(v))
    return v.every((x) => typeof x === 'string') ? '[]string' : '[]interface {}';
  const s = structInfo(v);
  if (s) return s.typeName;
  if (isRecord(v)) {
    const vals = Object.values(v);
    return vals.length > 0 && vals.every((x) => typeof x === 'string')
      ? 'map[string]string'
      : 'map[string]interface {}';
  }
  return 'interface {}';
}

/** fmt's %v. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v === 0 ? 0 : v) : formatFloatV(v);
  if (typeof v === 'bigint') return v.toString();
  if (isGoFloat(v)) return formatFloatV(v.value);
  if (typeof v === 'function') return '0x1';
  if (Array.isArray(v)) return '[' + v.map(formatValue).join(' ') + ']';
  if (structInfo(v))
    return (
      '{' +
      fieldsOf(v)
        .map(([, x]) => formatValue(x))
        .join(' ') +
      '}'
    );
  if (isRecord(v)) {
    const keys = Object.keys(v)
      .filter((k) => typeof v[k] !== 'function')
      .sort();
    return 'map[' + keys.map((k) => `${k}:${formatValue(v[k])}`).join(' ') + ']';
  }
  return String(v);
}

/** What an action prints: `<no value>` for a missing map entry, %v otherwise. */
export function printValue(v: unknown): string {
  return v === undefined ? '<no value>' : formatValue(v);
}

/** Go's template truth: false, 0, nil, empty string/slice/map are false. */
export function truth(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  const n = numberOf(v);
  if (n !== undefined) return n !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (structInfo(v)) return true;
  if (isRecord(v)) return Object.keys(v).length > 0;
  return true;
}
