// Running a lesson program's statements: imports, assignments, def with decorators, if, try/except,
// return, expression statements (print, app.run). Loops, classes and with-blocks are beyond the
// lab and say so. Exceptions carry the frames a traceback prints.

import { evaluate, Unsupported, type Scope } from './expr';
import type { Line } from './source';
import { fn, PyException, pyStr, type PyObject, type Value } from './values';

export interface Frame {
  readonly file: string;
  readonly line: number;
  readonly func: string;
  readonly shown: string;
}

const frames = new WeakMap<PyException, Frame[]>();

export function framesOf(e: PyException): Frame[] {
  return frames.get(e) ?? [];
}

class Return {
  constructor(readonly value: Value) {}
}

export interface Importer {
  /** The module object, or a ModuleNotFoundError/ImportError thrown as a PyException. */
  load(name: string): PyObject;
  /** Where a loaded module lives, for ImportError's text. */
  pathOf(name: string): string;
}

export class Program {
  readonly globals = new Map<string, Value>();

  constructor(
    private readonly file: string,
    private readonly lines: readonly Line[],
    private readonly importer: Importer,
    builtins: Record<string, Value>,
  ) {
    for (const [k, v] of Object.entries(builtins)) this.globals.set(k, v);
    this.globals.set('__name__', '__main__');
    this.globals.set('__file__', file);
  }

  /** Run the module; PyException and Unsupported propagate. */
  runModule(): void {
    this.block(0, this.lines.length, this.globals, '<module>');
  }

  private scope(locals: Map<string, Value>): Scope {
    return {
      lookup: (n) => (locals.has(n) ? locals.get(n) : this.globals.get(n)),
    };
  }

  /** The end (exclusive) of the block whose header is at `i`. */
  private blockEnd(i: number, end: number): number {
    const indent = this.lines[i]?.indent ?? 0;
    let j = i + 1;
    while (j < end && (this.lines[j]?.indent ?? 0) > indent) j++;
    return j;
  }

