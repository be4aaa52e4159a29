// sed: a stream editor. Scripts from -e/-f/the first operand, commands separated by `;` or
// newlines. Addresses: N, $, /re/ (and \%re%, I flag), first~step, ranges a,b and a,+N, `!`.
// Commands: s (flags g p i I N, replacement & \1..\9 \n \U \L \u \l \E), d D p P q Q = a i c
// (one-line GNU form) y n N h H g G x l? no, { } blocks, b/t with or without labels, : labels.
// Options: -n -e -f -i[SUF] -E/-r -s. Commands the lab does not have (w, r, e, W, F, v, z, l, R, T)
// are reported rather than ignored.

import type { Command, CommandContext, InputStream } from '../types';
import { command, errText } from './lib/errors';
import { parseArgs, type ParsedOptions } from './lib/options';
import { Pacer } from './lib/pacer';
import { compilePosix, RegexError } from './lib/regex';

type Addr =
  | { kind: 'line'; n: number }
  | { kind: 'last' }
  | { kind: 're'; re: RegExp | null }
  | { kind: 'step'; first: number; step: number }
  | { kind: 'plus'; n: number };

interface Cmd {
  a1?: Addr;
  a2?: Addr;
  neg: boolean;
  name: string;
  /** Range state: active since line `since`. */
  active: boolean;
  endLine: number;
  text?: string;
  re?: RegExp | null;
  replacement?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  label?: string;
  /** For `{`: index of the matching `}`; for b/t: resolved target index. */
  jump?: number;
  exitCode?: number;
  from?: string[];
  to?: string[];
}

class SedError extends Error {}
class SedRunaway extends Error {}

const UNSUPPORTED = 'wrRWeFvzlT';

class ScriptParser {
  private i = 0;
  readonly cmds: Cmd[] = [];
  constructor(
    private readonly s: string,
    private readonly extended: boolean,
    private readonly icaseDefault = false,
  ) {}

  private fail(msg: string): never {
    throw new SedError(`-e expression #1, char ${this.i}: ${msg}`);
  }

  private skipWs(): void {
    while (this.i < this.s.length && /[ \t]/.test(this.s[this.i])) this.i++;
  }

