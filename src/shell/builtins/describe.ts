// What a name means to the shell, shared by `type`, `command -v` and `which`.

import { lookupCommand } from '../interp/lookup';
import { resolvePath } from '../interp/paths';
import type { Interpreter } from '../interp/interpreter';

export const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'while',
  'until',
  'do',
  'done',
  'in',
  'function',
  '{',
  '}',
  '!',
  '[[',
  ']]',
  'time',
  'select',
  'coproc',
]);

export type Meaning =
  | { kind: 'alias'; value: string }
  | { kind: 'keyword' }
  | { kind: 'function' }
  | { kind: 'builtin' }
  | { kind: 'file'; path: string }
  | { kind: 'none' };

export function describe(sh: Interpreter, name: string, skipAliasesAndFunctions = false): Meaning {
  const st = sh.state;
  if (!skipAliasesAndFunctions) {
    const a = st.aliases.get(name);
    if (a !== undefined) return { kind: 'alias', value: a };
    if (KEYWORDS.has(name)) return { kind: 'keyword' };
    if (st.functions.has(name)) return { kind: 'function' };
  }
  if (Object.hasOwn(sh.rt.builtins, name)) return { kind: 'builtin' };
  const path = findFile(sh, name);
  return path ? { kind: 'file', path } : { kind: 'none' };
}

/** The first runnable file for `name` on PATH (or the path itself), as lookup would find it. */
export function findFile(sh: Interpreter, name: string): string | null {
  const r = lookupCommand(name, sh.state.cwd, sh.state.get('PATH') ?? '', sh.fs, sh.rt.commands);
  if (r.kind === 'error') return null;
  return name.includes('/') ? name : r.path;
}

/** Every executable file named `name` on PATH (which -a). */
export function allFiles(sh: Interpreter, name: string): string[] {
  const out: string[] = [];
  for (const dir of (sh.state.get('PATH') ?? '').split(':')) {
    const path = resolvePath(sh.state.cwd, `${dir || '.'}/${name}`);
    try {
      const s = sh.fs.stat(path);
      if (s.type !== 'dir' && (s.mode & 0o111) !== 0) out.push(`${dir}/${name}`);
    } catch {
      // not there
    }
  }
  return out;
}
