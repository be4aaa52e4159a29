// JSON as Go's encoding/json writes it. `docker inspect` marshals each object (HTML-escaping
// `<`, `>`, `&` as \u003c…) and indents the array with four spaces; `--format json` and the
// template `json` function use an encoder with SetEscapeHTML(false), one compact value a line.
// Struct fields keep their order; goMap keys and formatter contexts (goStruct) are sorted, as Go
// sorts map keys and docker marshals a formatter context through a map.

import { isGoFloat, isGoMap, isRecord, structInfo } from './go-values';

export interface GoJsonOptions {
  /** encoding/json's default; docker's template `json` turns it off. */
  readonly escapeHTML?: boolean;
  /** Indent unit (MarshalIndent / json.Indent); compact when absent. */
  readonly indent?: string;
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

export function goJsonString(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i] as string;
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20) out += `\\u${hex4(c)}`;
    else if (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) out += `\\u${hex4(c)}`;
    else if (c === 0x2028 || c === 0x2029) out += `\\u${hex4(c)}`;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + (s[i + 1] as string);
        i++;
      } else out += '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  // Go: 'f' format between 1e-6 and 1e21, else 'e' with a cleaned exponent, like JS.
  return String(n);
}

function entriesOf(v: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined || typeof val === 'function') continue;
    out.push([k, val]);
  }
  if (isGoMap(v) || structInfo(v) !== undefined)
    out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
}

function encode(v: unknown, o: Required<GoJsonOptions>, depth: number): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v, o.escapeHTML);
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (isGoFloat(v)) return goJsonNumber(v.value);
  const nl = o.indent === '' ? '' : '\n' + o.indent.repeat(depth + 1);
  const close = o.indent === '' ? '' : '\n' + o.indent.repeat(depth);
  const colon = o.indent === '' ? ':' : ': ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + v.map((x) => nl + encode(x, o, depth + 1)).join(',') + close + ']';
  }
  if (isRecord(v)) {
    const entries = entriesOf(v);
    if (entries.length === 0) return '{}';
    const parts = entries.map(
      ([k, x]) => nl + goJsonString(k, o.escapeHTML) + colon + encode(x, o, depth + 1),
    );
    return '{' + parts.join(',') + close + '}';
  }
  return 'null';
}

/** json.Marshal (escapeHTML default true) or MarshalIndent when indent is given. */
export function goJson(value: unknown, options: GoJsonOptions = {}): string {
  return encode(value, { escapeHTML: options.escapeHTML ?? true, indent: options.indent ?? '' }, 0);
}

/** `docker inspect` without --format: `[]` or the 4-space-indented array, with a newline. */
export function inspectJson(objects: readonly unknown[]): string {
  if (objects.length === 0) return '[]\n';
  return goJson(objects, { indent: '    ' }) + '\n';
}

/** The template function `json` and `--format json`: compact, no HTML escaping. */
export function templateJson(value: unknown): string {
  return goJson(value, { escapeHTML: false });
}
