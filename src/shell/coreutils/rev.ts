// rev: reverse the characters of each line.

import type { Command } from '../types';
import { command } from './lib/errors';
import { readOperands } from './lib/io';

export const rev: Command = command('rev', async (ctx) => {
  const { texts, ok } = await readOperands(
    ctx,
    'rev',
    ctx.argv.slice(1),
    (o, m) => `rev: cannot open ${o}: ${m}`,
  );
  let out = '';
  for (const t of texts) {
    out += t.text
      .split('\n')
      .map((l) => [...l].reverse().join(''))
      .join('\n');
  }
  ctx.stdout.write(out);
  return ok ? 0 : 1;
});
