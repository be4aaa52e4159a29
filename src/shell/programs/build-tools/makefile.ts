// A small make for Makefiles learners write: variables (=, :=, ?=, +=), rules with prerequisites,
// tab-indented recipes run by the shell (`@` silent, `-` ignore errors), $@ $< $^, .PHONY, and
// up-to-date checks by mtime. Pattern rules, functions and includes are not modelled.

import type { FileSystem } from '../../../engine/fs/types';

export interface Rule {
  readonly targets: string[];
  readonly prereqs: string[];
  readonly recipe: Array<{ line: string; lineNo: number }>;
  readonly lineNo: number;
}

export interface Makefile {
  readonly vars: Map<string, string>;
  readonly rules: Map<string, Rule>;
  readonly phony: Set<string>;
  readonly first?: string;
}

export function expand(
  text: string,
  vars: ReadonlyMap<string, string>,
  auto: Record<string, string> = {},
  depth = 0,
): string {
  if (depth > 20) return text;
  return text.replace(
    /\$(\$|[@<^]|\(([^()]*)\)|\{([^{}]*)\}|[A-Za-z0-9_])/g,
    (_m, a: string, p?: string, b?: string) => {
      if (a === '$') return '$';
      if (a === '@' || a === '<' || a === '^') return auto[a] ?? '';
      const name = p ?? b ?? a;
      if (name in auto) return auto[name];
      const v = vars.get(name);
      return v === undefined ? '' : expand(v, vars, auto, depth + 1);
    },
  );
}

export function parseMakefile(
  text: string,
  overrides: ReadonlyMap<string, string>,
  env: Readonly<Record<string, string>>,
): Makefile {
  const vars = new Map<string, string>(Object.entries(env));
  for (const [k, v] of overrides) vars.set(k, v);
  const rules = new Map<string, Rule>();
  const phony = new Set<string>();
  let first: string | undefined;
  let current: Rule | undefined;
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.startsWith('\t')) {
      if (current) current.recipe.push({ line: raw.slice(1), lineNo });
      return;
    }
    const line = raw.replace(/(^|[^\\])#.*$/, '$1').trimEnd();
    if (line.trim() === '') return;
    const assign = /^\s*([A-Za-z0-9_.-]+)\s*(\?=|:=|::=|\+=|=)\s*(.*)$/.exec(line);
    if (assign && !/^[^=]*:[^=]/.test(line.replace(/:=|::=/, ''))) {
      const [, name, op, value] = assign;
      current = undefined;
      if (overrides.has(name)) return;
      if (op === '?=' && vars.has(name)) return;
      if (op === '+=') vars.set(name, `${vars.get(name) ?? ''} ${value}`.trim());
      else vars.set(name, op === ':=' || op === '::=' ? expand(value, vars) : value);
      return;
    }
    const rule = /^([^:=]+):(?!=)(.*)$/.exec(line);
    if (rule) {
      const targets = expand(rule[1], vars).split(/\s+/).filter(Boolean);
      const [deps, inline] = rule[2].split(';');
      const prereqs = expand(deps, vars).split(/\s+/).filter(Boolean);
      if (targets.includes('.PHONY')) {
        for (const p of prereqs) phony.add(p);
        current = undefined;
        return;
      }
      current = { targets, prereqs, recipe: [], lineNo };
      if (inline !== undefined && inline.trim() !== '')
        current.recipe.push({ line: inline.trim(), lineNo });
      for (const t of targets) {
        const prev = rules.get(t);
        if (prev && current.recipe.length === 0) prev.prereqs.push(...prereqs);
        else rules.set(t, current);
      }
      if (first === undefined && !targets[0].startsWith('.')) first = targets[0];
    }
  });
  return { vars, rules, phony, ...(first !== undefined ? { first } : {}) };
}

export function mtimeOf(fs: FileSystem, path: string): number | undefined {
  try {
    return fs.stat(path).mtimeMs;
  } catch {
    return undefined;
  }
}
