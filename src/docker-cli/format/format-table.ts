// The listing output every `ls`-style command shares (docker formatter.Context): a `table …`
// format prints a header row (the same template run over the header labels) and aligns columns
// with the tabwriter; a bare template prints one line per row; `json` prints one compact JSON
// object per row. Literal `\t` and `\n` in a format become tab and newline, as docker does.

import { goMap } from './go-values';
import { TABLE_WRITER, tabwrite } from './tabwriter';
import { compileTemplate, executeTemplate, headerFuncs } from './template/index';

export interface TableContext {
  /** Field name → column header, e.g. `{ ID: 'CONTAINER ID' }` for ps, `{ ID: 'IMAGE ID' }` for images. */
  readonly headers: Readonly<Record<string, string>>;
  /** What `--format table` (no template) means: the command's default table format. */
  readonly defaultTable?: string;
}

export type FormatResult = { ok: true; output: string } | { ok: false; error: string };

export interface ParsedFormat {
  readonly isTable: boolean;
  readonly isJSON: boolean;
  /** The template actually run per row. */
  readonly template: string;
}

/** docker's Context.preFormat. */
export function preFormat(format: string, defaultTable?: string): ParsedFormat {
  const src = format.trim() === 'table' && defaultTable !== undefined ? defaultTable : format;
  const isTable = src.startsWith('table');
  const isJSON = src.trim() === 'json';
  let t = isTable ? src.slice('table'.length) : isJSON ? '{{json .}}' : src;
  t = t
    .replace(/^ +| +$/g, '')
    .replace(/\\t/g, '\t')
    .replace(/\\n/g, '\n');
  return { isTable, isJSON, template: t };
}

/** Render rows (plain objects or goStruct contexts) with a docker --format string. */
export function formatTable(
  rows: readonly unknown[],
  format: string,
  context: TableContext,
): FormatResult {
  const f = preFormat(format, context.defaultTable);
  const compiled = compileTemplate(f.template);
  if (!compiled.ok) return { ok: false, error: `template parsing error: ${compiled.error}` };
  let body = '';
  for (const row of rows) {
    const r = executeTemplate(compiled.template, row);
    if (!r.ok) return { ok: false, error: `failed to execute template: ${r.error}` };
    body += r.output + '\n';
  }
  if (!f.isTable) return { ok: true, output: body };
  // The header pass ignores errors and keeps what was written, as docker does.
  const header = executeTemplate(compiled.template, goMap({ ...context.headers }), {
    ...compiled.template.funcs,
    ...headerFuncs,
  }).output;
  return { ok: true, output: tabwrite(`${header}\n${body}`, TABLE_WRITER) };
}
