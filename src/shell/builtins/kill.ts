// kill: the shell has no background jobs and no process table yet (ps/kill of container
// processes arrive with the containers work), so every PID is unknown.

import type { Command } from '../types';

const SIGNALS = [
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
];

export const kill: Command = {
  name: 'kill',
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === '-l') {
      ctx.stdout.write(
        `${SIGNALS.map((s, i) => `${String(i + 1).padStart(2)}) SIG${s}`).join('\t')}\n`,
      );
      return 0;
    }
    const targets = args.filter(
      (a, i) => !(i === 0 && /^-/.test(a)) && !(i === 1 && args[0] === '-s'),
    );
    if (targets.length === 0) {
      ctx.stderr.write(
        'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
      );
      return 2;
    }
    for (const t of targets) {
      if (/^[0-9]+$/.test(t)) ctx.stderr.write(`bash: kill: (${t}) - No such process\n`);
      else if (t.startsWith('%')) ctx.stderr.write(`bash: kill: ${t}: no such job\n`);
      else ctx.stderr.write(`bash: kill: ${t}: arguments must be process or job IDs\n`);
    }
    return 1;
  },
};
