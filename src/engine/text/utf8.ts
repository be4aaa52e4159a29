// UTF-8 byte length of a JS string, counted without encoding it (file sizes, `wc -c`, vim's
// "230B written", BuildKit's line limit all count bytes, and this runs on every write).

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
