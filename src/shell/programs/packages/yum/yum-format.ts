// yum 3.4's notations: sizes ("104 k", "2.7 M"), the transaction table, the progress lines.

export function yumSize(bytes: number): string {
  const units = [' ', 'k', 'M', 'G'];
  let v = bytes;
  let u = 0;
  while (v >= 999.5 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const n = v < 9.95 && u > 0 ? v.toFixed(1) : String(Math.round(v));
  return `${n} ${units[u]}`.trimEnd();
}

export const RULE = '='.repeat(80);

export function tableRow(
  name: string,
  arch: string,
  version: string,
  repo: string,
  size: string,
): string {
  return ` ${name.padEnd(19)} ${arch.padEnd(12)} ${version.padEnd(27)} ${repo.padEnd(10)} ${size.padStart(6)}\n`;
}

/** `name | 104 kB  00:00:00`, the line yum prints per downloaded file. */
export function progressLine(label: string, bytes: number, secs: number): string {
  const size = yumSize(bytes)
    .replace(/ ([kMG])$/, ' $1B')
    .replace(/ $/, ' B');
  const t = `00:00:${String(Math.floor(secs)).padStart(2, '0')}`;
  return `${label.padEnd(57)}| ${size.padStart(6)}  ${t}\n`;
}

/** `  Installing : apr-1.4.8-7.el7.x86_64                                       1/6`. */
export function stepLine(verb: string, nevra: string, i: number, n: number): string {
  const left = `  ${verb.padEnd(11)}: ${nevra}`;
  const right = `${i}/${n}`;
  return `${left}${' '.repeat(Math.max(1, 80 - left.length - right.length))}${right}\n`;
}

/** Two-column `name.arch 0:version` lists under Installed:/Dependency Installed:. */
export function columns(items: readonly string[]): string {
  let out = '';
  for (let i = 0; i < items.length; i += 2) {
    const a = items[i];
    const b = items[i + 1];
    out += b === undefined ? `  ${a}\n` : `  ${a.padEnd(38)} ${b}\n`;
  }
  return out;
}
