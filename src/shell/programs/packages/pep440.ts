// Version specifiers as pip reads them (PEP 440), for plain release versions: `==`, `!=`, `>=`,
// `<=`, `>`, `<`, `~=`, `===`, comma-separated, `==3.0.*` wildcards. The lab's mirror holds one
// version of each package, so a pin it cannot meet fails as pip does (from versions: <that one>)
// rather than installing something else.

function release(v: string): number[] {
  return v
    .trim()
    .replace(/^v/i, '')
    .split(/[^0-9]+/)
    .filter((p) => p !== '')
    .map(Number);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function prefixMatch(version: readonly number[], prefix: readonly number[]): boolean {
  return prefix.every((p, i) => (version[i] ?? 0) === p);
}

function one(version: string, clause: string): boolean {
  const m = /^(===|==|!=|~=|>=|<=|>|<)\s*(\S+)$/.exec(clause.trim());
  if (!m) return true; // not a version clause (markers, URLs): not this check's business
  const [, op, raw] = m as unknown as [string, string, string];
  if (op === '===') return version === raw;
  const v = release(version);
  if ((op === '==' || op === '!=') && raw.endsWith('.*')) {
    const hit = prefixMatch(v, release(raw.slice(0, -2)));
    return op === '==' ? hit : !hit;
  }
  const r = release(raw);
  const c = compare(v, r);
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '>=':
      return c >= 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '<':
      return c < 0;
    default:
      // ~=X.Y.Z means >=X.Y.Z and ==X.Y.*
      return c >= 0 && prefixMatch(v, r.slice(0, Math.max(1, r.length - 1)));
  }
}

/** Whether `version` meets the specifier part of a requirement (`flask>=2,<3` → `>=2,<3`). */
export function satisfies(version: string, specifier: string): boolean {
  const spec = specifier.split(';')[0] ?? '';
  return spec
    .split(',')
    .filter((c) => c.trim() !== '')
    .every((c) => one(version, c));
}

/** The specifier part of a requirement string: after the name and any [extras]. */
export function specifierOf(requirement: string): string {
  return requirement.replace(/^\s*[A-Za-z0-9._-]+\s*(\[[^\]]*\])?/, '').split(';')[0] ?? '';
}
