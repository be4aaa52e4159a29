// Python source as lines the recogniser can walk: comments stripped, continuation lines joined
// (backslashes and open brackets), indentation measured (a tab to the next multiple of 8).

export interface Line {
  readonly indent: number;
  readonly text: string;
  /** 1-based line number where the logical line starts. */
  readonly no: number;
  /** The physical first line, as a traceback shows it (stripped). */
  readonly shown: string;
}

function indentOf(s: string): number {
  let n = 0;
  for (const c of s) {
    if (c === ' ') n++;
    else if (c === '\t') n = (Math.floor(n / 8) + 1) * 8;
    else break;
  }
  return n;
}

/** Strip a trailing comment, respecting quotes; report bracket depth and a trailing backslash. */
function scan(
  s: string,
  depth: number,
  quote: string | null,
): { text: string; depth: number; quote: string | null } {
  let out = '';
  let q = quote;
  let d = depth;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (q) {
      out += c;
      if (c === '\\') {
        out += s[i + 1] ?? '';
        i++;
      } else if (s.startsWith(q, i)) {
        out += q.slice(1);
        i += q.length - 1;
        q = null;
      }
      continue;
    }
    if (c === '#') break;
    if (c === '"' || c === "'") {
      q = s.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      out += q;
      i += q.length - 1;
      continue;
    }
    if ('([{'.includes(c)) d++;
    if (')]}'.includes(c)) d--;
    out += c;
  }
  return { text: out, depth: d, quote: q && q.length === 3 ? q : null };
}

export function logicalLines(source: string): Line[] {
  const raw = source.replace(/\r\n/g, '\n').split('\n');
  const out: Line[] = [];
  let i = 0;
  while (i < raw.length) {
    const first = raw[i] ?? '';
    const no = i + 1;
    let r = scan(first, 0, null);
    let text = r.text;
    i++;
    while ((r.depth > 0 || r.quote || /\\\s*$/.test(text)) && i < raw.length) {
      if (/\\\s*$/.test(text) && !r.quote) text = text.replace(/\\\s*$/, ' ');
      r = scan(raw[i] ?? '', r.depth, r.quote);
      text += r.quote ? `\n${r.text}` : ` ${r.text.trim()}`;
      i++;
    }
    if (text.trim() === '') continue;
    out.push({ indent: indentOf(first), text: text.trim(), no, shown: first.trim() });
  }
  return out;
}
