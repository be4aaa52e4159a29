// Go text/template for docker's --format: compile once, execute per row. Failures are values
// carrying Go's message (`template: :1: function "foo" not defined`); callers add docker's
// prefix (`template parsing error: `, `failed to execute template: `).

import type { TemplateNode } from './ast';
import { TemplateExecError, Executor } from './exec';
import { defaultFuncs, headerFuncs, type FuncMap } from './funcs';
import { TemplateParseError, parseTemplate } from './parser';

export interface Template {
  readonly source: string;
  readonly nodes: readonly TemplateNode[];
  readonly funcs: FuncMap;
}

export type CompileResult = { ok: true; template: Template } | { ok: false; error: string };

/** Output so far is kept on failure: Go writes as it goes, and docker's header pass uses it. */
export type ExecResult =
  { ok: true; output: string } | { ok: false; error: string; output: string };

export function compileTemplate(source: string, funcs: FuncMap = defaultFuncs): CompileResult {
  try {
    const nodes = parseTemplate(source, (name) => Object.hasOwn(funcs, name));
    return { ok: true, template: { source, nodes, funcs } };
  } catch (e) {
    if (e instanceof TemplateParseError) return { ok: false, error: e.message };
    throw e;
  }
}

export interface ExecOptions {
  /** Go's `missingkey=error` for plain records (see Executor). */
  readonly missingKeyError?: boolean;
}

export function executeTemplate(
  t: Template,
  data: unknown,
  funcs: FuncMap = t.funcs,
  options: ExecOptions = {},
): ExecResult {
  const ex = new Executor(t.source, funcs, options.missingKeyError ?? false);
  try {
    ex.run(t.nodes, data);
    return { ok: true, output: ex.out.join('') };
  } catch (e) {
    if (e instanceof TemplateExecError)
      return { ok: false, error: e.message, output: ex.out.join('') };
    throw e;
  }
}

/** Compile and run in one go (e.g. `docker inspect -f`). */
export function renderTemplate(source: string, data: unknown): ExecResult {
  const c = compileTemplate(source);
  if (!c.ok) return { ok: false, error: c.error, output: '' };
  return executeTemplate(c.template, data);
}

export { defaultFuncs, headerFuncs };
export type { FuncMap };
