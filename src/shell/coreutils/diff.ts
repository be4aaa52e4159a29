// diff: compare two text files line by line. Normal output (`2c2`, `< a`, `---`, `> b`) or
// unified with -u / -U N (hunks with context, `\ No newline at end of file`); -q, -s, -i, -w, -B;
// `-` for stdin. Exit 0 when equal, 1 when different, 2 on trouble. Directory trees (-r) are
// outside the lab and say so.

import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { statDate } from './lib/format';
import { parseArgs, usageError } from './lib/options';
import { baseName, joinPath } from './lib/paths';

type Op = { k: '=' | '-' | '+'; a: number; b: number };

function lines(text: string): { list: string[]; noEol: boolean } {
  if (text === '') return { list: [], noEol: false };
  const list = text.split('\n');
  const noEol = list[list.length - 1] !== '';
  if (!noEol) list.pop();
  return { list, noEol };
}

/** Edit script from an LCS table (after trimming the common head and tail). */
function editScript(
  a: string[],
  b: string[],
  eq: (x: string, y: string) => boolean,
): Op[] | undefined {
  let head = 0;
  while (head < a.length && head < b.length && eq(a[head], b[head])) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    eq(a[a.length - 1 - tail], b[b.length - 1 - tail])
  )
    tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n * m > 16_000_000) return undefined;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = eq(a[head + i], b[head + j])
        ? lcs[i + 1][j + 1] + 1
        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ k: '=', a: i, b: i });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && eq(a[head + i], b[head + j])) {
      ops.push({ k: '=', a: head + i, b: head + j });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      ops.push({ k: '+', a: head + i, b: head + j });
      j++;
    } else {
      ops.push({ k: '-', a: head + i, b: head + j });
      i++;
    }
  }
  for (let t = 0; t < tail; t++) ops.push({ k: '=', a: head + n + t, b: head + m + t });
  // Deletions before insertions within a change block, as diff prints them.
  const out: Op[] = [];
  for (let s = 0; s < ops.length;) {
    if (ops[s].k === '=') {
      out.push(ops[s++]);
      continue;
    }
    let e = s;
    while (e < ops.length && ops[e].k !== '=') e++;
    const block = ops.slice(s, e);
    out.push(...block.filter((o) => o.k === '-'), ...block.filter((o) => o.k === '+'));
    s = e;
  }
  return renumber(out);
}

/** Give each op the line positions it sits at in both files (after reordering a block). */
function renumber(ops: Op[]): Op[] {
  let a = 0;
  let b = 0;
  return ops.map((o) => {
    const r = { k: o.k, a, b };
    if (o.k !== '+') a++;
    if (o.k !== '-') b++;
    return r;
  });
}

const range = (start: number, count: number): string =>
  count <= 1 ? String(count === 0 ? start : start + 1) : `${start + 1},${start + count}`;

function normal(ops: Op[], a: string[], b: string[], aNoEol: boolean, bNoEol: boolean): string {
  let out = '';
  for (let s = 0; s < ops.length;) {
    if (ops[s].k === '=') {
      s++;
      continue;
    }
    let e = s;
    while (e < ops.length && ops[e].k !== '=') e++;
    const dels = ops.slice(s, e).filter((o) => o.k === '-');
    const adds = ops.slice(s, e).filter((o) => o.k === '+');
    const aStart = ops[s].a;
    const bStart = ops[s].b;
    const ar = dels.length ? range(aStart, dels.length) : String(aStart);
    const br = adds.length ? range(bStart, adds.length) : String(bStart);
    out += `${ar}${dels.length && adds.length ? 'c' : dels.length ? 'd' : 'a'}${br}\n`;
    for (const d of dels)
      out += `< ${a[d.a]}\n${aNoEol && d.a === a.length - 1 ? '\\ No newline at end of file\n' : ''}`;
    if (dels.length && adds.length) out += '---\n';
    for (const d of adds)
      out += `> ${b[d.b]}\n${bNoEol && d.b === b.length - 1 ? '\\ No newline at end of file\n' : ''}`;
    s = e;
  }
  return out;
}

function unified(
  ops: Op[],
  a: string[],
  b: string[],
  aNoEol: boolean,
  bNoEol: boolean,
  context: number,
): string {
  const changes = ops.map((o, i) => (o.k === '=' ? -1 : i)).filter((i) => i >= 0);
  let out = '';
  let ci = 0;
  while (ci < changes.length) {
    const start = Math.max(0, changes[ci] - context);
    let end = changes[ci];
    while (ci + 1 < changes.length && changes[ci + 1] - end <= 2 * context) end = changes[++ci];
    ci++;
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const aLines = hunk.filter((o) => o.k !== '+').length;
    const bLines = hunk.filter((o) => o.k !== '-').length;
    const aStart = hunk[0].a;
    const bStart = hunk[0].b;
    const hr = (s: number, n: number): string =>
      n === 1 ? `${s + 1}` : `${n === 0 ? s : s + 1},${n}`;
    out += `@@ -${hr(aStart, aLines)} +${hr(bStart, bLines)} @@\n`;
    for (const o of hunk) {
      if (o.k === '=') {
        out += ` ${a[o.a]}\n`;
        if (o.a === a.length - 1 && (aNoEol || bNoEol)) {
          if (aNoEol && bNoEol) out += '\\ No newline at end of file\n';
        }
      } else if (o.k === '-') {
        out += `-${a[o.a]}\n${aNoEol && o.a === a.length - 1 ? '\\ No newline at end of file\n' : ''}`;
      } else {
        out += `+${b[o.b]}\n${bNoEol && o.b === b.length - 1 ? '\\ No newline at end of file\n' : ''}`;
      }
    }
  }
  return out;
}