  /** Read up to an unescaped delimiter; returns the raw text (escapes of the delimiter removed). */
  private until(delim: string, what: string): string {
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '\\' && this.i + 1 < this.s.length) {
        const n = this.s[this.i + 1];
        if (n === delim && delim !== '\\') out += n;
        else if (n === '\n') out += '\n';
        else out += c + n;
        this.i += 2;
        continue;
      }
      if (c === delim) {
        this.i++;
        return out;
      }
      if (c === '\n' && what !== 'y') this.fail(`unterminated \`${what}' command`);
      out += c;
      this.i++;
    }
    this.fail(
      what === 'address' ? 'unterminated address regex' : `unterminated \`${what}' command`,
    );
  }

  private regex(src: string, flags: string): RegExp | null {
    if (src === '') return null;
    try {
      return compilePosix(src, this.extended, flags);
    } catch (e) {
      if (e instanceof RegexError) this.fail(e.message);
      throw e;
    }
  }

  private address(): Addr | undefined {
    const s = this.s;
    const m = /^(\d+)~(\d+)/.exec(s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      return { kind: 'step', first: Number(m[1]), step: Number(m[2]) };
    }
    const n = /^\d+/.exec(s.slice(this.i));
    if (n) {
      this.i += n[0].length;
      return { kind: 'line', n: Number(n[0]) };
    }
    if (s[this.i] === '$') {
      this.i++;
      return { kind: 'last' };
    }
    if (s[this.i] === '/' || s[this.i] === '\\') {
      let delim = '/';
      if (s[this.i] === '\\') {
        delim = s[this.i + 1];
        this.i++;
      }
      this.i++;
      const src = this.until(delim, 'address');
      let flags = '';
      while (s[this.i] === 'I' || s[this.i] === 'M') {
        if (s[this.i] === 'I') flags += 'i';
        this.i++;
      }
      return { kind: 're', re: this.regex(src, flags) };
    }
    return undefined;
  }

  private readText(): string {
    // GNU one-liner: `a text`, `a\` newline text, `a\text`.
    this.skipWs();
    if (this.s[this.i] === '\\') {
      this.i++;
      if (this.s[this.i] === '\n') this.i++;
    }
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== '\n') {
      const c = this.s[this.i];
      if (c === '\\' && this.i + 1 < this.s.length) {
        out += this.s[this.i + 1] === 'n' ? '\n' : this.s[this.i + 1];
        this.i += 2;
        continue;
      }
      out += c;
      this.i++;
    }
    return out;
  }

  private label(): string {
    this.skipWs();
    let out = '';
    while (this.i < this.s.length && !/[;\n}]/.test(this.s[this.i])) out += this.s[this.i++];
    return out.trim();
  }

  parse(): Cmd[] {
    const s = this.s;
    const blocks: number[] = [];
    while (this.i < s.length) {
      while (this.i < s.length && /[\s;]/.test(s[this.i])) this.i++;
      if (this.i >= s.length) break;
      if (s[this.i] === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      }
      const cmd: Cmd = { neg: false, name: '', active: false, endLine: 0 };
      const a1 = this.address();
      if (a1) {
        cmd.a1 = a1;
        if (s[this.i] === ',') {
          this.i++;
          const plus = /^\+(\d+)/.exec(s.slice(this.i));
          if (plus) {
            this.i += plus[0].length;
            cmd.a2 = { kind: 'plus', n: Number(plus[1]) };
          } else {
            const a2 = this.address();
            if (!a2) this.fail("unexpected `,'");
            cmd.a2 = a2;
          }
        }
      }
      this.skipWs();
      while (s[this.i] === '!') {
        cmd.neg = true;
        this.i++;
        this.skipWs();
      }
      const name = s[this.i++];
      if (name === undefined) this.fail('missing command');
      cmd.name = name;
      switch (name) {
        case '{':
          blocks.push(this.cmds.length);
          break;
        case '}':
          if (cmd.a1) this.fail("} doesn't want any addresses");
          {
            const open = blocks.pop();
            if (open === undefined) this.fail("unexpected `}'");
            this.cmds[open].jump = this.cmds.length;
          }
          break;
        case 's': {
          const delim = s[this.i++];
          if (delim === undefined || delim === '\n' || delim === '\\')
            this.fail("unterminated `s' command");
          const src = this.until(delim, 's');
          cmd.replacement = this.until(delim, 's');
          let flags = '';
          for (;;) {
            const f = s[this.i];
            if (f === 'g') cmd.global = true;
            else if (f === 'p') cmd.print = true;
            else if (f === 'i' || f === 'I') flags += 'i';
            else if (f === 'm' || f === 'M') flags += 'm';
            else if (f !== undefined && /\d/.test(f)) {
              const num = /^\d+/.exec(s.slice(this.i)) as RegExpExecArray;
              cmd.nth = Number(num[0]);
              this.i += num[0].length - 1;
            } else if (f === 'w' || f === 'e') {
              this.fail(`the lab's sed does not support the \`${f}' flag`);
            } else break;
            this.i++;
          }
          if (this.icaseDefault) flags += 'i';
          cmd.re = this.regex(src, flags);
          break;
        }
        case 'y': {
          const delim = s[this.i++];
          const from = [...this.until(delim, 'y').replace(/\\n/g, '\n').replace(/\\\\/g, '\\')];
          const to = [...this.until(delim, 'y').replace(/\\n/g, '\n').replace(/\\\\/g, '\\')];
          if (from.length !== to.length) this.fail("strings for `y' command are different lengths");
          cmd.from = from;
          cmd.to = to;
          break;
        }
        case 'a':
        case 'i':
        case 'c':
          cmd.text = this.readText();
          break;
        case 'q':
        case 'Q': {
          this.skipWs();
          const code = /^\d+/.exec(s.slice(this.i));
          if (code) {
            cmd.exitCode = Number(code[0]);
            this.i += code[0].length;
          }
          break;
        }
        case ':':
          if (cmd.a1) this.fail(": doesn't want any addresses");
          cmd.label = this.label();
          if (cmd.label === '') this.fail('":" lacks a label');
          break;
        case 'b':
        case 't':
          cmd.label = this.label();
          break;
        case 'd':
        case 'D':
        case 'p':
        case 'P':
        case '=':
        case 'n':
        case 'N':
        case 'h':
        case 'H':
        case 'g':
        case 'G':
        case 'x':
          break;
        default:
          if (UNSUPPORTED.includes(name)) {
            this.fail(`the lab's sed does not support the \`${name}' command`);
          }
          this.fail(`unknown command: \`${name}'`);
      }
      this.cmds.push(cmd);
      this.skipWs();
      const next = s[this.i];
      if (next !== undefined && !/[;\n}#]/.test(next) && name !== '{' && name !== '}') {
        this.fail(`extra characters after command`);
      }
    }
    if (blocks.length) {
      this.i = s.length;
      this.fail("unmatched `{'");
    }
    for (const c of this.cmds) {
      if (c.name === 'b' || c.name === 't') {
        if (!c.label) c.jump = this.cmds.length;
        else {
          const at = this.cmds.findIndex((x) => x.name === ':' && x.label === c.label);
          if (at < 0)
            throw new SedError(
              `-e expression #1, char 0: can't find label for jump to \`${c.label}'`,
            );
          c.jump = at;
        }
      }
    }
    return this.cmds;
  }
}

