// Exec form: a JSON array of strings. Anything that is not JSON falls back to shell form; a JSON
// array holding anything but strings is an error (BuildKit does not fall back for that one).

import { trimLeftGoSpace } from '../text/go-space';

export const NOT_STRING_ARRAY =
  'when using JSON array syntax, arrays must be comprised of strings only';

export type JsonArgs =
  | { readonly kind: 'array'; readonly items: string[] }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-strings' };

export function parseJsonArray(rest: string): JsonArgs {
  const text = trimLeftGoSpace(rest);
  if (!text.startsWith('[')) return { kind: 'not-json' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  if (!Array.isArray(value)) return { kind: 'not-json' };
  const items: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') return { kind: 'not-strings' };
    items.push(item);
  }
  return { kind: 'array', items };
}
