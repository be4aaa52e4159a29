// awk: the lab's subset (see README): BEGIN/END, /re/ and expression patterns, ranges, fields
// ($0, $1, $NF, assignment rebuilds $0), NR NF FNR FS OFS ORS FILENAME SUBSEP RSTART RLENGTH
// ENVIRON, print/printf (with > and >> to files), if/else, while, do, for, for-in, next, exit,
// delete, arrays, all operators, and the string/number built-ins. Options -F, -v, -f; operands
// may be var=value assignments. getline, user functions, pipes, system() and RS other than
// newline are refused with a plain message (exit 2) rather than run wrongly.

import type { Command } from '../types';
import { Awk, AwkRuntimeError } from './lib/awk/interp';
import { AwkSyntaxError, AwkUnsupported } from './lib/awk/lexer';
import { Parser, type Rule } from './lib/awk/parser';
import { command, errText } from './lib/errors';
import { parseArgs } from './lib/options';
import { Pacer } from './lib/pacer';

const UNSUPPORTED = "layerlab: awk: this program uses features the lab's awk does not support";

function unescapeFs(fs: string): string {
  if (fs === 't') return '\t';
  return fs.replace(/\\t/g, '\t').replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
}

export const awk: Command = command('awk', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'awk',
    {
      withArg: 'Fvf',
      stopAtOperand: true,
      long: {
        'field-separator': { key: 'F', arg: 'required' },
        assign: { key: 'v', arg: 'required' },
        file: { key: 'f', arg: 'required' },
      },
    },
    '[-F fs][-v var=value][prog | -f progfile][file ...]',
    2,
  );
  if (typeof opts === 'number') return opts;
  const operands = [...opts.operands];
  let src: string;
  const progFiles = opts.all('f');
  if (progFiles.length) {
    try {
      src = progFiles.map((f) => ctx.fs.readText(ctx.resolve(f))).join('\n');
    } catch (e) {
      ctx.stderr.write(`awk: couldn't open file ${progFiles[0]}: ${errText(e)}\n`);
      return 2;
    }
  } else {
    const p = operands.shift();
    if (p === undefined) {
      ctx.stderr.write("usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]\n");
      return 2;
    }
    src = p;
  }
  let rules: Rule[];
  try {
    rules = new Parser(src).program();
  } catch (e) {
    if (e instanceof AwkUnsupported) {
      ctx.stderr.write(`${UNSUPPORTED} (${e.message})\n`);
      return 2;
    }
    if (e instanceof AwkSyntaxError) {
      ctx.stderr.write(`awk: line ${e.line}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let out = '';
  const flush = (): void => {
    if (out !== '') ctx.stdout.write(out);
    out = '';
  };
  const machine = new Awk(
    rules,
    {
      write: (t) => {
        out += t;
        if (out.length > 16384) flush();
      },
      error: (t) => {
        flush();
        ctx.stderr.write(t);
      },
      writeFile: (path, text, append) => ctx.fs.writeFile(ctx.resolve(path), text, { append }),
    },
    ctx.env,
  );
  const assign = (a: string): boolean => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(a);
    if (!m) return false;
    machine.vars.set(m[1], m[2].replace(/\\n/g, '\n').replace(/\\t/g, '\t'));
    return true;
  };
  const fs = opts.get('F');
  if (fs !== undefined) machine.vars.set('FS', unescapeFs(fs));
  for (const v of opts.all('v')) {
    if (!assign(v)) {
      ctx.stderr.write(`awk: improper assignment: -v ${v}\n`);
      return 2;
    }
  }
  let status = 0;
  try {
    let go = machine.begin();
    if (go && machine.needsInput) {
      const files = operands.filter((o) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(o));
      const queue = files.length ? operands : [...operands, '-'];
      for (const f of queue) {
        if (!go) break;
        if (assign(f)) continue;
        const rs = machine.str(machine.vars.get('RS') ?? '\n');
        if (rs !== '\n') throw new AwkUnsupported('RS other than newline');
        if (f === '-' || f === '/dev/stdin') {
          // A pipe is read a line at a time, so `tail -f log | awk …` prints as lines arrive.
          machine.vars.set('FILENAME', '');
          machine.vars.set('FNR', 0);
          const pacer = new Pacer(ctx);
          for (;;) {
            const line = await ctx.stdin.readLine();
            if (line === null) break;
            if (!(await pacer.tick())) return pacer.status;
            const r = machine.record(line.endsWith('\n') ? line.slice(0, -1) : line);
            flush();
            if (r === 'nextfile') break;
            if (r === 'exit') {
              go = false;
              break;
            }
          }
          continue;
        }
        let text: string;
        try {
          const p = ctx.resolve(f);
          if (ctx.fs.stat(p).type === 'dir') {
            ctx.stderr.write(
              `awk: warning: command line argument \`${f}' is a directory: skipped\n`,
            );
            continue;
          }
          text = ctx.fs.readText(p);
        } catch (e) {
          flush();
          ctx.stderr.write(`awk: cannot open ${f} (${errText(e)})\n`);
          status = 2;
          continue;
        }
        machine.vars.set('FILENAME', f === '-' ? '' : f);
        machine.vars.set('FNR', 0);
        const lines = text.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        for (const line of lines) {
          const r = machine.record(line);
          if (r === 'nextfile') break;
          if (r === 'exit') {
            go = false;
            break;
          }
        }
      }
    }
    machine.end();
  } catch (e) {
    flush();
    if (e instanceof AwkUnsupported) {
      ctx.stderr.write(`${UNSUPPORTED} (${e.message})\n`);
      return 2;
    }
    if (e instanceof AwkRuntimeError) {
      if (e.message === 'STEP_LIMIT') {
        ctx.stderr.write('layerlab: awk stopped: the program ran too long\n');
        return 2;
      }
      ctx.stderr.write(`awk: run time error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  flush();
  return status || machine.exitCode;
});
