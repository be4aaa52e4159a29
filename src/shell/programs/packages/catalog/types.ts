// A package catalog is data: each package's version, download size, dependencies (in outline, as
// the real distribution has them) and the files it installs. Files are written compactly:
//   '/usr/bin/wget 528k'            a blob of that size (mode 755 under a bin/ or sbin/ dir)
//   '/etc/wgetrc @wgetrc'            text from the catalog's `texts` (a conffile under /etc)
//   '/usr/bin/cc -> gcc-12'          a symlink
//   '/var/www/html/'                 a directory

export interface PackageSpec {
  readonly version: string;
  /** Download size (.deb/.rpm/.apk/.whl), e.g. '984k', '19.3M'. */
  readonly size: string;
  readonly deps?: readonly string[];
  readonly desc: string;
  readonly files: readonly string[];
  /** Debian section / RPM group / Alpine origin, shown where the tools show it. */
  readonly section?: string;
  /** 'all'/'noarch' packages; default the machine's (amd64/x86_64). */
  readonly arch?: string;
  /** The repository that ships it (yum: base/updates/extras/epel; apk: main/community). */
  readonly repo?: string;
}

export interface Catalog {
  readonly packages: Readonly<Record<string, PackageSpec>>;
  readonly texts: Readonly<Record<string, string>>;
  /** Virtual names and alternative spellings → the package that provides them. */
  readonly provides?: Readonly<Record<string, string>>;
  /** Packages a fresh image of this distribution already has. */
  readonly base: readonly string[];
  /** The base image's libc-bin version, for dpkg's `Processing triggers for libc-bin (…)`. */
  readonly libcVersion?: string;
}

export type FileEntry =
  | { readonly kind: 'blob'; readonly path: string; readonly size: number; readonly mode: number }
  | { readonly kind: 'text'; readonly path: string; readonly text: string; readonly mode: number }
  | { readonly kind: 'link'; readonly path: string; readonly target: string }
  | { readonly kind: 'dir'; readonly path: string };

/** '984k' → 984000; '19.3M' → 19300000 (decimal units, as apt and yum print them). */
export function parseSize(s: string): number {
  const m = /^([\d.]+)([kKmMgG]?)$/.exec(s.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  const mult = { '': 1, k: 1000, K: 1000, m: 1e6, M: 1e6, g: 1e9, G: 1e9 }[m[2]] ?? 1;
  return Math.round(n * mult);
}

const EXEC_DIR = /\/(s?bin|libexec)\//;

export function parseFile(spec: string, texts: Readonly<Record<string, string>>): FileEntry {
  const arrow = spec.indexOf(' -> ');
  if (arrow > 0) return { kind: 'link', path: spec.slice(0, arrow), target: spec.slice(arrow + 4) };
  if (spec.endsWith('/')) return { kind: 'dir', path: spec.slice(0, -1) };
  const sp = spec.lastIndexOf(' ');
  const path = sp < 0 ? spec : spec.slice(0, sp);
  const arg = sp < 0 ? '' : spec.slice(sp + 1);
  if (arg.startsWith('@')) {
    const text = texts[arg.slice(1)] ?? '';
    return { kind: 'text', path, text, mode: EXEC_DIR.test(path) ? 0o755 : 0o644 };
  }
  const execBit = EXEC_DIR.test(path) || /\.so(\.|$)/.test(path);
  return { kind: 'blob', path, size: parseSize(arg), mode: execBit ? 0o755 : 0o644 };
}
