// uname (coreutils). The kernel is the host's in every container, as with Docker; its release
// comes from SystemInfo (the lab uses a 6.8 Ubuntu-style string such as 6.8.0-1019-layerlab).

import type { Command } from '../types';
/** `uname -v`: a fixed build stamp, like a real kernel's. */
export const KERNEL_VERSION = '#20-Ubuntu SMP PREEMPT_DYNAMIC Tue Oct  7 10:00:00 UTC 2026';

export const uname: Command = {
  name: 'uname',
  run(ctx) {
    const fields: Record<string, string> = {
      s: 'Linux',
      n: ctx.system.hostname,
      r: ctx.system.kernelRelease,
      v: KERNEL_VERSION,
      m: 'x86_64',
      p: 'x86_64',
      i: 'x86_64',
      o: 'GNU/Linux',
    };
    const long: Record<string, string> = {
      '--all': 'a',
      '--kernel-name': 's',
      '--nodename': 'n',
      '--kernel-release': 'r',
      '--kernel-version': 'v',
      '--machine': 'm',
      '--processor': 'p',
      '--hardware-platform': 'i',
      '--operating-system': 'o',
    };
    const want = new Set<string>();
    for (const a of ctx.argv.slice(1)) {
      const letters = long[a] ?? (/^-[snrvmpioa]+$/.test(a) ? a.slice(1) : null);
      if (letters === null) {
        const what = a.startsWith('-')
          ? `invalid option -- '${a.replace(/^-+/, '')}'`
          : `extra operand '${a}'`;
        ctx.stderr.write(`uname: ${what}\nTry 'uname --help' for more information.\n`);
        return 1;
      }
      for (const l of letters) want.add(l);
    }
    if (want.has('a')) for (const l of 'snrvmpio') want.add(l);
    if (want.size === 0) want.add('s');
    const out = [...'snrvmpio'].filter((l) => want.has(l)).map((l) => fields[l]);
    ctx.stdout.write(`${out.join(' ')}\n`);
    return 0;
  },
};
