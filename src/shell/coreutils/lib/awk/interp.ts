// The awk interpreter: values are numbers, strings, or "strnums" (input that looks numeric
// compares as a number, as POSIX says). Synchronous; loops are bounded by a step budget.

import { compilePosix, RegexError } from '../regex';
import { format, formatG } from '../printf';
import { AwkUnsupported } from './lexer';
import type { Expr, Rule, Stmt } from './parser';

export class StrNum {
  constructor(readonly s: string) {}
}
export type Val = number | string | StrNum;

const UNINIT = new StrNum('');
const NUMERIC = /^[ \t\n]*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)[ \t\n]*$/;

export class AwkRuntimeError extends Error {}
class Next {}
class NextFile {}
class Exit {
  constructor(readonly code: number) {}
}
class Break {}
class Continue {}

export interface AwkIO {
  write(text: string): void;
  writeFile(path: string, text: string, append: boolean): void;
  error(text: string): void;
}

function isStrNumeric(v: Val): boolean {
  if (typeof v === 'number') return true;
  if (v instanceof StrNum) return v === UNINIT || NUMERIC.test(v.s);
  return false;
}

export class Awk {
  vars = new Map<string, Val>();
  arrays = new Map<string, Map<string, Val>>();
  fields: string[] = [''];
  private nf = 0;
  private steps = 0;
  private regexCache = new Map<string, RegExp>();
  private files = new Set<string>();
  exitCode = 0;
  private exiting = false;

  constructor(
    private readonly rules: Rule[],
    private readonly io: AwkIO,
    env: Readonly<Record<string, string>>,
    private readonly maxSteps = 5_000_000,
  ) {
    this.vars.set('FS', ' ');
    this.vars.set('OFS', ' ');
    this.vars.set('ORS', '\n');
    this.vars.set('RS', '\n');
    this.vars.set('NR', 0);
    this.vars.set('NF', 0);
    this.vars.set('FNR', 0);
    this.vars.set('SUBSEP', '\x1c');
    this.vars.set('CONVFMT', '%.6g');
    this.vars.set('OFMT', '%.6g');
    this.vars.set('RSTART', 0);
    this.vars.set('RLENGTH', -1);
    this.vars.set('FILENAME', '');
    this.arrays.set('ENVIRON', new Map(Object.entries(env)));
  }

  // ---- conversions

  num(v: Val): number {
    if (typeof v === 'number') return v;
    const s = typeof v === 'string' ? v : v.s;
    const m =
      /^[ \t\n]*([-+]?(?:0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|inf(?:inity)?|nan))/i.exec(
        s,
      );
    if (!m) return 0;
    const t = m[1].toLowerCase();
    if (/^[-+]?0x/.test(t)) return 0;
    if (/inf/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/nan/.test(t)) return NaN;
    return Number(m[1]);
  }

  str(v: Val, fmtVar = 'CONVFMT'): string {
    if (typeof v === 'string') return v;
    if (v instanceof StrNum) return v.s;
    if (Number.isInteger(v)) return String(v);
    if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
    const f = this.str(this.vars.get(fmtVar) ?? '%.6g');
    return f === '%.6g' ? formatG(v, 6) : this.sprintf(f, [v]);
  }

  private bool(v: Val): boolean {
    if (typeof v === 'number') return v !== 0;
    if (v instanceof StrNum)
      return isStrNumeric(v) && v !== UNINIT ? this.num(v) !== 0 : v.s !== '';
    return v !== '';
  }

  sprintf(fmt: string, args: Val[]): string {
    return format(
      fmt,
      args.map((a) => (typeof a === 'number' ? a : this.str(a))),
      {
        toNumber: (x) => (typeof x === 'number' ? x : this.num(x)),
        toString: (x) => (typeof x === 'number' ? this.str(x) : x),
      },
    );
  }

  regex(src: string): RegExp {
    let re = this.regexCache.get(src);
    if (!re) {
      try {
        re = compilePosix(src, true);
      } catch (e) {
        if (e instanceof RegexError)
          throw new AwkRuntimeError(`regular expression compile failed (${e.message})\n${src}`);
        throw e;
      }
      this.regexCache.set(src, re);
    }
    return re;
  }

