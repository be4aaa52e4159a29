// declare and typeset: set attributes and values (-a -i -r -x, +x to un-export, -g global),
// print variables (-p, or no names), list functions (-f, -F). Inside a function, a declared
// variable is local unless -g.

import type { Builtin, BuiltinContext } from './builtin';
import { declareArg, declareLineOf, type Attributes } from './declare-core';

function run(ctx: BuiltinContext): number {
  const cmd = ctx.argv[0];
  const sh = ctx.shell;
  const st = sh.state;
  const attrs: Attributes = {};
  let print = false;
  let functions: '' | 'f' | 'F' = '';
  let global = false;
  let i = 1;
  for (; i < ctx.argv.length; i++) {
    const a = ctx.argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    const on = a[0] === '-';
    for (const f of a.slice(1)) {
      if (f === 'a') attrs.array = on;
      else if (f === 'i') attrs.integer = on;
      else if (f === 'r') {
        if (on) attrs.readonly = true;
      } else if (f === 'x') attrs.exported = on;
      else if (f === 'p') print = true;
      else if (f === 'g') global = true;
      else if (f === 'f' || f === 'F') functions = f;
      else if ('lut'.includes(f)) continue;
      else if (f === 'A') {
        ctx.stderr.write(`layerlab: ${cmd}: associative arrays (-A) are not modelled\n`);
        return 1;
      } else {
        ctx.stderr.write(
          `bash: ${cmd}: ${a[0]}${f}: invalid option\n${cmd}: usage: ${cmd} [-aAfFgiIlnrtux] [name[=value] ...] or ${cmd} -p [-aAfFilnrtux] [name ...]\n`,
        );
        return 2;
      }
    }
  }
  const names = ctx.argv.slice(i);
  if (functions) {
    const list = names.length > 0 ? names : [...st.functions.keys()].sort();
    let status = 0;
    for (const n of list) {
      if (!st.functions.has(n)) status = 1;
      else if (functions === 'F') ctx.stdout.write(`declare -f ${n}\n`);
      else {
        ctx.stderr.write(
          `layerlab: ${cmd} -f: function bodies are not kept as text; ${cmd} -F lists names\n`,
        );
        return 1;
      }
    }
    return status;
  }
  if (print || names.length === 0) {
    const list = names.length > 0 ? names : [...st.vars.keys()].sort();
    let status = 0;
    for (const n of list) {
      const v = st.vars.get(n);
      if (!v) {
        ctx.stderr.write(`bash: ${cmd}: ${n}: not found\n`);
        status = 1;
        continue;
      }
      if (attrs.exported && !v.exported) continue;
      if (attrs.readonly && !v.readonly) continue;
      ctx.stdout.write(declareLineOf(n, v));
    }
    return status;
  }
  attrs.local = sh.funcDepth > 0 && !global;
  let status = 0;
  for (const a of names) if (!declareArg(ctx, cmd, a, attrs)) status = 1;
  return status;
}

export const declare: Builtin = { name: 'declare', run };
export const typeset: Builtin = { name: 'typeset', run };
