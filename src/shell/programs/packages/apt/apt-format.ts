// apt's notations: SizeToStr (`984 kB`, `15.5 MB`), package lists wrapped at 80 columns.

export function sizeToStr(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T'];
  let v = bytes;
  for (let i = 0; i < units.length; i++) {
    if (v < 100 && i > 0) return `${v.toFixed(1)} ${units[i]}`;
    if (v < 10000) return `${v.toFixed(0)} ${units[i]}`;
    v /= 1000;
  }
  return `${v.toFixed(0)} P`;
}

/** `  a b c` lines no wider than 80 columns, as apt prints package lists. */
export function wrapList(names: readonly string[], width = 80): string {
  let out = '';
  let line = ' ';
  for (const n of names) {
    if (line.length + 1 + n.length > width - 1 && line.trim() !== '') {
      out += `${line}\n`;
      line = ' ';
    }
    line += ` ${n}`;
  }
  if (line.trim() !== '') out += `${line}\n`;
  return out;
}
