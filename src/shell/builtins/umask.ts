// umask: print or set the file mode creation mask, as bash 5.2's builtin does — `0022`, `-S`
// (`u=rwx,g=rx,o=rx`), `-p` (`umask 0022`), octal or symbolic modes (`u=rwx,g=,o=`, `g-w`,
// `a+r`). The mask lives in the shell process and its children inherit it. The lab's file
// system does not apply it to new files (they get the usual 0644/0755).

import type { Builtin } from './builtin';

const USAGE = 'umask: usage: umask [-p] [-S] [mode]\n';

function symbolic(mask: number): string {
  const perms = ~mask & 0o777;
  const part = (who: string, shift: number) => {
    const bits = (perms >> shift) & 7;
    return `${who}=${bits & 4 ? 'r' : ''}${bits & 2 ? 'w' : ''}${bits & 1 ? 'x' : ''}`;
  };
  return `${part('u', 6)},${part('g', 3)},${part('o', 0)}`;
}

/** A symbolic mode applied to the permissions the mask allows; a string is bash's error. */
function applySymbolic(mode: string, mask: number): number | string {
  let perms = ~mask & 0o777;
  for (const clause of mode.split(',')) {
    let i = 0;
    let who = 0;
    for (; i < clause.length && 'ugoa'.includes(clause[i] ?? ''); i++) {
      const c = clause[i];
      who |= c === 'u' ? 0o700 : c === 'g' ? 0o070 : c === 'o' ? 0o007 : 0o777;
    }
    if (who === 0) who = 0o777;
    if (i >= clause.length) return `\`${clause.slice(-1) || mode}': invalid symbolic mode operator`;
    while (i < clause.length) {
      const op = clause[i] ?? '';
      if (!'+-='.includes(op)) return `\`${op}': invalid symbolic mode operator`;
      i++;
      let bits = 0;
      for (; i < clause.length && !'+-='.includes(clause[i] ?? ''); i++) {
        const c = clause[i];
        if (c === 'r') bits |= 0o444;
        else if (c === 'w') bits |= 0o222;
        else if (c === 'x') bits |= 0o111;
        else return `\`${c}': invalid symbolic mode character`;
      }
      bits &= who;
      if (op === '+') perms |= bits;
      else if (op === '-') perms &= ~bits;
      else perms = (perms & ~who) | bits;
    }
  }
  return ~perms & 0o777;
}

export const umask: Builtin = {
  name: 'umask',
  run(ctx) {
    let sym = false;
    let reusable = false;
    let i = 1;
    for (; i < ctx.argv.length; i++) {
      const a = ctx.argv[i] ?? '';
      if (a === '--') {
        i++;
        break;
      }
      if (!a.startsWith('-') || a === '-') break;
      for (const f of a.slice(1)) {
        if (f === 'S') sym = true;
        else if (f === 'p') reusable = true;
        else {
          ctx.stderr.write(`${ctx.shell.errorPrefix()}: umask: -${f}: invalid option\n${USAGE}`);
          return 2;
        }
      }
    }
    const st = ctx.shell.state;
    const mode = ctx.argv[i];
    if (mode === undefined) {
      const text = sym ? symbolic(st.umask) : `0${st.umask.toString(8).padStart(3, '0')}`;
      ctx.stdout.write(`${reusable ? (sym ? 'umask -S ' : 'umask ') : ''}${text}\n`);
      return 0;
    }
    if (/^[0-9]/.test(mode)) {
      if (!/^[0-7]+$/.test(mode) || parseInt(mode, 8) > 0o7777) {
        ctx.stderr.write(`${ctx.shell.errorPrefix()}: umask: ${mode}: octal number out of range\n`);
        return 1;
      }
      st.umask = parseInt(mode, 8) & 0o777;
    } else {
      const r = applySymbolic(mode, st.umask);
      if (typeof r === 'string') {
        ctx.stderr.write(`${ctx.shell.errorPrefix()}: umask: ${r}\n`);
        return 1;
      }
      st.umask = r;
    }
    if (sym) ctx.stdout.write(`${symbolic(st.umask)}\n`);
    return 0;
  },
};