/** Expand a replacement for one match. */
function substitute(rep: string, m: RegExpExecArray): string {
  let out = '';
  let mode: 'U' | 'L' | '' = '';
  let once: 'u' | 'l' | '' = '';
  const add = (t: string): void => {
    for (const ch of t) {
      let c = mode === 'U' ? ch.toUpperCase() : mode === 'L' ? ch.toLowerCase() : ch;
      if (once === 'u') c = c.toUpperCase();
      else if (once === 'l') c = c.toLowerCase();
      once = '';
      out += c;
    }
  };
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i];
    if (c === '&') add(m[0]);
    else if (c === '\\' && i + 1 < rep.length) {
      const e = rep[++i];
      if (/[0-9]/.test(e)) add(m[Number(e)] ?? '');
      else if (e === 'n') add('\n');
      else if (e === 't') add('\t');
      else if (e === 'U' || e === 'L') mode = e;
      else if (e === 'E') mode = '';
      else if (e === 'u' || e === 'l') once = e;
      else add(e);
    } else add(c);
  }
  return out;
}

/**
 * The lines of one input stream. A file's lines are all there; a pipe's arrive as they are read,
 * one line ahead of the one being edited (that is how `$` is known), so `tail -f log | sed …`
 * prints as lines come in.
 */
class LineBuffer {
  readonly lines: string[] = [];
  private ended: boolean;
  private finalNewline = true;

  /** Set when a pipe's reader went away (or Ctrl+C / the budget): stop like SIGPIPE. */
  stopped = false;

  constructor(
    text: string | null,
    private readonly stream?: InputStream,
    private readonly pacer?: Pacer,
  ) {
    this.ended = text !== null;
    if (text !== null && text !== '') {
      const lines = text.split('\n');
      this.finalNewline = lines[lines.length - 1] === '';
      if (this.finalNewline) lines.pop();
      this.lines.push(...lines);
    }
  }

  /** Whether line `i` exists (reading the stream as far as needed). */
  async has(i: number): Promise<boolean> {
    while (i >= this.lines.length && !this.ended && this.stream) {
      if (this.pacer && !(await this.pacer.tick())) {
        this.stopped = true;
        this.ended = true;
        break;
      }
      const line = await this.stream.readLine();
      if (line === null) this.ended = true;
      else if (line.endsWith('\n')) this.lines.push(line.slice(0, -1));
      else {
        this.lines.push(line);
        this.finalNewline = false;
      }
    }
    return i < this.lines.length;
  }

  /** Whether line `i` (known to exist, with line i+1 looked for) ends with a newline. */
  newlineAfter(i: number): boolean {
    return i < this.lines.length - 1 || !this.ended || this.finalNewline;
  }
}

/** Commands one cycle may execute before `b`/`t` loops are judged runaway. */
const MAX_STEPS = 2_000_000;

class Machine {
  out = '';
  quit: number | undefined;
  private steps = 0;
  private hold = '';
  private lastRe: RegExp | null = null;

