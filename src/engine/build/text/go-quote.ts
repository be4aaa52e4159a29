// Go's strconv.Quote, which BuildKit's AST dump uses for every argument. The conformance results
// are byte-exact, so escapes must match Go's choices (\x00 not \u0000, printable Unicode kept).

const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

const SHORT_ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
  0x22: '\\"',
  0x5c: '\\\\',
};

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** `strconv.Quote(s)`. Lone surrogates (impossible in Go) print as \uXXXX. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[cp];
    if (short !== undefined) out += short;
    else if (cp === 0x20 || (cp > 0x7e && PRINTABLE.test(ch)) || (cp > 0x20 && cp < 0x7f))
      out += ch;
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}

/** `fmt.Sprintf("%q", []string{...})`: `["a" "b"]`. */
export function goQuoteList(items: readonly string[]): string {
  return '[' + items.map(goQuote).join(' ') + ']';
}
