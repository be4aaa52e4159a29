// Pathname expansion against the shell's filesystem. Patterns arrive with quoted characters
// escaped by `\`; results are sorted in byte order (the C locale of a container) and a pattern
// that matches nothing is left to the caller to keep as it was typed.

import type { FileSystem } from '../../engine/fs/types';
import { hasGlobChars, patternToRegExp } from './pattern';

function unescape(s: string): string {
  return s.replace(/\\([\s\S])/g, '$1');
}

function join(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export function glob(pattern: string, cwd: string, fs: FileSystem): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let current: string[] = [absolute ? '/' : ''];
  if (absolute) segments.shift();
  const toFs = (p: string) => (p.startsWith('/') ? p : cwd === '/' ? `/${p}` : `${cwd}/${p}`);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    const next: string[] = [];
    if (!hasGlobChars(seg)) {
      const name = unescape(seg);
      for (const c of current) {
        const p = join(c, name);
        if (fs.exists(toFs(p || '.'))) next.push(p);
      }
    } else {
      const re = patternToRegExp(seg);
      const dotOk = seg.startsWith('.') || seg.startsWith('\\.');
      for (const c of current) {
        let entries: { name: string; type: string }[];
        try {
          entries = fs.readdir(toFs(c || '.'));
        } catch {
          continue;
        }
        const names = entries
          .filter((e) => (dotOk || !e.name.startsWith('.')) && re.test(e.name))
          .filter((e) => last || e.type === 'dir' || e.type === 'symlink')
          .map((e) => e.name)
          .sort(byteOrder);
        for (const n of names) next.push(join(c, n));
      }
    }
    current = next;
    if (current.length === 0) return [];
  }
  if (pattern.endsWith('/')) current = current.map((c) => `${c}/`);
  return current;
}

export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
