// grep: print lines that match patterns. BRE by default, -E (ERE), -F (fixed), -i, -v, -w, -x,
// -n, -c, -l, -L, -q, -s, -o, -h/-H, -r/-R (with --include/--exclude/--exclude-dir), -e, -f,
// -A/-B/-C context. Exit 0 when a line was selected, 1 when none, 2 on error (0 with -q and a match).
// Blobs are binary: a match prints `grep: F: binary file matches` as grep 3.8 does.

import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { globToRegExp } from './lib/glob';
import { parseArgs } from './lib/options';
import { Pacer } from './lib/pacer';
import { joinPath } from './lib/paths';
import { compilePosix, escapeRegExp, posixSource, RegexError } from './lib/regex';

interface Settings {
  re: RegExp;
  invert: boolean;
  count: boolean;
  filesWith: boolean;
  filesWithout: boolean;
  quiet: boolean;
  only: boolean;
  lineNumbers: boolean;
  withName: boolean;
  after: number;
  before: number;
  maxCount: number;
}

export const grep: Command = command('grep', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'grep',
    {
      flags: 'rRiyvEFGlLcqsonwxhHIUTZz',
      withArg: 'efABCm',
      long: {
        recursive: { key: 'r' },
        'dereference-recursive': { key: 'R' },
        'ignore-case': { key: 'i' },
        'invert-match': { key: 'v' },
        'extended-regexp': { key: 'E' },
        'fixed-strings': { key: 'F' },
        'basic-regexp': { key: 'G' },
        'files-with-matches': { key: 'l' },
        'files-without-match': { key: 'L' },
        count: { key: 'c' },
        quiet: { key: 'q' },
        silent: { key: 'q' },
        'no-messages': { key: 's' },
        'only-matching': { key: 'o' },
        'line-number': { key: 'n' },
        'word-regexp': { key: 'w' },
        'line-regexp': { key: 'x' },
        'no-filename': { key: 'h' },
        'with-filename': { key: 'H' },
        regexp: { key: 'e', arg: 'required' },
        file: { key: 'f', arg: 'required' },
        'after-context': { key: 'A', arg: 'required' },
        'before-context': { key: 'B', arg: 'required' },
        context: { key: 'C', arg: 'required' },
        'max-count': { key: 'm', arg: 'required' },
        include: { key: 'include', arg: 'required' },
        exclude: { key: 'exclude', arg: 'required' },
        'exclude-dir': { key: 'exclude-dir', arg: 'required' },
        color: { key: 'color', arg: 'optional' },
        colour: { key: 'color', arg: 'optional' },
      },
    },
    '[OPTION]... PATTERNS [FILE]...',
    2,
  );
  if (typeof opts === 'number') return opts;
  const operands = [...opts.operands];
  let patterns: string[] = [];
  for (const [k, v] of opts.list) {
    if (k === 'e' && typeof v === 'string') patterns.push(...v.split('\n'));
    if (k === 'f' && typeof v === 'string') {
      try {
        const text = ctx.fs.readText(ctx.resolve(v));
        patterns.push(...text.split('\n').filter((l, i, a) => i < a.length - 1 || l !== ''));
      } catch (e) {
        ctx.stderr.write(`grep: ${v}: ${errText(e)}\n`);
        return 2;
      }
    }
  }
  if (!opts.has('e') && !opts.has('f')) {
    const p = operands.shift();
    if (p === undefined) {
      ctx.stderr.write(
        "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      );
      return 2;
    }
    patterns = p.split('\n');
  }
  let mode: 'G' | 'E' | 'F' = 'G';
  for (const [k] of opts.list) if (k === 'E' || k === 'F' || k === 'G') mode = k;
  let source: string;
  try {
    const parts = patterns.map((p) =>
      mode === 'F'
        ? escapeRegExp(p)
        : (compilePosix(p, mode === 'E'), posixSource(p, mode === 'E')),
    );
    source = parts.map((p) => `(?:${p})`).join('|');
    if (patterns.length === 0) source = '(?!)';
  } catch (e) {
    if (e instanceof RegexError) {
      ctx.stderr.write(`grep: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.has('x')) source = `^(?:${source})$`;
  else if (opts.has('w')) source = `(?<![\\w])(?:${source})(?![\\w])`;
  const icase = opts.has('i') || opts.has('y');
  const re = new RegExp(source, icase ? 'gi' : 'g');
  const num = (k: string): number => {
    const v = opts.get(k);
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : 0;
  };
  const recursive = opts.has('r') || opts.has('R');
  if (recursive && operands.length === 0) operands.push('.');
  const implicitDot =
    recursive && opts.operands.length === (opts.has('e') || opts.has('f') ? 0 : 1);
  const multiple = operands.length > 1 || recursive;
  const s: Settings = {
    re,
    invert: opts.has('v'),
    count: opts.has('c'),
    filesWith: opts.has('l'),
    filesWithout: opts.has('L'),
    quiet: opts.has('q'),
    only: opts.has('o'),
    lineNumbers: opts.has('n'),
    withName: opts.has('H') || (multiple && !opts.has('h')),
    after: num('A') || num('C'),
    before: num('B') || num('C'),
    maxCount: opts.has('m') ? num('m') : Infinity,
  };
  if (opts.has('h')) s.withName = false;
  const include = opts.all('include').map((g) => globToRegExp(g));
  const exclude = opts.all('exclude').map((g) => globToRegExp(g));
  const excludeDir = opts.all('exclude-dir').map((g) => globToRegExp(g));
  const silent = opts.has('s');
  let matched = false;
  let error = false;

  const searchText = (name: string, text: string, binary: boolean): void => {
    if (s.quiet && matched) return;
    const found = searchLines(ctx, s, name, text, binary);
    if (found) matched = true;
  };

  const searchFile = (shown: string, path: string, top: boolean): void => {
    if (s.quiet && matched) return;
    let st;
    try {
      st = top || opts.has('R') ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    } catch (e) {
      if (!silent) ctx.stderr.write(`grep: ${shown}: ${errText(e)}\n`);
      error = true;
      return;
    }
    if (st.type === 'symlink') return;
    const base = shown.split('/').pop() ?? shown;
    if (st.type === 'dir') {
      if (!recursive) {
        if (!silent) ctx.stderr.write(`grep: ${shown}: Is a directory\n`);
        error = true;
        return;
      }
      if (!top && excludeDir.some((r) => r.test(base))) return;
      for (const d of ctx.fs.readdir(path)) {
        const childShown = implicitDot && shown === '.' ? d.name : joinPath(shown, d.name);
        searchFile(childShown, joinPath(path, d.name), false);
      }
      return;
    }
    if (include.length && !include.some((r) => r.test(base))) return;
    if (exclude.some((r) => r.test(base))) return;
    try {
      const data = ctx.fs.readFile(path);
      searchText(shown, ctx.fs.readText(path), data.kind === 'blob');
    } catch (e) {
      if (!silent) ctx.stderr.write(`grep: ${shown}: ${errText(e)}\n`);
      error = true;
    }
  };

  if (operands.length === 0) operands.push('-');
  for (const op of operands) {
    if (op === '-') {
      if (!(s.quiet && matched) && (await searchStream(ctx, s))) matched = true;
    } else searchFile(op, ctx.resolve(op), true);
  }
  if (s.quiet && matched) return 0;
  if (error) return 2;
  return matched ? 0 : 1;
});

/**
 * One file's search, fed a line at a time so that a pipe (`tail -f log | grep err`) shows matches
 * as they arrive. `finish` prints what only the end can tell (-c, -l, -L) and says whether any
 * line was selected.
 */
class Searcher {
  private count = 0;
  private lineNo = 0;
  private lastPrinted = 0;
  private afterLeft = 0;
  private readonly before: Array<[number, string]> = [];
  private done = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly s: Settings,
    private readonly name: string,
    private readonly binary: boolean,
  ) {}

  private prefix(n: number, sep: string): string {
    return (this.s.withName ? `${this.name}${sep}` : '') + (this.s.lineNumbers ? `${n}${sep}` : '');
  }

  /** False once nothing more can change the result (-q, -l, -m reached). */
  feed(line: string): boolean {
    if (this.done) return false;
    const s = this.s;
    const n = ++this.lineNo;
    const quietMode = s.quiet || s.filesWith || s.filesWithout || s.count || this.binary;
    if (this.count >= s.maxCount && this.afterLeft === 0) {
      this.done = true;
      return false;
    }
    s.re.lastIndex = 0;
    const sel = this.count < s.maxCount && s.re.test(line) !== s.invert;
    if (!sel) {
      if (quietMode) return true;
      if (this.afterLeft > 0) {
        this.ctx.stdout.write(`${this.prefix(n, '-')}${line}\n`);
        this.lastPrinted = n;
        this.afterLeft--;
      } else if (s.before > 0) {
        this.before.push([n, line]);
        if (this.before.length > s.before) this.before.shift();
      }
      return true;
    }
    this.count++;
    if (s.quiet || s.filesWith || s.filesWithout) {
      this.done = true;
      return false;
    }
    if (quietMode) return true;
    let out = '';
    if (s.after > 0 || s.before > 0) {
      const first = this.before.length ? this.before[0][0] : n;
      if (this.lastPrinted > 0 && first > this.lastPrinted + 1) out += '--\n';
      for (const [bn, bl] of this.before) out += `${this.prefix(bn, '-')}${bl}\n`;
      this.before.length = 0;
    }
    if (s.only && !s.invert) {
      s.re.lastIndex = 0;
      for (const m of line.matchAll(s.re))
        if (m[0] !== '') out += `${this.prefix(n, ':')}${m[0]}\n`;
    } else out += `${this.prefix(n, ':')}${line}\n`;
    this.ctx.stdout.write(out);
    this.lastPrinted = n;
    this.afterLeft = s.after;
    return true;
  }

  finish(): boolean {
    const s = this.s;
    if (s.quiet) return this.count > 0;
    if (s.filesWith) {
      if (this.count > 0) this.ctx.stdout.write(`${this.name}\n`);
    } else if (s.filesWithout) {
      if (this.count === 0) this.ctx.stdout.write(`${this.name}\n`);
    } else if (s.count) {
      this.ctx.stdout.write(`${s.withName ? `${this.name}:` : ''}${this.count}\n`);
    } else if (this.binary && this.count > 0) {
      this.ctx.stderr.write(`grep: ${this.name}: binary file matches\n`);
    }
    return this.count > 0;
  }
}

function searchLines(
  ctx: CommandContext,
  s: Settings,
  name: string,
  text: string,
  binary: boolean,
): boolean {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const searcher = new Searcher(ctx, s, name, binary);
  for (const line of lines) if (!searcher.feed(line)) break;
  return searcher.finish();
}

async function searchStream(ctx: CommandContext, s: Settings): Promise<boolean> {
  const searcher = new Searcher(ctx, s, '(standard input)', false);
  const pacer = new Pacer(ctx);
  for (;;) {
    const line = await ctx.stdin.readLine();
    if (line === null) break;
    if (!searcher.feed(line.endsWith('\n') ? line.slice(0, -1) : line)) break;
    if (!(await pacer.tick())) break;
  }
  return searcher.finish();
}
