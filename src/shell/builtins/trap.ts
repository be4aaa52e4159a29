// trap: `trap 'cmd' EXIT` runs cmd when the shell (or subshell) exits — at the end of a script,
// on `exit`, or when `docker run … sh -c` finishes. Other signals are recorded and listed, but the
// lab delivers none of them to the shell (Ctrl+C stops the line as before): the first such trap
// in a session says so once. `trap -p`, `trap -l`, `trap - SIG` / `trap SIG` reset.

import { SIGNAL_NAMES } from '../programs/system/signals';
import type { Builtin } from './builtin';

const SIGNALS = SIGNAL_NAMES;
const PSEUDO = ['EXIT', 'ERR', 'DEBUG', 'RETURN'];

/** `EXIT`, `0`, `SIGINT`, `int`, `2` → the stored name (EXIT, SIGINT, …), or null. */
function signalName(spec: string): string | null {
  const up = spec.toUpperCase();
  if (up === '0' || up === 'EXIT' || up === 'SIGEXIT') return 'EXIT';
  if (PSEUDO.includes(up)) return up;
  if (/^[0-9]+$/.test(up)) {
    const n = Number(up);
    return n >= 1 && n <= SIGNALS.length ? `SIG${SIGNALS[n - 1]}` : null;
  }
  const bare = up.startsWith('SIG') ? up.slice(3) : up;
  return SIGNALS.includes(bare) ? `SIG${bare}` : null;
}

function quote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

export const trap: Builtin = {
  name: 'trap',
  run(ctx) {
    const traps = ctx.shell.state.traps;
    let args = ctx.argv.slice(1);
    if (args[0] === '-l') {
      const cells = SIGNALS.map((s, i) => `${String(i + 1).padStart(2)}) SIG${s}`);
      for (let i = 0; i < cells.length; i += 5)
        ctx.stdout.write(`${cells.slice(i, i + 5).join('\t')}\n`);
      return 0;
    }
    if (args[0] === '-p' || args.length === 0) {
      const only = args.slice(1).map(signalName);
      for (const [sig, action] of traps)
        if (only.length === 0 || only.includes(sig))
          ctx.stdout.write(`trap -- ${quote(action)} ${sig}\n`);
      return 0;
    }
    if (args[0] === '--') args = args.slice(1);
    // `trap SIG` / `trap - SIG`: reset; otherwise the first word is the action.
    let action: string | null = args[0];
    let specs = args.slice(1);
    if (action === '-') action = null;
    else if (specs.length === 0 || /^[0-9]+$/.test(action)) {
      specs = args;
      action = null;
    }
    let status = 0;
    for (const spec of specs) {
      const sig = signalName(spec);
      if (!sig) {
        ctx.stderr.write(`bash: trap: ${spec}: invalid signal specification\n`);
        status = 1;
        continue;
      }
      if (action === null) {
        traps.delete(sig);
        continue;
      }
      traps.set(sig, action);
      if (sig !== 'EXIT' && action !== '' && !ctx.shell.rt.noted.has('trap')) {
        ctx.shell.rt.noted.add('trap');
        ctx.stderr.write(
          `layerlab: trap: ${sig} is recorded, but only EXIT traps run in this lab\n`,
        );
      }
    }
    return status;
  },
};