  private toRegex(e: Expr): RegExp {
    if (e.t === 're') return this.regex(e.src);
    return this.regex(this.str(this.eval(e)));
  }

  // ---- records and fields

  setRecord(text: string): void {
    this.fields = [text];
    this.split();
  }

  private split(): void {
    const rec = this.fields[0];
    const fs = this.str(this.vars.get('FS') ?? ' ');
    let parts: string[];
    if (rec === '') parts = [];
    else if (fs === ' ') parts = rec.split(/[ \t\n]+/).filter((p) => p !== '');
    else if (fs.length === 1 && fs !== '\\') parts = rec.split(fs);
    else if (fs === '\t') parts = rec.split('\t');
    else parts = rec.split(new RegExp(this.regex(fs).source));
    this.fields = [rec, ...parts];
    this.nf = parts.length;
    this.vars.set('NF', this.nf);
  }

  private rebuild(): void {
    const ofs = this.str(this.vars.get('OFS') ?? ' ');
    this.fields[0] = this.fields.slice(1, this.nf + 1).join(ofs);
  }

  private getField(i: number): Val {
    if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
    const v = this.fields[i];
    return v === undefined ? UNINIT : new StrNum(v);
  }

  private setField(i: number, v: string): void {
    if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
    if (i === 0) {
      this.setRecord(v);
      return;
    }
    while (this.fields.length <= i) this.fields.push('');
    this.fields[i] = v;
    if (i > this.nf) {
      this.nf = i;
      this.vars.set('NF', i);
    }
    this.rebuild();
  }

  private setNF(n: number): void {
    const k = Math.max(0, Math.trunc(n));
    while (this.fields.length <= k) this.fields.push('');
    this.fields.length = k + 1;
    this.nf = k;
    this.vars.set('NF', k);
    this.rebuild();
  }

  // ---- variables

  private array(name: string): Map<string, Val> {
    if (this.vars.has(name)) throw new AwkRuntimeError(`can't use scalar ${name} as array`);
    let a = this.arrays.get(name);
    if (!a) this.arrays.set(name, (a = new Map()));
    return a;
  }

  private key(keys: Expr[]): string {
    return keys
      .map((k) => this.str(this.eval(k)))
      .join(this.str(this.vars.get('SUBSEP') ?? '\x1c'));
  }

  private get(e: Expr): Val {
    switch (e.t) {
      case 'var':
        if (this.arrays.has(e.name))
          throw new AwkRuntimeError(`can't use array ${e.name} in scalar context`);
        return this.vars.get(e.name) ?? UNINIT;
      case 'idx': {
        const a = this.array(e.name);
        const k = this.key(e.keys);
        const v = a.get(k);
        if (v === undefined) {
          a.set(k, UNINIT);
          return UNINIT;
        }
        return v;
      }
      case 'field':
        return this.getField(Math.trunc(this.num(this.eval(e.e))));
      default:
        return this.eval(e);
    }
  }

  private set(e: Expr, v: Val): Val {
    const stored: Val = v instanceof StrNum && v === UNINIT ? '' : v;
    switch (e.t) {
      case 'var':
        if (this.arrays.has(e.name))
          throw new AwkRuntimeError(`can't assign to ${e.name}; it's an array name.`);
        if (e.name === 'NF') this.setNF(this.num(stored));
        else this.vars.set(e.name, stored);
        break;
      case 'idx':
        this.array(e.name).set(this.key(e.keys), stored);
        break;
      case 'field':
        this.setField(Math.trunc(this.num(this.eval(e.e))), this.str(stored));
        break;
      default:
        throw new AwkRuntimeError('assignment to a non-variable');
    }
    return stored;
  }

  // ---- evaluation