  constructor(
    private readonly cmds: Cmd[],
    private readonly quiet: boolean,
  ) {}

  private test(re: RegExp | null, text: string): boolean {
    const r = re ?? this.lastRe;
    if (!r) throw new SedError('no previous regular expression');
    this.lastRe = r;
    r.lastIndex = 0;
    return new RegExp(r.source, r.flags.replace('g', '')).test(text);
  }

  private matchOne(a: Addr, lineNo: number, isLast: boolean, ps: string): boolean {
    switch (a.kind) {
      case 'line':
        return lineNo === a.n;
      case 'last':
        return isLast;
      case 're':
        return this.test(a.re, ps);
      case 'step':
        return a.step <= 0
          ? lineNo === a.first
          : lineNo >= a.first && (lineNo - a.first) % a.step === 0;
      case 'plus':
        return false;
    }
  }

  private selected(c: Cmd, lineNo: number, isLast: boolean, ps: string): boolean {
    let r: boolean;
    if (!c.a1) r = true;
    else if (!c.a2) r = this.matchOne(c.a1, lineNo, isLast, ps);
    else if (c.active) {
      const a2 = c.a2;
      if (a2.kind === 'line') {
        r = true;
        if (lineNo >= a2.n) c.active = false;
        if (lineNo > a2.n) r = false;
      } else if (a2.kind === 'plus') {
        r = true;
        if (lineNo >= c.endLine) c.active = false;
      } else {
        r = true;
        if (this.matchOne(a2, lineNo, isLast, ps)) c.active = false;
      }
    } else if (this.matchOne(c.a1, lineNo, isLast, ps)) {
      r = true;
      const a2 = c.a2;
      if (a2.kind === 'line') c.active = a2.n > lineNo;
      else if (a2.kind === 'plus') {
        c.endLine = lineNo + a2.n;
        c.active = a2.n > 0;
      } else if (a2.kind === 'last') c.active = !isLast;
      else c.active = true;
    } else r = false;
    return r !== c.neg;
  }

