// touch: update a file's modification time to now (lab time), creating it empty if missing.
// -c (don't create), -r FILE (use its time), -d DATE / -t STAMP (ISO dates, @epoch, [[CC]YY]MMDDhhmm[.ss]).

import type { Command } from '../types';
import { command, errCode, errText } from './lib/errors';
import { parseArgs, usageError } from './lib/options';

function parseStamp(t: string): number | undefined {
  const m = /^(\d{2,4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(t);
  if (!m || (m[1] !== undefined && m[1].length === 3)) return undefined;
  let year = 2026;
  if (m[1] !== undefined) year = m[1].length === 4 ? Number(m[1]) : 2000 + Number(m[1]);
  const v = Date.UTC(
    year,
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
  return Number.isNaN(v) ? undefined : v;
}

function parseDate(d: string, now: number): number | undefined {
  if (d === 'now' || d === '') return now;
  const at = /^@(-?\d+(?:\.\d+)?)$/.exec(d);
  if (at) return Math.round(Number(at[1]) * 1000);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(d.trim());
  if (iso) {
    return Date.UTC(
      Number(iso[1]),
      Number(iso[2]) - 1,
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
    );
  }
  return undefined;
}

export const touch: Command = command('touch', (ctx) => {
  const opts = parseArgs(
    ctx,
    'touch',
    {
      flags: 'camhf',
      withArg: 'rdt',
      long: {
        'no-create': { key: 'c' },
        reference: { key: 'r', arg: 'required' },
        date: { key: 'd', arg: 'required' },
        'no-dereference': { key: 'h' },
      },
    },
    '[OPTION]... FILE...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return usageError(ctx, 'touch', 'missing file operand');
  let when = ctx.clock.now();
  const ref = opts.get('r');
  const date = opts.get('d');
  const stamp = opts.get('t');
  if (ref !== undefined) {
    try {
      when = ctx.fs.stat(ctx.resolve(ref)).mtimeMs;
    } catch (e) {
      ctx.stderr.write(`touch: failed to get attributes of '${ref}': ${errText(e)}\n`);
      return 1;
    }
  } else if (date !== undefined) {
    const v = parseDate(date, when);
    if (v === undefined) {
      ctx.stderr.write(`touch: invalid date format '${date}'\n`);
      return 1;
    }
    when = v;
  } else if (stamp !== undefined) {
    const v = parseStamp(stamp);
    if (v === undefined) {
      ctx.stderr.write(`touch: invalid date format '${stamp}'\n`);
      return 1;
    }
    when = v;
  }
  let status = 0;
  for (const f of opts.operands) {
    const p = ctx.resolve(f);
    try {
      if (ctx.fs.exists(p)) ctx.fs.utimes(p, when);
      else if (!opts.has('c')) {
        ctx.fs.writeFile(p, '');
        ctx.fs.utimes(p, when);
      }
    } catch (e) {
      if (opts.has('c') && errCode(e) === 'ENOENT') continue;
      ctx.stderr.write(`touch: cannot touch '${f}': ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
});
