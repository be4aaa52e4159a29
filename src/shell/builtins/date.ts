// date (coreutils) on the lab clock, always UTC: the default `Sun Nov 22 14:00:00 UTC 2026`,
// `+FORMAT`, -u, -R, -I and `-d @SECONDS`.

import type { Command } from '../types';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const p2 = (n: number) => String(n).padStart(2, '0');

export function formatDate(format: string, ms: number): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const w = d.getUTCDay();
  const startOfYear = Date.UTC(Y, 0, 1);
  const yday = Math.floor((ms - startOfYear) / 86400000) + 1;
  return format.replace(/%([%a-zA-Z])/g, (all, c: string) => {
    switch (c) {
      case '%':
        return '%';
      case 'a':
        return DAYS[w].slice(0, 3);
      case 'A':
        return DAYS[w];
      case 'b':
      case 'h':
        return MONTHS[m].slice(0, 3);
      case 'B':
        return MONTHS[m];
      case 'c':
        return formatDate('%a %b %e %H:%M:%S %Y', ms);
      case 'C':
        return p2(Math.floor(Y / 100));
      case 'd':
        return p2(day);
      case 'D':
        return formatDate('%m/%d/%y', ms);
      case 'e':
        return String(day).padStart(2, ' ');
      case 'F':
        return formatDate('%Y-%m-%d', ms);
      case 'H':
        return p2(H);
      case 'I':
        return p2(H % 12 === 0 ? 12 : H % 12);
      case 'j':
        return String(yday).padStart(3, '0');
      case 'k':
        return String(H).padStart(2, ' ');
      case 'm':
        return p2(m + 1);
      case 'M':
        return p2(M);
      case 'n':
        return '\n';
      case 'N':
        return String((ms % 1000) * 1_000_000).padStart(9, '0');
      case 'p':
        return H < 12 ? 'AM' : 'PM';
      case 'R':
        return `${p2(H)}:${p2(M)}`;
      case 's':
        return String(Math.floor(ms / 1000));
      case 'S':
        return p2(S);
      case 't':
        return '\t';
      case 'T':
        return `${p2(H)}:${p2(M)}:${p2(S)}`;
      case 'u':
        return String(w === 0 ? 7 : w);
      case 'w':
        return String(w);
      case 'y':
        return p2(Y % 100);
      case 'Y':
        return String(Y);
      case 'z':
        return '+0000';
      case 'Z':
        return 'UTC';
      default:
        return all;
    }
  });
}

export const date: Command = {
  name: 'date',
  run(ctx) {
    let ms = ctx.clock.now();
    let format = '%a %b %e %H:%M:%S %Z %Y';
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-u' || a === '--utc' || a === '--universal') continue;
      if (a === '-R' || a === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S +0000';
      else if (a === '-I' || a === '--iso-8601') format = '%Y-%m-%d';
      else if (a === '-d' || a.startsWith('--date=')) {
        const v = a === '-d' ? args[++i] : a.slice(7);
        const m = /^@(-?[0-9]+)$/.exec(v ?? '');
        if (!m) {
          if (v === 'now') continue;
          ctx.stderr.write(`date: invalid date '${v ?? ''}'\n`);
          return 1;
        }
        ms = Number(m[1]) * 1000;
      } else if (a.startsWith('+')) format = a.slice(1);
      else {
        ctx.stderr.write(`date: invalid date '${a}'\n`);
        return 1;
      }
    }
    ctx.stdout.write(`${formatDate(format, ms)}\n`);
    return 0;
  },
};
