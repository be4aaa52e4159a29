// read: one line from stdin into variables split on IFS (the last takes the rest), REPLY by
// default; -r keeps backslashes, -p prints a prompt (on stderr, as bash does), -s is accepted.

import type { Builtin } from './builtin';
import { isName } from './util';

export const read: Builtin = {
  name: 'read',
  async run(ctx) {
    const st = ctx.shell.state;
    const args = ctx.argv.slice(1);
    let raw = false;
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-r') raw = true;
      else if (a === '-s') continue;
      else if (a === '-p') ctx.stderr.write(args[++i] ?? '');
      else if (/^-[a-zA-Z]/.test(a)) {
        ctx.stderr.write(`layerlab: read: option ${a} is not supported here\n`);
        return 2;
      } else names.push(a);
    }
    for (const n of names) {
      if (!isName(n)) {
        ctx.stderr.write(`bash: read: \`${n}': not a valid identifier\n`);
        return 1;
      }
    }
    let line = '';
    let eof = false;
    for (;;) {
      const l = await ctx.stdin.readLine();
      if (l === null) {
        eof = true;
        break;
      }
      const body = l.endsWith('\n') ? l.slice(0, -1) : l;
      if (!l.endsWith('\n')) eof = true;
      if (!raw && body.endsWith('\\') && !eof) {
        line += body.slice(0, -1);
        continue;
      }
      line += body;
      break;
    }
    if (ctx.signal.interrupted) return 130;
    if (!raw) line = line.replace(/\\(.)/g, '$1');
    const targets = names.length > 0 ? names : ['REPLY'];
    if (names.length === 0) {
      st.set('REPLY', line);
    } else {
      const ifs = st.get('IFS') ?? ' \t\n';
      const ws = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
      const isIfs = (c: string) => ifs.includes(c);
      let rest = trimChars(line, ws);
      for (let i = 0; i < targets.length; i++) {
        if (i === targets.length - 1) {
          st.set(targets[i], trimChars(rest, ws));
          break;
        }
        let j = 0;
        while (j < rest.length && !isIfs(rest[j])) j++;
        st.set(targets[i], rest.slice(0, j));
        rest = rest.slice(j);
        // one delimiter: IFS whitespace around at most one non-whitespace IFS character
        let k = 0;
        while (k < rest.length && ws.includes(rest[k])) k++;
        if (k < rest.length && isIfs(rest[k]) && !ws.includes(rest[k])) k++;
        while (k < rest.length && ws.includes(rest[k])) k++;
        rest = rest.slice(k);
      }
    }
    return eof && line === '' ? 1 : eof ? 1 : 0;
  },
};

function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
