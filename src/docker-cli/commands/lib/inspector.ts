// docker's cli/command/inspect Inspect(): for each reference, find the object; print them as
// one 4-space-indented JSON array, as compact JSON lines (`--format json`), or through a
// template (a line per object). Errors are collected, printed after the output, exit 1; a
// template that does not parse is exit 64.

import type { CommandContext } from '../../../shell/types';
import { goMap, isRecord } from '../../format/go-values';
import { goJson, inspectJson } from '../../format/json';
import { compileTemplate, executeTemplate } from '../../format/template/index';

export type Lookup =
  | { readonly ok: true; readonly object: unknown; readonly template?: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * Run the inspection. `lookup` returns the daemon object (in the daemon's key order) and,
 * optionally, the template's view of it (see templateView).
 */
export function inspect(
  ctx: CommandContext,
  refs: readonly string[],
  format: string,
  lookup: (ref: string) => Lookup,
): number {
  const errors: string[] = [];
  if (format === '') {
    const found: unknown[] = [];
    for (const ref of refs) {
      const r = lookup(ref);
      if (r.ok) found.push(r.object);
      else errors.push(r.message);
    }
    ctx.stdout.write(inspectJson(found));
  } else if (format === 'json') {
    for (const ref of refs) {
      const r = lookup(ref);
      if (r.ok) ctx.stdout.write(`${goJson(r.object)}\n`);
      else errors.push(r.message);
    }
  } else {
    const t = compileTemplate(format);
    if (!t.ok) {
      ctx.stderr.write(`template parsing error: ${t.error}\n`);
      return 64;
    }
    let out = '';
    for (const ref of refs) {
      const r = lookup(ref);
      if (!r.ok) {
        errors.push(r.message);
        continue;
      }
      // docker runs the template over the typed struct, then over the raw JSON with
      // missingkey=error; the template view (zero fields included) stands for both.
      const x = executeTemplate(t.template, r.template ?? r.object, t.template.funcs, {
        missingKeyError: true,
      });
      if (x.ok) out += `${x.output}\n`;
      else errors.push(`template parsing error: ${x.error}`);
    }
    ctx.stdout.write(out === '' ? '\n' : out);
  }
  if (errors.length === 0) return 0;
  ctx.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}

/**
 * The object as docker's typed pass sees it: maps marked as Go maps (a missing key is
 * `<no value>`, not an error), and the struct fields JSON leaves out (omitempty) present as
 * zero values, non-enumerable so `{{json .}}` still leaves them out.
 */
export function withZeros<T extends object>(obj: T, zeros: Readonly<Record<string, unknown>>): T {
  const out = { ...obj } as Record<string, unknown>;
  for (const [k, v] of Object.entries(zeros))
    if (!Object.hasOwn(out, k)) Object.defineProperty(out, k, { value: v, enumerable: false });
  return out as T;
}

/** Mark a record (or nothing) as a Go map. */
export function asMap(v: unknown): unknown {
  return isRecord(v) ? goMap({ ...v }) : goMap({});
}
