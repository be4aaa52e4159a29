// Dependency resolution in outline: follow each package's dependencies through the catalog,
// skipping what is installed and names the catalog does not carry (the lab's catalogs hold the
// packages lessons use and what they pull in, not whole distributions).

import type { Catalog } from './catalog/types';

export function canonical(catalog: Catalog, name: string): string | undefined {
  if (Object.hasOwn(catalog.packages, name)) return name;
  const p = catalog.provides?.[name];
  return p !== undefined && Object.hasOwn(catalog.packages, p) ? p : undefined;
}

export interface InstallPlan {
  /** Requested names the catalog does not know. */
  readonly missing: string[];
  /** Packages to install, dependencies first. */
  readonly order: string[];
  /** Requested packages already installed. */
  readonly present: string[];
}

export function planInstall(
  catalog: Catalog,
  requested: readonly string[],
  installed: ReadonlySet<string>,
): InstallPlan {
  const missing: string[] = [];
  const present: string[] = [];
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || installed.has(name)) return;
    seen.add(name);
    for (const d of catalog.packages[name].deps ?? []) {
      const c = canonical(catalog, d);
      if (c !== undefined) visit(c);
    }
    order.push(name);
  };
  for (const r of requested) {
    const c = canonical(catalog, r);
    if (c === undefined) missing.push(r);
    else if (installed.has(c)) present.push(c);
    else visit(c);
  }
  return { missing, order, present };
}

/** Auto-installed packages no manual package needs any more (apt's autoremove, dnf's leaves). */
export function unneeded(
  catalog: Catalog,
  installed: ReadonlySet<string>,
  auto: ReadonlySet<string>,
  removing: ReadonlySet<string>,
): string[] {
  const needed = new Set<string>();
  const visit = (name: string): void => {
    if (needed.has(name) || removing.has(name)) return;
    needed.add(name);
    const spec = catalog.packages[name];
    for (const d of spec?.deps ?? []) {
      const c = canonical(catalog, d) ?? d;
      if (installed.has(c)) visit(c);
    }
  };
  for (const p of installed) if (!auto.has(p) && !removing.has(p)) visit(p);
  return [...installed].filter((p) => auto.has(p) && !needed.has(p) && !removing.has(p)).sort();
}
