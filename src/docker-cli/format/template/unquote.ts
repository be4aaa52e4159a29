// Go's strconv.Unquote for double-quoted string literals in templates.

export type Unquoted = { ok: true; value: string } | { ok: false };

const SIMPLE: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

export function unquoteGo(quoted: string): Unquoted {
  if (quoted.length < 2 || quoted[0] !== '"' || quoted[quoted.length - 1] !== '"')
    return { ok: false };
  const s = quoted.slice(1, -1);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== '\\') {
      if (c === '"' || c === '\n') return { ok: false };
      out += c;
      continue;
    }
    const e = s[++i];
    if (e === undefined) return { ok: false };
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const h = s.slice(i + 1, i + 1 + hexLen);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(h)) return { ok: false };
      const cp = parseInt(h, 16);
      if (cp > 0x10ffff) return { ok: false };
      out += String.fromCodePoint(cp);
      i += hexLen;
      continue;
    }
    if (/[0-7]/.test(e)) {
      const o = s.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(o)) return { ok: false };
      out += String.fromCharCode(parseInt(o, 8));
      i += 2;
      continue;
    }
    return { ok: false };
  }
  return { ok: true, value: out };
}
