// What declare, typeset, local, readonly and export share: `name[=value]` arguments with
// attributes (-a array, -i integer, -r readonly, -x export), compound values `a=(x y)`, and
// `declare -p` lines as bash prints them.

import { evaluateArith } from '../interp/arith';
import type { Interpreter } from '../interp/interpreter';
import type { Var } from '../interp/state';
import { parse } from '../parser/parser';
import type { BuiltinContext } from './builtin';

export interface Attributes {
  array?: boolean;
  integer?: boolean;
  readonly?: boolean;
  /** true: export; false: `+x`, stop exporting. */
  exported?: boolean;
  /** Make the variable local to the running function (declare inside a function, local). */
  local?: boolean;
}

const ARG_RE = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]*)\])?(?:(\+?)=([\s\S]*))?$/;

/** Applies one `name[=value]` argument; false after printing bash's error. */
export function declareArg(
  ctx: BuiltinContext,
  cmd: string,
  arg: string,
  attrs: Attributes,
): boolean {
  const sh = ctx.shell;
  const st = sh.state;
  const m = ARG_RE.exec(arg);
  if (!m) {
    ctx.stderr.write(`bash: ${cmd}: \`${arg}': not a valid identifier\n`);
    return false;
  }
  const [, name, index, plus, value] = m;
  if (attrs.local) saveLocal(sh, name);
  const cur = st.vars.get(name);
  if (cur?.readonly && (value !== undefined || attrs.readonly === false)) {
    ctx.stderr.write(`bash: ${name}: readonly variable\n`);
    return false;
  }
  if (value !== undefined) {
    const integer = attrs.integer || cur?.integer;
    const num = (v: string, old?: string): string | null => {
      if (!integer) return plus ? (old ?? '') + v : v;
      const r = evaluateArith(plus ? `${old || 0}+(${v})` : v, sh.expander.arithVars());
      if (r.ok) return String(r.value);
      ctx.stderr.write(`bash: ${r.message}\n`);
      return null;
    };
    const items = value.startsWith('(') && value.endsWith(')') ? arrayItems(value) : null;
    if (items && index === undefined) {
      const vals = items.map((x) => num(x) ?? '0');
      st.setArray(name, vals, plus === '+');
    } else if (index !== undefined) {
      const i = sh.expander.subscriptOf(name, index);
      if (i === null) return false;
      const v = num(value, st.getAt(name, i));
      if (v === null) return false;
      st.setAt(name, i, v);
    } else {
      const v = num(value, cur?.value);
      if (v === null) return false;
      st.set(name, v);
    }
  } else if (
    !st.vars.has(name) &&
    (attrs.local || attrs.array || attrs.exported || attrs.readonly)
  ) {
    // `local x`, `declare -a a`, `readonly R`: declared with an empty value (bash would keep it
    // unset until assigned; `${x-…}` is the only place that shows).
    st.vars.set(name, { value: '', exported: false, ...(attrs.array ? { array: [] } : {}) });
  }
  const v = st.vars.get(name);
  if (!v) return true;
  if (attrs.array && !v.array) v.array = v.value === '' ? [] : [v.value];
  if (attrs.integer !== undefined) v.integer = attrs.integer || undefined;
  if (attrs.exported !== undefined) v.exported = attrs.exported;
  if (attrs.readonly) v.readonly = true;
  return true;
}

/** `local` and `declare` in a function: remember the outer value for the return. */
export function saveLocal(sh: Interpreter, name: string): void {
  const frame = sh.state.locals[sh.state.locals.length - 1];
  if (!frame || frame.has(name)) return;
  const old = sh.state.vars.get(name);
  frame.set(name, old ? { ...old, array: old.array?.slice() } : undefined);
  sh.state.vars.delete(name);
}

/** The elements of `(x 'y z')`, already expanded and quoted by the shell. */
function arrayItems(text: string): string[] | null {
  const r = parse(`__layerlab_a=${text}`);
  if (!r.ok) return null;
  const cmd = r.script.items[0]?.command.first.commands[0];
  if (!cmd || cmd.type !== 'simple' || !cmd.assigns[0]?.array) return null;
  return cmd.assigns[0].array.map((w) =>
    w.parts.map((p) => (p.type === 'lit' || p.type === 'quoted' ? p.value : '')).join(''),
  );
}

function quote(v: string): string {
  return `"${v.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** `declare -p`'s line for one variable. */
export function declareLineOf(name: string, v: Var): string {
  let flags = '';
  if (v.array) flags += 'a';
  if (v.integer) flags += 'i';
  if (v.readonly) flags += 'r';
  if (v.exported) flags += 'x';
  const f = flags ? `-${flags}` : '--';
  if (v.array) {
    const els: string[] = [];
    v.array.forEach((x, i) => {
      if (x !== undefined) els.push(`[${i}]=${quote(x)}`);
    });
    return `declare ${f} ${name}=(${els.join(' ')})\n`;
  }
  return `declare ${f} ${name}=${quote(v.value)}\n`;
}
