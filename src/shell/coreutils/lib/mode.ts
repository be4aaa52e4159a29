// File modes as chmod(1) reads them: octal (`755`, `0644`, `4755`) or symbolic clauses
// (`u+x`, `go-w`, `a=r`, `+x`, `u=rwX,g=u`), with the lab's umask 022 applied when no "who" is given.

export const UMASK = 0o022;

export type ModeChange = (mode: number, isDir: boolean) => number;

/** Parse a mode; undefined when it is invalid (`chmod: invalid mode: 'x'`). */
export function parseMode(text: string): ModeChange | undefined {
  if (/^[0-7]+$/.test(text)) {
    const v = parseInt(text, 8);
    if (v > 0o7777) return undefined;
    // GNU keeps a directory's setuid/setgid bits unless 5+ digits say otherwise.
    return (mode, isDir) => (isDir && text.length < 5 ? v | (mode & 0o6000) : v);
  }
  const clauses = text.split(',');
  const steps: Array<{ who: number; whoGiven: boolean; op: string; perm: string }> = [];
  for (const clause of clauses) {
    const m = /^([ugoa]*)((?:[-+=](?:[ugo]|[rwxXst]*))+)$/.exec(clause);
    if (!m) return undefined;
    let who = 0;
    for (const c of m[1]) {
      if (c === 'u') who |= 0o4700;
      else if (c === 'g') who |= 0o2070;
      else if (c === 'o') who |= 0o1007;
      else who |= 0o7777;
    }
    const whoGiven = who !== 0;
    if (!whoGiven) who = 0o7777;
    for (const a of m[2].matchAll(/([-+=])([ugo]|[rwxXst]*)/g)) {
      steps.push({ who, whoGiven, op: a[1], perm: a[2] });
    }
  }
  return (mode, isDir) => {
    let cur = mode & 0o7777;
    for (const { who, whoGiven, op, perm } of steps) {
      let bits = 0;
      if (perm === 'u' || perm === 'g' || perm === 'o') {
        const shift = perm === 'u' ? 6 : perm === 'g' ? 3 : 0;
        const v = (cur >> shift) & 7;
        bits = (v << 6) | (v << 3) | v;
      } else {
        for (const c of perm) {
          if (c === 'r') bits |= 0o444;
          else if (c === 'w') bits |= 0o222;
          else if (c === 'x') bits |= 0o111;
          else if (c === 'X') {
            if (isDir || cur & 0o111) bits |= 0o111;
          } else if (c === 's') bits |= 0o6000;
          else if (c === 't') bits |= 0o1000;
        }
      }
      let mask = who & bits;
      if (!whoGiven) mask &= ~UMASK | 0o7000;
      if (op === '+') cur |= mask;
      else if (op === '-') cur &= ~mask;
      else {
        const clear = whoGiven ? who & 0o777 : 0o777 & ~UMASK;
        cur = (cur & ~clear) | mask;
        if (whoGiven) cur &= ~(who & 0o7000 & ~mask);
      }
    }
    return cur;
  };
}
