// BuildKit's TTY display (progressui/display.go): a header `[+] Building 1.2s (8/8) FINISHED`
// with `docker:default` right-aligned, then one line per vertex and sub-status with its timer
// ending at column width-1, the last lines of a running step's output under it (` => => # …`),
// all redrawn in place (cursor up, overwrite) as the build goes. Completed lines are blue,
// errors red, the header bold; the transcript renderer keeps only the final screen.

import type { BuildProgress, Vertex } from '../../../engine/build/builder';
import type { OutputStream } from '../../../shell/types';
import { runeWidth, stringWidth } from '../../format/runewidth';

const BLUE = '\x1b[34m';
const RED = '\x1b[31m';
const BOLD = '\x1b[1m';
const FAINT = '\x1b[2m';
const RESET = '\x1b[0m';
const TERM_LINES = 6;

function timer(ms: number): string {
  let dt = ms / 1000;
  if (dt < 0.05) dt = 0;
  return ` ${dt.toFixed(1).padStart(3, ' ')}s`;
}

/** Go's align: `l` padded to w-len(r)-1, a space, then r (r counts its '\n'). */
function align(l: string, r: string, w: number): string {
  const width = Math.max(0, w - r.length - 1);
  return `${l}${' '.repeat(Math.max(0, width - stringWidth(l)))} ${r}`;
}

/**
 * The longest start of `s` that fits `max` terminal columns. Widths are display widths, so a
 * step named in Chinese (seed 002's trailing comments) stays on one line and the redraw's
 * cursor-up count holds; BuildKit 0.22 counts runes there and overflows (moby/buildkit#4461).
 */
function fit(s: string, max: number): string {
  if (stringWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = runeWidth(ch.codePointAt(0) ?? 0);
    if (w + cw > max) break;
    w += cw;
    out += ch;
  }
  return out;
}

export class TtyDisplay {
  private readonly vertices = new Map<number, Vertex>();
  private readonly logs = new Map<number, string[]>();
  private lineCount = 0;
  /** Vertices the solver announced but has not started: they count in the header's total. */
  private pending = 0;
  private drawn = false;
  private lastDrawMs = -Infinity;

  constructor(
    private readonly out: OutputStream,
    private readonly startMs: number,
    private readonly now: () => number,
  ) {}

  update(p: BuildProgress): void {
    if (p.type === 'pending') {
      this.pending = p.count;
      return;
    }
    if (p.type === 'vertex') this.vertices.set(p.vertex.index, p.vertex);
    else if (p.type === 'log') {
      let l = this.logs.get(p.vertex);
      if (!l) this.logs.set(p.vertex, (l = []));
      l.push(p.text.replace(/\n$/, ''));
      if (l.length > 200) l.splice(0, l.length - 200);
    }
    // BuildKit redraws on a 100 ms tick; the lab redraws when lab time has moved that much.
    if (this.now() - this.lastDrawMs >= 100) this.draw(false);
  }

  finish(): void {
    this.draw(true);
  }

  private draw(all: boolean): void {
    this.lastDrawMs = this.now();
    const width = Math.max(20, this.out.columns);
    const now = this.now();
    let s = '';
    if (this.drawn) s += `\x1b[${this.lineCount + 1}A\r`;
    this.drawn = true;
    const list = [...this.vertices.values()].sort((a, b) => a.index - b.index);
    const done = list.filter((v) => v.completedMs !== undefined).length;
    // The last redraw says FINISHED even when a step failed or others never started.
    const status = all ? 'FINISHED' : '';
    const secs = ((now - this.startMs) / 1000).toFixed(1);
    const head = `[+] Building ${secs}s (${done}/${list.length + this.pending}) ${status}`;
    s += `${BOLD}${align(head, 'docker:default', width - 1)}${RESET}\n`;
    let lines = 0;
    for (const v of list) {
      const end = v.completedMs ?? now;
      let name = v.name;
      if (v.error !== undefined) name = `ERROR ${name}`;
      else if (v.cached) name = `CACHED ${name}`;
      s += this.line(
        ' => ',
        name,
        timer(end - v.startedMs),
        width,
        v.completedMs !== undefined ? (v.error !== undefined ? RED : BLUE) : '',
      );
      lines++;
      for (const st of v.statuses) {
        const e = st.completedMs ?? now;
        s += this.line(
          ' => => ',
          st.text,
          timer(e - st.startedMs),
          width,
          st.completedMs !== undefined ? BLUE : '',
        );
        lines++;
      }
      if (v.completedMs === undefined) {
        for (const l of (this.logs.get(v.index) ?? []).slice(-TERM_LINES)) {
          if (l.trim() === '') continue;
          s += `${FAINT} => => # ${fit(l, width - 10)}${RESET}\n`;
          lines++;
        }
      }
    }
    const diff = this.lineCount - lines;
    if (diff > 0) {
      for (let i = 0; i < diff; i++) s += `${' '.repeat(width - 1)}\n`;
      s += `\x1b[${diff}A\r`;
    }
    this.lineCount = lines;
    this.out.write(s);
  }

  private line(pfx: string, name: string, t: string, width: number, color: string): string {
    const tm = `${t}\n`;
    const left = width - pfx.length - tm.length - 1;
    const text = align(pfx + fit(name, Math.max(0, left)), tm, width);
    const body = text.slice(0, -1);
    return color ? `${color}${body}${RESET}\n` : `${body}\n`;
  }

  /** The logs kept for a vertex (the error block prints them). */
  logsOf(index: number): readonly string[] {
    return this.logs.get(index) ?? [];
  }
}
