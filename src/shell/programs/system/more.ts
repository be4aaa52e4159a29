// more (util-linux 2.38): prints each file, or stdin, whole; several files each get the
// `::::::::::::::` header more prints. The lab does not page on the terminal (README, decision
// 21). A missing file is `more: cannot open x: No such file or directory`, a directory
// `*** x: directory ***`; more still exits 0, as its main() does.

import type { Command } from '../../types';
import { copyStdin, openText } from './page-text';

const RULE = '::::::::::::::';

export const more: Command = {
  name: 'more',
  async run(ctx) {
    const files: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (a === '--help' || a === '-h') {
        ctx.stdout.write(
          '\nUsage:\n more [options] <file>...\n\nA file perusal filter for CRT viewing.\n',
        );
        return 0;
      }
      if (a === '--version' || a === '-V') {
        ctx.stdout.write('more from util-linux 2.38.1\n');
        return 0;
      }
      if ((a.startsWith('-') || a.startsWith('+')) && a.length > 1) continue; // display options
      files.push(a);
    }
    if (files.length === 0) {
      if (ctx.stdin.isTTY) {
        ctx.stderr.write("more: bad usage\nTry 'more --help' for more information.\n");
        return 1;
      }
      return (await copyStdin(ctx)) ?? 0;
    }
    for (const f of files) {
      const r = openText(ctx, f);
      if (!r.ok) {
        if (r.dir) ctx.stdout.write(`\n*** ${f}: directory ***\n\n`);
        else ctx.stderr.write(`more: cannot open ${f}: ${r.error}\n`);
        continue;
      }
      if (files.length > 1) ctx.stdout.write(`${RULE}\n${f}\n${RULE}\n`);
      ctx.stdout.write(r.text);
    }
    return 0;
  },
};
