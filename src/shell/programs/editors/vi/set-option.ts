// :set — the options this vi has: number (nu), ignorecase (ic), and paste (accepted: there is
// no autoindent here for it to turn off). Others are E518, as vim says for unknown options.

import { error, info, type ViState } from './state';

type Bool = 'number' | 'ignorecase' | 'paste';

const ALIASES: Readonly<Record<string, Bool>> = {
  nu: 'number',
  number: 'number',
  ic: 'ignorecase',
  ignorecase: 'ignorecase',
  paste: 'paste',
};

export function setOption(s: ViState, arg: string): void {
  if (arg === '' || arg === 'all') {
    const on = (['number', 'ignorecase'] as const).filter((o) => s.options[o]);
    info(s, `--- Options ---${on.map((o) => `  ${o}`).join('')}`);
    return;
  }
  for (const word of arg.split(/\s+/)) {
    const m = /^(no|inv)?([a-z]+)([!?&]?)$/.exec(word);
    const opt = m ? ALIASES[m[2] as string] : undefined;
    if (!m || !opt) {
      error(s, `E518: Unknown option: ${word}`);
      return;
    }
    if (m[3] === '?') {
      info(s, `  ${s.options[opt] ? '' : 'no'}${opt}`);
      continue;
    }
    if (m[1] === 'inv' || m[3] === '!') s.options[opt] = !s.options[opt];
    else s.options[opt] = m[1] !== 'no';
  }
}