  /** Run the script over the lines of one input stream (or each -i/-s file). */
  async run(
    input: LineBuffer,
    startLine: number,
    lastStream: boolean,
    onCycle?: () => void,
  ): Promise<number> {
    const { lines } = input;
    let lineNo = startLine;
    let idx = 0;
    const emit = (text: string, newline = true): void => {
      this.out += text + (newline ? '\n' : '');
    };
    const lastNl = (i: number): boolean => input.newlineAfter(i);
    while ((await input.has(idx)) && this.quit === undefined) {
      this.steps = 0;
      let ps = lines[idx];
      lineNo++;
      let append = '';
      let substituted = false;
      let deleted = false;
      let autoprint = !this.quiet;
      let restartWithoutRead = false;
      let endCycle = false;
      let last = lastStream && !(await input.has(idx + 1));
      for (let pc = 0; pc < this.cmds.length; pc++) {
        const c = this.cmds[pc];
        if (++this.steps > MAX_STEPS) throw new SedRunaway();
        if (c.name === '}' || c.name === ':') continue;
        if (!this.selected(c, lineNo, last, ps)) {
          if (c.name === '{') pc = c.jump as number;
          continue;
        }
        switch (c.name) {
          case '{':
            break;
          case 's': {
            const re0 = c.re ?? this.lastRe;
            if (!re0) throw new SedError('no previous regular expression');
            this.lastRe = re0;
            const re = new RegExp(
              re0.source,
              re0.flags.includes('g') ? re0.flags : `${re0.flags}g`,
            );
            let count = 0;
            let result = '';
            let last = 0;
            let done = false;
            re.lastIndex = 0;
            for (let m = re.exec(ps); m && !done; m = re.exec(ps)) {
              count++;
              const take = c.nth
                ? count >= c.nth && (c.global || count === c.nth)
                : c.global || count === 1;
              if (take) {
                result += ps.slice(last, m.index) + substitute(c.replacement ?? '', m);
                last = m.index + m[0].length;
                substituted = true;
                if (!c.global) done = true;
              }
              if (m[0] === '') re.lastIndex++;
            }
            if (last > 0 || substituted) {
              ps = result + ps.slice(last);
              if (c.print) emit(ps);
            }
            break;
          }
          case 'y':
            ps = [...ps]
              .map((ch) => {
                const k = (c.from as string[]).indexOf(ch);
                return k >= 0 ? (c.to as string[])[k] : ch;
              })
              .join('');
            break;
          case 'd':
            deleted = true;
            break;
          case 'D': {
            const nl = ps.indexOf('\n');
            if (nl < 0) deleted = true;
            else {
              ps = ps.slice(nl + 1);
              restartWithoutRead = true;
            }
            break;
          }
          case 'p':
            emit(ps);
            break;
          case 'P':
            emit(ps.split('\n')[0]);
            break;
          case '=':
            emit(String(lineNo));
            break;
          case 'a':
            append += `${c.text}\n`;
            break;
          case 'i':
            emit(c.text ?? '');
            break;
          case 'c':
            if (!c.a2 || !c.active) emit(c.text ?? '');
            deleted = true;
            break;
          case 'q':
            this.quit = c.exitCode ?? 0;
            break;
          case 'Q':
            this.quit = c.exitCode ?? 0;
            autoprint = false;
            deleted = true;
            break;
          case 'n':
            if (!(await input.has(idx + 1))) {
              if (autoprint) emit(ps, lastNl(idx));
              autoprint = false;
              deleted = true;
              break;
            }
            if (autoprint) emit(ps);
            this.out += append;
            append = '';
            idx++;
            lineNo++;
            ps = lines[idx];
            last = lastStream && !(await input.has(idx + 1));
            break;
          case 'N':
            if (!(await input.has(idx + 1))) {
              // GNU prints the pattern space when N hits end of input and ends.
              endCycle = true;
              break;
            }
            idx++;
            lineNo++;
            ps = `${ps}\n${lines[idx]}`;
            last = lastStream && !(await input.has(idx + 1));
            break;
          case 'h':
            this.hold = ps;
            break;
          case 'H':
            this.hold = `${this.hold}\n${ps}`;
            break;
          case 'g':
            ps = this.hold;
            break;
          case 'G':
            ps = `${ps}\n${this.hold}`;
            break;
          case 'x':
            [ps, this.hold] = [this.hold, ps];
            break;
          case 'b':
            pc = (c.jump as number) - 1;
            break;
          case 't':
            if (substituted) {
              substituted = false;
              pc = (c.jump as number) - 1;
            }
            break;
        }
        if (deleted || restartWithoutRead || endCycle || this.quit !== undefined) break;
      }
      if (!deleted && autoprint) emit(ps, lastNl(idx));
      this.out += append;
      onCycle?.();
      if (restartWithoutRead && !deleted) {
        lines[idx] = ps;
        lineNo--;
        continue;
      }
      idx++;
    }
    return lineNo;
  }
}

export const sed: Command = command('sed', async (ctx) => {
  // -i takes an optional suffix glued to it (-i, -i.bak, -ni): take it out before parsing.
  const args: string[] = [];
  let inPlace: string | undefined;
  let ended = false;
  for (const a of ctx.argv.slice(1)) {
    const m = /^-([nErsuz]*)i(.*)$/.exec(a);
    if (!ended && m) {
      inPlace = m[2];
      if (m[1] !== '') args.push(`-${m[1]}`);
    } else args.push(a);
    if (a === '--') ended = true;
  }
  const opts = parseArgs(
    ctx,
    'sed',
    {
      flags: 'nErsuz',
      withArg: 'ef',
      long: {
        quiet: { key: 'n' },
        silent: { key: 'n' },
        expression: { key: 'e', arg: 'required' },
        file: { key: 'f', arg: 'required' },
        'in-place': { key: 'i', arg: 'optional' },
        'regexp-extended': { key: 'E' },
        separate: { key: 's' },
        debug: { key: 'debug' },
        posix: { key: 'posix' },
      },
    },
    '[OPTION]... {script-only-if-no-other-script} [input-file]...',
    1,
    args,
  );
  if (typeof opts === 'number') return opts;
  if (opts.has('i')) inPlace = opts.get('i') ?? '';
  return runSed(ctx, opts, inPlace);
});

