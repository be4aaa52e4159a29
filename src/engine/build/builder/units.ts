// tonistiigi/units `Bytes` with `%.2f` as BuildKit's progress prints it: whole bytes without
// decimals (`155B`), larger sizes in decimal units with two decimals (`10.27kB`, `41.83MB`).

export function bkBytes(n: number): string {
  if (n < 1000) return `${Math.round(n)}B`;
  const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
  let v = n / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(2)}${units[i]}`;
}
