// dpkg's database as files: /var/lib/dpkg/status (one stanza per package), info/<pkg>.list (the
// paths a package owns) and apt's /var/lib/apt/extended_states (which packages were pulled in
// automatically, for autoremove).

import type { FileSystem } from '../../../../engine/fs/types';

export const STATUS = '/var/lib/dpkg/status';
export const INFO = '/var/lib/dpkg/info';
export const EXTENDED = '/var/lib/apt/extended_states';

export type Stanza = Map<string, string>;

export function parseStanzas(text: string): Stanza[] {
  const out: Stanza[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const s: Stanza = new Map();
    let last = '';
    for (const line of block.split('\n')) {
      if (line === '') continue;
      if (/^[ \t]/.test(line) && last !== '') s.set(last, `${s.get(last) ?? ''}\n${line}`);
      else {
        const i = line.indexOf(':');
        if (i <= 0) continue;
        last = line.slice(0, i);
        s.set(last, line.slice(i + 1).trim());
      }
    }
    if (s.has('Package')) out.push(s);
  }
  return out;
}

export function formatStanzas(stanzas: readonly Stanza[]): string {
  return stanzas.map((s) => [...s].map(([k, v]) => `${k}: ${v}\n`).join('')).join('\n');
}

function readText(fs: FileSystem, path: string): string {
  try {
    return fs.readText(path);
  } catch {
    return '';
  }
}

export class DpkgDb {
  readonly stanzas: Stanza[];
  readonly auto: Set<string>;

  constructor(private readonly fs: FileSystem) {
    this.stanzas = parseStanzas(readText(fs, STATUS));
    this.auto = new Set(
      parseStanzas(readText(fs, EXTENDED))
        .filter((s) => s.get('Auto-Installed') === '1')
        .map((s) => s.get('Package') ?? ''),
    );
  }

  find(name: string): Stanza | undefined {
    return this.stanzas.find((s) => s.get('Package') === name);
  }

  /** Packages whose status is "install ok installed". */
  installed(): Set<string> {
    const out = new Set<string>();
    for (const s of this.stanzas)
      if (s.get('Status') === 'install ok installed') out.add(s.get('Package') ?? '');
    return out;
  }

  put(stanza: Stanza): void {
    const name = stanza.get('Package');
    const i = this.stanzas.findIndex((s) => s.get('Package') === name);
    if (i >= 0) this.stanzas[i] = stanza;
    else this.stanzas.push(stanza);
  }

  drop(name: string): void {
    const i = this.stanzas.findIndex((s) => s.get('Package') === name);
    if (i >= 0) this.stanzas.splice(i, 1);
  }

  listFile(name: string, arch: string): string {
    const plain = `${INFO}/${name}.list`;
    const qualified = `${INFO}/${name}:${arch}.list`;
    return this.fs.exists(qualified) ? qualified : plain;
  }

  ownedPaths(name: string, arch: string): string[] {
    return readText(this.fs, this.listFile(name, arch))
      .split('\n')
      .filter((l) => l !== '' && l !== '/.');
  }

  save(): void {
    this.fs.mkdir('/var/lib/dpkg', { recursive: true });
    const sorted = [...this.stanzas].sort((a, b) =>
      (a.get('Package') ?? '') < (b.get('Package') ?? '') ? -1 : 1,
    );
    this.fs.writeFile(STATUS, formatStanzas(sorted));
    this.fs.mkdir('/var/lib/apt', { recursive: true });
    const ext = [...this.auto]
      .sort()
      .map((p) => `Package: ${p}\nArchitecture: amd64\nAuto-Installed: 1\n`)
      .join('\n');
    this.fs.writeFile(EXTENDED, ext);
  }
}
