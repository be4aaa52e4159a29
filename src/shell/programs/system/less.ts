// less (GNU less 590+): the lab prints each file, or stdin, whole — what less does when its output
// is not a terminal; on the terminal it does not page (README, decision 21). Errors as less gives
// them: `x: No such file or directory`, `x is a directory`, and exit 1 when nothing could be shown.

import type { Command } from '../../types';
import { copyStdin, openText } from './page-text';

export const less: Command = {
  name: 'less',
  async run(ctx) {
    const files: string[] = [];
    let options = true;
    for (const a of ctx.argv.slice(1)) {
      if (options && a === '--') options = false;
      else if (options && (a === '--help' || a === '-?')) {
        ctx.stdout.write(
          "layerlab: the lab's less prints the file whole; its keys and options do nothing\n",
        );
        return 0;
      } else if (options && a === '--version') {
        ctx.stdout.write('less 590 (GNU regular expressions)\n');
        return 0;
      } else if (options && a.startsWith('-') && a !== '-')
        continue; // display options: no effect here
      else files.push(a);
    }
    if (files.length === 0) {
      if (ctx.stdin.isTTY) {
        ctx.stderr.write('Missing filename ("less --help" for help)\n');
        return 1;
      }
      return (await copyStdin(ctx)) ?? 0;
    }
    let shown = 0;
    for (const f of files) {
      if (f === '-') {
        const stopped = await copyStdin(ctx);
        if (stopped !== null) return stopped;
        shown++;
        continue;
      }
      const r = openText(ctx, f);
      if (r.ok) {
        ctx.stdout.write(r.text);
        shown++;
      } else ctx.stderr.write(r.dir ? `${f} is a directory\n` : `${f}: ${r.error}\n`);
    }
    return shown > 0 ? 0 : 1;
  },
};