  private compare(a: Val, b: Val): number {
    if (isStrNumeric(a) && isStrNumeric(b)) {
      const x = this.num(a);
      const y = this.num(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = this.str(a);
    const y = this.str(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  eval(e: Expr): Val {
    switch (e.t) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 're':
        return this.regex(e.src).test(this.fields[0]) ? 1 : 0;
      case 'group':
        return this.eval(e.e);
      case 'var':
      case 'idx':
      case 'field':
        return this.get(e);
      case 'assign': {
        if (e.op === '=') return this.set(e.target, this.eval(e.e));
        const cur = this.num(this.get(e.target));
        const r = this.num(this.eval(e.e));
        return this.set(e.target, this.arith(e.op.slice(0, -1), cur, r));
      }
      case 'cond':
        return this.bool(this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
      case 'and':
        return this.bool(this.eval(e.a)) && this.bool(this.eval(e.b)) ? 1 : 0;
      case 'or':
        return this.bool(this.eval(e.a)) || this.bool(this.eval(e.b)) ? 1 : 0;
      case 'not':
        return this.bool(this.eval(e.e)) ? 0 : 1;
      case 'neg':
        return -this.num(this.eval(e.e));
      case 'plus':
        return this.num(this.eval(e.e));
      case 'match': {
        const s = this.str(this.eval(e.e));
        return this.toRegex(e.re).test(s) !== e.neg ? 1 : 0;
      }
      case 'in':
        return this.array(e.name).has(this.key(e.keys)) ? 1 : 0;
      case 'incdec': {
        const cur = this.num(this.get(e.target));
        const next = e.op === '++' ? cur + 1 : cur - 1;
        this.set(e.target, next);
        return e.prefix ? next : cur;
      }
      case 'bin': {
        if (e.op === 'concat') return this.str(this.eval(e.a)) + this.str(this.eval(e.b));
        const a = this.eval(e.a);
        const b = this.eval(e.b);
        switch (e.op) {
          case '<':
            return this.compare(a, b) < 0 ? 1 : 0;
          case '<=':
            return this.compare(a, b) <= 0 ? 1 : 0;
          case '>':
            return this.compare(a, b) > 0 ? 1 : 0;
          case '>=':
            return this.compare(a, b) >= 0 ? 1 : 0;
          case '==':
            return this.compare(a, b) === 0 ? 1 : 0;
          case '!=':
            return this.compare(a, b) !== 0 ? 1 : 0;
          default:
            return this.arith(e.op, this.num(a), this.num(b));
        }
      }
      case 'call':
        return this.call(e.name, e.args);
    }
  }

  private arith(op: string, a: number, b: number): number {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) throw new AwkRuntimeError('division by zero');
        return a / b;
      case '%':
        if (b === 0) throw new AwkRuntimeError('division by zero in %');
        return a % b;
      case '^':
        return a ** b;
    }
    throw new AwkRuntimeError(`unknown operator ${op}`);
  }

  private call(name: string, args: Expr[]): Val {
    const s = (i: number): string => this.str(this.eval(args[i]));
    const n = (i: number): number => this.num(this.eval(args[i]));
    switch (name) {
      case 'length':
        if (args.length === 0) return [...this.fields[0]].length;
        if (args[0].t === 'var' && this.arrays.has(args[0].name))
          return this.array(args[0].name).size;
        return [...s(0)].length;
      case 'substr': {
        const str = [...s(0)];
        const m = Math.round(n(1));
        const len = args.length > 2 ? Math.round(n(2)) : Infinity;
        const start = Math.max(1, m);
        const end = len === Infinity ? str.length + 1 : m + len;
        return end <= start ? '' : str.slice(start - 1, end - 1).join('');
      }
      case 'index': {
        const i = s(0).indexOf(s(1));
        return i < 0 ? 0 : [...s(0).slice(0, i)].length + 1;
      }
      case 'split': {
        if (args[1]?.t !== 'var')
          throw new AwkRuntimeError('split: second argument is not an array');
        const str = s(0);
        const arrName = args[1].name;
        this.vars.delete(arrName);
        const arr = this.array(arrName);
        arr.clear();
        const fs =
          args.length > 2
            ? args[2].t === 're'
              ? args[2].src
              : s(2)
            : this.str(this.vars.get('FS') ?? ' ');
        let parts: string[];
        if (str === '') parts = [];
        else if (fs === ' ') parts = str.split(/[ \t\n]+/).filter((p) => p !== '');
        else if (fs.length === 1 && args[2]?.t !== 're') parts = str.split(fs);
        else parts = str.split(new RegExp(this.regex(fs).source));
        parts.forEach((p, i) => arr.set(String(i + 1), new StrNum(p)));
        return parts.length;
      }
      case 'sub':
      case 'gsub': {
        const re = this.toRegex(args[0]);
        const target: Expr = args[2] ?? { t: 'field', e: { t: 'num', v: 0 } };
        const text = this.str(this.get(target));
        const rep = s(1);
        const g = new RegExp(re.source, 'g');
        let count = 0;
        const out = text.replace(g, (m) => {
          if (name === 'sub' && count > 0) return m;
          count++;
          return rep.replace(/\\\\&|\\&|&/g, (x) => (x === '&' ? m : x === '\\&' ? '&' : '\\' + m));
        });
        if (count > 0) this.set(target, out);
        return count;
      }
      case 'match': {
        const str = s(0);
        const m = this.toRegex(args[1]).exec(str);
        const start = m ? [...str.slice(0, m.index)].length + 1 : 0;
        const len = m ? [...m[0]].length : -1;
        this.vars.set('RSTART', start);
        this.vars.set('RLENGTH', len);
        return start;
      }
      case 'sprintf':
        if (args.length === 0) return '';
        return this.sprintf(
          s(0),
          args.slice(1).map((a) => this.eval(a)),
        );
      case 'tolower':
        return s(0).toLowerCase();
      case 'toupper':
        return s(0).toUpperCase();
      case 'int':
        return Math.trunc(n(0));
      case 'sqrt':
        return Math.sqrt(n(0));
      case 'exp':
        return Math.exp(n(0));
      case 'log':
        return Math.log(n(0));
      case 'sin':
        return Math.sin(n(0));
      case 'cos':
        return Math.cos(n(0));
      case 'atan2':
        return Math.atan2(n(0), n(1));
    }
    throw new AwkUnsupported(name);
  }

  // ---- statements

  private tick(): void {
    if (++this.steps > this.maxSteps) throw new AwkRuntimeError('STEP_LIMIT');
  }

  private output(text: string, redirect: { op: string; e: Expr } | undefined): void {
    if (!redirect) {
      this.io.write(text);
      return;
    }
    const path = this.str(this.eval(redirect.e));
    if (path === '/dev/stdout' || path === '-') this.io.write(text);
    else if (path === '/dev/stderr') this.io.error(text);
    else {
      const append = redirect.op === '>>' || this.files.has(path);
      this.files.add(path);
      this.io.writeFile(path, text, append);
    }
  }

  exec(s: Stmt): void {
    this.tick();
    switch (s.t) {
      case 'print': {
        const ofs = this.str(this.vars.get('OFS') ?? ' ');
        const ors = this.str(this.vars.get('ORS') ?? '\n');
        const text =
          s.args.length === 0
            ? this.fields[0]
            : s.args.map((a) => this.str(this.eval(a), 'OFMT')).join(ofs);
        this.output(text + ors, s.redirect);
        break;
      }
      case 'printf': {
        if (s.args.length === 0) throw new AwkRuntimeError('printf: no format');
        const [f, ...rest] = s.args;
        this.output(
          this.sprintf(
            this.str(this.eval(f)),
            rest.map((a) => this.eval(a)),
          ),
          s.redirect,
        );
        break;
      }
      case 'expr':
        this.eval(s.e);
        break;
      case 'if':
        if (this.bool(this.eval(s.c))) this.exec(s.a);
        else if (s.b) this.exec(s.b);
        break;
      case 'while':
        while (this.bool(this.eval(s.c))) {
          this.tick();
          try {
            this.exec(s.body);
          } catch (e) {
            if (e instanceof Break) break;
            if (!(e instanceof Continue)) throw e;
          }
        }
        break;
      case 'do':
        do {
          this.tick();
          try {
            this.exec(s.body);
          } catch (e) {
            if (e instanceof Break) break;
            if (!(e instanceof Continue)) throw e;
          }
        } while (this.bool(this.eval(s.c)));
        break;
      case 'for':
        if (s.init) this.exec(s.init);
        while (!s.c || this.bool(this.eval(s.c))) {
          this.tick();
          try {
            this.exec(s.body);
          } catch (e) {
            if (e instanceof Break) break;
            if (!(e instanceof Continue)) throw e;
          }
          if (s.step) this.exec(s.step);
        }
        break;
      case 'forin': {
        const keys = [...this.array(s.arr).keys()];
        for (const k of keys) {
          this.tick();
          this.set({ t: 'var', name: s.v }, isStrNumeric(new StrNum(k)) ? new StrNum(k) : k);
          try {
            this.exec(s.body);
          } catch (e) {
            if (e instanceof Break) break;
            if (!(e instanceof Continue)) throw e;
          }
        }
        break;
      }
      case 'block':
        for (const x of s.body) this.exec(x);
        break;
      case 'next':
        throw new Next();
      case 'nextfile':
        throw new NextFile();
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'exit':
        throw new Exit(s.e ? Math.trunc(this.num(this.eval(s.e))) : this.exitCode);
      case 'delete':
        if (s.keys) this.array(s.name).delete(this.key(s.keys));
        else this.array(s.name).clear();
        break;
    }
  }

  private runAction(action: Stmt[] | undefined): void {
    if (!action) {
      this.io.write(this.fields[0] + this.str(this.vars.get('ORS') ?? '\n'));
      return;
    }
    for (const s of action) this.exec(s);
  }

  /** Run BEGIN rules; false when the program exited there. */
  begin(): boolean {
    try {
      for (const r of this.rules) if (r.pattern.t === 'begin') this.runAction(r.action);
    } catch (e) {
      if (e instanceof Exit) {
        this.exitCode = e.code;
        this.exiting = true;
        return false;
      }
      throw e;
    }
    return true;
  }

  get needsInput(): boolean {
    return this.rules.some((r) => r.pattern.t !== 'begin');
  }

  /** Process one record; returns 'nextfile' or 'exit' to stop early. */
  record(text: string): 'ok' | 'nextfile' | 'exit' {
    this.vars.set('NR', this.num(this.vars.get('NR') ?? 0) + 1);
    this.vars.set('FNR', this.num(this.vars.get('FNR') ?? 0) + 1);
    this.setRecord(text);
    try {
      for (const r of this.rules) {
        const p = r.pattern;
        if (p.t === 'begin' || p.t === 'end') continue;
        let run = false;
        if (p.t === 'all') run = true;
        else if (p.t === 'expr') run = this.bool(this.eval(p.e));
        else if (p.active) {
          run = true;
          if (this.bool(this.eval(p.b))) p.active = false;
        } else if (this.bool(this.eval(p.a))) {
          run = true;
          p.active = !this.bool(this.eval(p.b));
        }
        if (run) this.runAction(r.action);
      }
    } catch (e) {
      if (e instanceof Next) return 'ok';
      if (e instanceof NextFile) return 'nextfile';
      if (e instanceof Exit) {
        this.exitCode = e.code;
        this.exiting = true;
        return 'exit';
      }
      throw e;
    }
    return 'ok';
  }

  end(): void {
    try {
      for (const r of this.rules) if (r.pattern.t === 'end') this.runAction(r.action);
    } catch (e) {
      if (e instanceof Exit) {
        this.exitCode = e.code;
        return;
      }
      if (e instanceof Next) throw new AwkRuntimeError('next used in END action');
      throw e;
    }
  }

  /** Whether END should still run after an exit (POSIX: exit in BEGIN/main still runs END). */
  get exited(): boolean {
    return this.exiting;
  }
}
