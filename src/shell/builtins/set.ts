// set: shell options (-e -u -x -f, -o pipefail and friends), positional parameters, and with no
// arguments the list of variables.

import { shellQuote } from '../interp/quote';
import type { ShellFlags } from '../interp/state';
import type { Builtin } from './builtin';

const LETTERS: Record<string, keyof ShellFlags> = {
  e: 'errexit',
  u: 'nounset',
  x: 'xtrace',
  f: 'noglob',
};
const LONG: Record<string, keyof ShellFlags> = {
  errexit: 'errexit',
  nounset: 'nounset',
  xtrace: 'xtrace',
  pipefail: 'pipefail',
  noglob: 'noglob',
};
/** Options bash has that the lab accepts and ignores: they change nothing visible here. */
const IGNORED = new Set(['h', 'B', 'H', 'm', 'b', 'C', 'v', 'a', 'T', 'E', 'P', 'k', 'n', 't']);

export const set: Builtin = {
  name: 'set',
  run(ctx) {
    const st = ctx.shell.state;
    const args = ctx.argv.slice(1);
    if (args.length === 0) {
      for (const k of [...st.vars.keys()].sort())
        ctx.stdout.write(`${k}=${shellQuote(st.get(k) ?? '')}\n`);
      return 0;
    }
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        st.positional = args.slice(i + 1);
        return 0;
      }
      if (a === '-o' || a === '+o') {
        const name = args[i + 1];
        if (name === undefined) {
          for (const [k, f] of Object.entries(LONG))
            ctx.stdout.write(
              a === '-o'
                ? `${k.padEnd(15)}\t${st.flags[f] ? 'on' : 'off'}\n`
                : `set ${st.flags[f] ? '-o' : '+o'} ${k}\n`,
            );
          return 0;
        }
        i++;
        const f = LONG[name];
        if (!f) {
          ctx.stderr.write(`bash: set: ${name}: invalid option name\n`);
          return 2;
        }
        st.flags[f] = a === '-o';
        continue;
      }
      if (/^[-+][A-Za-z]+$/.test(a)) {
        for (const c of a.slice(1)) {
          const f = LETTERS[c];
          if (f) st.flags[f] = a[0] === '-';
          else if (!IGNORED.has(c)) {
            ctx.stderr.write(
              `bash: set: ${a[0]}${c}: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n`,
            );
            return 2;
          }
        }
        continue;
      }
      if (a === '-' || a === '+') continue;
      st.positional = args.slice(i);
      return 0;
    }
    return 0;
  },
};