async function runSed(
  ctx: CommandContext,
  opts: ParsedOptions,
  inPlaceSuffix: string | undefined,
): Promise<number> {
  const inPlace = inPlaceSuffix !== undefined;
  const suffix = inPlaceSuffix ?? '';
  const operands = [...opts.operands];
  const parts: string[] = [];
  for (const [k, v] of opts.list) {
    if (k === 'e' && typeof v === 'string') parts.push(v);
    if (k === 'f' && typeof v === 'string') {
      try {
        parts.push(ctx.fs.readText(ctx.resolve(v)).replace(/\n$/, ''));
      } catch (e) {
        ctx.stderr.write(`sed: couldn't open file ${v}: ${errText(e)}\n`);
        return 1;
      }
    }
  }
  if (parts.length === 0) {
    const script = operands.shift();
    if (script === undefined) {
      ctx.stderr.write('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
      return 1;
    }
    parts.push(script);
  }
  let cmds: Cmd[];
  try {
    cmds = new ScriptParser(parts.join('\n'), opts.has('E') || opts.has('r')).parse();
  } catch (e) {
    if (e instanceof SedError) {
      ctx.stderr.write(`sed: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const machine = new Machine(cmds, opts.has('n'));
  let status = 0;
  try {
    if (inPlace) {
      if (operands.length === 0) {
        ctx.stderr.write('sed: no input files\n');
        return 1;
      }
      for (const f of operands) {
        const p = ctx.resolve(f);
        let text: string;
        try {
          if (ctx.fs.stat(p).type === 'dir') {
            ctx.stderr.write(`sed: couldn't edit ${f}: not a regular file\n`);
            status = 4;
            continue;
          }
          text = ctx.fs.readText(p);
        } catch (e) {
          ctx.stderr.write(`sed: can't read ${f}: ${errText(e)}\n`);
          status = 2;
          continue;
        }
        machine.out = '';
        await machine.run(new LineBuffer(text), 0, true);
        if (suffix)
          ctx.fs.writeFile(
            ctx.resolve(suffix.includes('*') ? suffix.replace('*', f) : f + suffix),
            text,
          );
        ctx.fs.writeFile(p, machine.out);
        if (machine.quit !== undefined) break;
      }
      return machine.quit ?? status;
    }
    const files = operands.length ? operands : ['-'];
    const flush = (): void => {
      if (machine.out !== '') ctx.stdout.write(machine.out);
      machine.out = '';
    };
    if (files.length === 1 && files[0] === '-') {
      // A pipe alone: edit as lines arrive.
      const pacer = new Pacer(ctx);
      const input = new LineBuffer(null, ctx.stdin, pacer);
      await machine.run(input, 0, true, flush);
      if (input.stopped) return pacer.status;
      flush();
      return machine.quit ?? status;
    }
    const texts: string[] = [];
    for (const f of files) {
      if (f === '-') {
        texts.push(await ctx.stdin.readAll());
        continue;
      }
      try {
        const p = ctx.resolve(f);
        if (ctx.fs.stat(p).type === 'dir') {
          ctx.stderr.write(`sed: read error on ${f}: Is a directory\n`);
          status = 2;
          continue;
        }
        texts.push(ctx.fs.readText(p));
      } catch (e) {
        ctx.stderr.write(`sed: can't read ${f}: ${errText(e)}\n`);
        status = 2;
      }
    }
    if (opts.has('s')) {
      let line = 0;
      for (let i = 0; i < texts.length; i++) {
        if (machine.quit !== undefined) break;
        line = await machine.run(new LineBuffer(texts[i]), line, i === texts.length - 1);
      }
    } else {
      // One stream: files run together (a missing final newline in the middle is supplied).
      const joined = texts
        .map((t, i) => (i < texts.length - 1 && t !== '' && !t.endsWith('\n') ? `${t}\n` : t))
        .join('');
      await machine.run(new LineBuffer(joined), 0, true);
    }
    ctx.stdout.write(machine.out);
    return machine.quit ?? status;
  } catch (e) {
    if (e instanceof SedError) {
      ctx.stdout.write(machine.out);
      ctx.stderr.write(`sed: ${e.message}\n`);
      return 4;
    }
    if (e instanceof SedRunaway) {
      ctx.stderr.write('layerlab: sed stopped: the script ran too long\n');
      return 4;
    }
    throw e;
  }
}
