// mktemp: create a unique temporary file (0600) or directory (-d, 0700) and print its name.
// TEMPLATE must end in at least 3 X's (default tmp.XXXXXXXXXX in $TMPDIR or /tmp); -p DIR, -t,
// -u (dry run), -q. Names are derived from the lab clock and a counter, so runs are reproducible.

import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { joinPath } from './lib/paths';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function fill(template: string, xs: number, seed: string): string {
  const bytes = sha256(utf8ToBytes(seed));
  let s = '';
  for (let i = 0; i < xs; i++) s += ALNUM[bytes[i % bytes.length] % ALNUM.length];
  return template.slice(0, template.length - xs) + s;
}

export const mktemp: Command = command('mktemp', (ctx) => {
  const opts = parseArgs(
    ctx,
    'mktemp',
    {
      flags: 'dqtu',
      withArg: 'p',
      long: {
        directory: { key: 'd' },
        quiet: { key: 'q' },
        'dry-run': { key: 'u' },
        tmpdir: { key: 'p', arg: 'optional' },
        suffix: { key: 'suffix', arg: 'required' },
      },
    },
    '[OPTION]... [TEMPLATE]',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length > 1) return usageError(ctx, 'mktemp', `too many templates`);
  const given = opts.operands[0];
  const template = given ?? 'tmp.XXXXXXXXXX';
  const suffix = opts.get('suffix') ?? '';
  const xs = /X*$/.exec(template)?.[0].length ?? 0;
  if (xs < 3) {
    if (!opts.has('q')) ctx.stderr.write(`mktemp: too few X's in template '${template}'\n`);
    return 1;
  }
  const tmpdir = opts.get('p') || ctx.env.TMPDIR || '/tmp';
  const useDir = given === undefined || opts.has('p') || opts.has('t');
  if (useDir && template.includes('/') && given !== undefined) {
    ctx.stderr.write(`mktemp: invalid template, '${template}', contains directory separator\n`);
    return 1;
  }
  const base = useDir ? joinPath(tmpdir, template) : template;
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = fill(base, xs, `${ctx.clock.now()}:${base}:${attempt}`) + suffix;
    const path = ctx.resolve(name);
    if (ctx.fs.exists(path)) continue;
    try {
      if (!opts.has('u')) {
        if (opts.has('d')) ctx.fs.mkdir(path, { mode: 0o700 });
        else ctx.fs.writeFile(path, '', { mode: 0o600 });
      }
      ctx.stdout.write(`${name}\n`);
      return 0;
    } catch (e) {
      if (!opts.has('q')) {
        ctx.stderr.write(
          `mktemp: failed to create ${opts.has('d') ? 'directory' : 'file'} via template '${base}': ${errText(e)}\n`,
        );
      }
      return 1;
    }
  }
  ctx.stderr.write(`mktemp: failed to create file via template '${base}': File exists\n`);
  return 1;
});