  private block(from: number, to: number, locals: Map<string, Value>, func: string): void {
    let i = from;
    const decorators: Value[] = [];
    while (i < to) {
      const line = this.lines[i] as Line;
      const t = line.text;
      try {
        let m: RegExpExecArray | null;
        if ((m = /^import\s+(.+)$/.exec(t))) {
          for (const part of (m[1] ?? '').split(',')) {
            const [name = '', alias] = part.trim().split(/\s+as\s+/);
            const mod = this.importer.load(name);
            locals.set(alias ?? name.split('.')[0] ?? name, mod);
          }
          i++;
        } else if ((m = /^from\s+([\w.]+)\s+import\s+\(?([^)]+)\)?$/.exec(t))) {
          const mod = this.importer.load(m[1] ?? '');
          for (const part of (m[2] ?? '').split(',')) {
            const [name = '', alias] = part.trim().split(/\s+as\s+/);
            if (!(name in mod.attrs))
              throw new PyException(
                'ImportError',
                `cannot import name '${name}' from '${m[1]}' (${this.importer.pathOf(m[1] ?? '')})`,
              );
            locals.set(alias ?? name, mod.attrs[name] ?? null);
          }
          i++;
        } else if ((m = /^@(.+)$/.exec(t))) {
          decorators.push(evaluate(m[1] ?? '', this.scope(locals)));
          i++;
        } else if ((m = /^def\s+(\w+)\s*\(([^)]*)\)\s*(->\s*[\w.]+\s*)?:$/.exec(t))) {
          const end = this.blockEnd(i, to);
          const name = m[1] ?? '';
          const params = (m[2] ?? '')
            .split(',')
            .map((p) => p.trim().split(/[:=]/)[0]?.trim() ?? '')
            .filter(Boolean);
          const start = i + 1;
          let f: Value = fn(name, (args) => {
            const l = new Map<string, Value>();
            params.forEach((p, n) => l.set(p, args[n] ?? null));
            try {
              this.block(start, end, l, name);
            } catch (e) {
              if (e instanceof Return) return e.value;
              throw e;
            }
            return null;
          });
          for (const d of decorators.reverse()) {
            if (d === null || typeof d !== 'object' || !d.call)
              throw new PyException('TypeError', `'${pyStr(d)}' object is not callable`);
            f = d.call([f], {});
          }
          decorators.length = 0;
          locals.set(name, f);
          i = end;
        } else if ((m = /^if\s+(.+):$/.exec(t))) {
          i = this.ifChain(i, to, locals, func);
        } else if (t === 'try:') {
          i = this.tryBlock(i, to, locals, func);
        } else if ((m = /^return(?:\s+(.+))?$/.exec(t))) {
          throw new Return(m[1] ? evaluate(m[1], this.scope(locals)) : null);
        } else if (t === 'pass') {
          i++;
        } else if ((m = /^([A-Za-z_]\w*)\s*=(?!=)\s*(.+)$/s.exec(t))) {
          locals.set(m[1] ?? '', evaluate(m[2] ?? '', this.scope(locals)));
          i++;
        } else if (/^(for|while|class|with|async|lambda|global|del|raise|assert|yield)\b/.test(t)) {
          throw new Unsupported(t.split(/\s/)[0] ?? t);
        } else {
          evaluate(t, this.scope(locals));
          i++;
        }
      } catch (e) {
        if (e instanceof PyException) {
          const list = frames.get(e) ?? [];
          list.unshift({ file: this.file, line: line.no, func, shown: line.shown });
          frames.set(e, list);
        }
        throw e;
      }
    }
  }

  private ifChain(i: number, to: number, locals: Map<string, Value>, func: string): number {
    const indent = this.lines[i]?.indent ?? 0;
    let done = false;
    let j = i;
    while (j < to) {
      const l = this.lines[j] as Line;
      if (l.indent !== indent) break;
      const head = j === i ? /^if\s+(.+):$/.exec(l.text) : /^elif\s+(.+):$/.exec(l.text);
      const isElse = j !== i && l.text === 'else:';
      if (!head && !isElse) break;
      const end = this.blockEnd(j, to);
      if (!done) {
        const cond = isElse ? true : evaluate(head?.[1] ?? '', this.scope(locals));
        if (cond !== false && cond !== null && cond !== 0 && cond !== '') {
          done = true;
          this.block(j + 1, end, locals, func);
        }
      }
      j = end;
    }
    return j;
  }

  private tryBlock(i: number, to: number, locals: Map<string, Value>, func: string): number {
    const indent = this.lines[i]?.indent ?? 0;
    const bodyEnd = this.blockEnd(i, to);
    const handlers: { names: string[]; alias?: string; from: number; to: number }[] = [];
    let finallyAt: [number, number] | undefined;
    let j = bodyEnd;
    while (j < to && this.lines[j]?.indent === indent) {
      const t = this.lines[j]?.text ?? '';
      const m = /^except(?:\s+\(?([\w.,\s]+?)\)?(?:\s+as\s+(\w+))?)?\s*:$/.exec(t);
      const end = this.blockEnd(j, to);
      if (m) {
        handlers.push({
          names: m[1]
            ? m[1].split(',').map((s) => s.trim().split('.').pop() ?? '')
            : ['BaseException'],
          ...(m[2] ? { alias: m[2] } : {}),
          from: j + 1,
          to: end,
        });
      } else if (t === 'finally:') finallyAt = [j + 1, end];
      else if (t === 'else:') {
        // else runs after a clean body; handled below with the body
      } else break;
      j = end;
    }
    try {
      this.block(i + 1, bodyEnd, locals, func);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      const h = handlers.find((x) => x.names.some((n) => e.matches(n)));
      if (!h) throw e;
      frames.delete(e);
      if (h.alias) locals.set(h.alias, `${e.message}`);
      this.block(h.from, h.to, locals, func);
    } finally {
      if (finallyAt) this.block(finallyAt[0], finallyAt[1], locals, func);
    }
    return j;
  }
}
