// read: one line from stdin into variables split on IFS (the last takes the rest), REPLY by
// default; -r keeps backslashes, -p prints a prompt (on stderr, as bash does), -s is accepted.

import type { Builtin, BuiltinContext } from './builtin';
import { isName } from './util';

export const read: Builtin = {
  name: 'read',
  run(ctx) {
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
    const input = new Line(raw);
    const stdin = ctx.stdin;
    if (stdin.readLineSync) {
      // A file or here-doc: no waiting, so a `while read` loop stays synchronous.
      while (!input.add(stdin.readLineSync()));
      return assign(ctx, names, input);
    }
    return (async () => {
      while (!input.add(await stdin.readLine()));
      return assign(ctx, names, input);
    })();
  },
};

/** The logical line read: physical lines joined at backslash-newline unless -r. */
class Line {
  text = '';
  eof = false;

  constructor(readonly raw: boolean) {}

  /** Takes the next physical line (null at EOF); true when the logical line is complete. */
  add(l: string | null): boolean {
    if (l === null) {
      this.eof = true;
      return true;
    }
    const body = l.endsWith('\n') ? l.slice(0, -1) : l;
    if (!l.endsWith('\n')) this.eof = true;
    if (!this.raw && body.endsWith('\\') && !this.eof) {
      this.text += body.slice(0, -1);
      return false;
    }
    this.text += body;
    return true;
  }
}

function assign(ctx: BuiltinContext, names: string[], input: Line): number {
  const st = ctx.shell.state;
  const raw = input.raw;
  let line = input.text;
  const eof = input.eof;
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
  return eof ? 1 : 0;
}

function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