async function load(
  ctx: CommandContext,
  name: string,
  other: string,
): Promise<{ text: string; label: string; mtime: number } | string> {
  if (name === '-') return { text: await ctx.stdin.readAll(), label: '-', mtime: ctx.clock.now() };
  let path = ctx.resolve(name);
  let label = name;
  try {
    if (ctx.fs.stat(path).type === 'dir') {
      if (other === '-' || ctx.fs.stat(ctx.resolve(other)).type === 'dir') return 'dirs';
      label = joinPath(name, baseName(other));
      path = joinPath(path, baseName(other));
    }
    const st = ctx.fs.stat(path);
    return { text: ctx.fs.readText(path), label, mtime: st.mtimeMs };
  } catch (e) {
    return `diff: ${label}: ${errText(e)}`;
  }
}

export const diff: Command = command('diff', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'diff',
    {
      flags: 'uqsiwBrNa',
      withArg: 'U',
      long: {
        unified: { key: 'U', arg: 'optional' },
        brief: { key: 'q' },
        'report-identical-files': { key: 's' },
        'ignore-case': { key: 'i' },
        'ignore-all-space': { key: 'w' },
        'ignore-blank-lines': { key: 'B' },
        recursive: { key: 'r' },
        text: { key: 'a' },
      },
    },
    '[OPTION]... FILES',
    2,
  );
  if (typeof opts === 'number') return opts;
  const [f1, f2, extra] = opts.operands;
  if (f1 === undefined) return usageError(ctx, 'diff', 'missing operand', 2);
  if (f2 === undefined) return usageError(ctx, 'diff', `missing operand after '${f1}'`, 2);
  if (extra !== undefined) return usageError(ctx, 'diff', `extra operand '${extra}'`, 2);
  const A = await load(ctx, f1, f2);
  const B = await load(ctx, f2, f1);
  if (A === 'dirs' || B === 'dirs' || opts.has('r')) {
    ctx.stderr.write('layerlab: diff: comparing directories is not part of this lab\n');
    return 2;
  }
  if (typeof A === 'string' || typeof B === 'string') {
    if (typeof A === 'string') ctx.stderr.write(`${A}\n`);
    if (typeof B === 'string') ctx.stderr.write(`${B}\n`);
    return 2;
  }
  const norm = (s: string): string => {
    let t = opts.has('i') ? s.toLowerCase() : s;
    if (opts.has('w')) t = t.replace(/\s+/g, '');
    return t;
  };
  const eq = (x: string, y: string): boolean => norm(x) === norm(y);
  const la = lines(A.text);
  const lb = lines(B.text);
  const ops = editScript(la.list, lb.list, eq);
  if (!ops) {
    ctx.stderr.write('layerlab: diff: these files are too large to compare in the lab\n');
    return 2;
  }
  let changes = ops.filter((o) => o.k !== '=');
  if (opts.has('B')) {
    const blank = changes.every((o) => (o.k === '-' ? la.list[o.a] : lb.list[o.b]).trim() === '');
    if (blank) changes = [];
  }
  const eolDiffers = la.noEol !== lb.noEol && la.list.length > 0 && lb.list.length > 0;
  if (changes.length === 0 && !eolDiffers) {
    if (opts.has('s')) ctx.stdout.write(`Files ${f1} and ${f2} are identical\n`);
    return 0;
  }
  if (opts.has('q')) {
    ctx.stdout.write(`Files ${f1} and ${f2} differ\n`);
    return 1;
  }
  // A difference only in the final newline shows as the last line changing.
  let script = ops;
  if (changes.length === 0 && eolDiffers) {
    const lastA = la.list.length - 1;
    const lastB = lb.list.length - 1;
    script = ops.filter((o) => !(o.k === '=' && o.a === lastA));
    script.push({ k: '-', a: lastA, b: lastB }, { k: '+', a: lastA + 1, b: lastB });
    script = renumber(script);
  }
  const context = opts.has('U') ? Number(opts.get('U') || 3) : 3;
  if (opts.has('u') || opts.has('U')) {
    ctx.stdout.write(
      `--- ${A.label}\t${statDate(A.mtime)}\n+++ ${B.label}\t${statDate(B.mtime)}\n` +
        unified(script, la.list, lb.list, la.noEol, lb.noEol, Number.isNaN(context) ? 3 : context),
    );
  } else ctx.stdout.write(normal(script, la.list, lb.list, la.noEol, lb.noEol));
  return 1;
});
