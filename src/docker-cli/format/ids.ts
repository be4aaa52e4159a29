// IDs and short text as docker shows them: 12-hex short IDs (pkg/stringid), Ellipsis with
// display widths (formatter/displayutils.go), and Go's strconv.Quote for the COMMAND column.

import { charWidth } from './runewidth';

const SHORT_LEN = 12;

/** stringid.TruncateID: drop any `algo:` prefix, keep the first 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.length > SHORT_LEN ? bare.slice(0, SHORT_LEN) : bare;
}

/** A full 64-hex ID. */
export function isFullId(id: string): boolean {
  return /^[a-f0-9]{64}$/.test(id);
}

/** A 12-hex short ID. */
export function isShortId(id: string): boolean {
  return /^[a-f0-9]{12}$/.test(id);
}

/**
 * stringid.GenerateRandomID redraws an ID whose first 12 characters are all digits (they would
 * read as a number); the engine draws, this says whether to draw again.
 */
export function mustRedrawId(id: string): boolean {
  return /^[0-9]{12}/.test(id);
}

/**
 * Ellipsis(s, maxDisplayWidth): keep what fits in width-1 cells and add `…`. Width 1 keeps the
 * first character whatever its width; the rare case where no prefix fits returns s unchanged,
 * as docker's loop does.
 */
export function ellipsis(text: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  const runes = [...text];
  if (maxWidth === 1) return runes[0] ?? '';
  if (runes.every((r) => (r.codePointAt(0) ?? 0) < 0x80)) {
    return runes.length <= maxWidth ? text : runes.slice(0, maxWidth - 1).join('') + '…';
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const r of runes) {
    total += charWidth(r.codePointAt(0) ?? 0);
    cumulative.push(total);
  }
  if (total <= maxWidth) return text;
  for (let i = 0; i + 1 < cumulative.length; i++) {
    if ((cumulative[i] as number) <= maxWidth - 1 && (cumulative[i + 1] as number) > maxWidth - 1)
      return runes.slice(0, i + 1).join('') + '…';
  }
  return text;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Go strconv.Quote: double quotes, Go escapes, printable Unicode kept as is. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (cp === 0x20 || PRINTABLE.test(ch)) out += ch;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (cp < 0x80) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + '"';
}
