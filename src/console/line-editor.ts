// The line editor (readline's job): an editable line after a prompt, cursor movement, kill and
// yank, history, reverse search and completion. It draws with relative cursor moves from where
// the prompt began, so text a command left on the line without a newline is never overwritten.

import type { Completer } from './tty';
import type { History } from './history';
import type { Key } from './keys';
import { cellWidth, displayWidth } from './width';

export type EditorOutcome =
  | { readonly kind: 'pending' }
  | { readonly kind: 'submit'; readonly text: string }
  | { readonly kind: 'eof' }
  | { readonly kind: 'interrupt' };

const PENDING: EditorOutcome = { kind: 'pending' };

interface Search {
  query: string;
  /** Index into history of the current match, or -1. */
  match: number;
  failed: boolean;
  saved: { line: string; cursor: number };
}

export interface LineEditorOptions {
  readonly prompt: string;
  readonly history?: History;
  readonly complete?: Completer;
  /** Column (0-based) where the prompt starts: whatever output left on the current row. */
  readonly startColumn: number;
  readonly columns: number;
  /**
   * The terminal's real width, for laying out a completion listing when `columns` is the
   * transcript runner's unbounded no-wrap width; defaults to `columns`.
   */
  readonly listColumns?: number;
  readonly write: (data: string) => void;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

export class LineEditor {
  private line = '';
  private cursor = 0; // index into `line` (UTF-16 units)
  private historyIndex: number; // == entries.length means "the line being typed"
  private draft = '';
  private killed = '';
  private search: Search | null = null;
  private lastWasTab = false;
  /** Where the cursor is now, in cells from the prompt's start. */
  private drawnCursor = 0;
  private startColumn: number;
  private columns: number;
  private readonly opts: LineEditorOptions;

  constructor(opts: LineEditorOptions) {
    this.opts = opts;
    this.startColumn = opts.startColumn;
    this.columns = Math.max(1, opts.columns);
    this.historyIndex = opts.history?.entries().length ?? 0;
  }

  get text(): string {
    return this.line;
  }

  /** Paint the prompt (and any text already typed). */
  start(): void {
    this.drawnCursor = 0;
    this.redraw(true);
  }

  resize(columns: number): void {
    this.columns = Math.max(1, columns);
  }

  /** Keys arrive in batches; draw once at the end of the batch, not per key. */
  handleKeys(
    keys: readonly Key[],
    from: number,
    onOutcome: (o: EditorOutcome, next: number) => void,
  ): void {
    for (let i = from; i < keys.length; i++) {
      const outcome = this.handle(keys[i] as Key);
      if (outcome.kind !== 'pending') {
        onOutcome(outcome, i + 1);
        return;
      }
    }
    this.redraw(false);
    onOutcome(PENDING, keys.length);
  }

  private handle(key: Key): EditorOutcome {
    const wasTab = this.lastWasTab;
    this.lastWasTab = false;
    if (this.search) return this.handleSearch(key);
    switch (key.kind) {
      case 'text':
        this.insert(key.text);
        return PENDING;
      case 'enter':
        return this.finish({ kind: 'submit', text: this.line }, '\r\n');
      case 'ignored':
        return PENDING;
      case 'alt':
        return this.handleAlt(key.key);
      case 'nav':
        return this.handleNav(key.name, wasTab);
      case 'ctrl':
        return this.handleCtrl(key.letter);
    }
  }

  private handleNav(name: Extract<Key, { kind: 'nav' }>['name'], wasTab: boolean): EditorOutcome {
    switch (name) {
      case 'left':
        this.cursor = this.prevIndex(this.cursor);
        break;
      case 'right':
        this.cursor = this.nextIndex(this.cursor);
        break;
      case 'home':
        this.cursor = 0;
        break;
      case 'end':
        this.cursor = this.line.length;
        break;
      case 'backspace':
        if (this.cursor > 0) {
          const p = this.prevIndex(this.cursor);
          this.line = this.line.slice(0, p) + this.line.slice(this.cursor);
          this.cursor = p;
        }
        break;
      case 'delete':
        this.deleteForward();
        break;
      case 'up':
        this.walkHistory(-1);
        break;
      case 'down':
        this.walkHistory(1);
        break;
      case 'word-left':
        this.cursor = this.wordStart(this.cursor);
        break;
      case 'word-right':
        this.cursor = this.wordEnd(this.cursor);
        break;
      case 'tab':
        this.completeWord(wasTab);
        break;
      default:
        break;
    }
    return PENDING;
  }

  private handleCtrl(letter: string): EditorOutcome {
    switch (letter) {
      case 'a':
        this.cursor = 0;
        break;
      case 'e':
        this.cursor = this.line.length;
        break;
      case 'b':
        this.cursor = this.prevIndex(this.cursor);
        break;
      case 'f':
        this.cursor = this.nextIndex(this.cursor);
        break;
      case 'k':
        this.killed = this.line.slice(this.cursor);
        this.line = this.line.slice(0, this.cursor);
        break;
      case 'u':
        this.killed = this.line.slice(0, this.cursor);
        this.line = this.line.slice(this.cursor);
        this.cursor = 0;
        break;
      case 'w': {
        // unix-word-rubout: back to the previous whitespace.
        let p = this.cursor;
        while (p > 0 && /\s/.test(this.line[p - 1] as string)) p--;
        while (p > 0 && !/\s/.test(this.line[p - 1] as string)) p--;
        this.killed = this.line.slice(p, this.cursor);
        this.line = this.line.slice(0, p) + this.line.slice(this.cursor);
        this.cursor = p;
        break;
      }
      case 'y':
        this.insert(this.killed);
        break;
      case 'h':
        return this.handleNav('backspace', false);
      case 'd':
        if (this.line === '') return this.finish({ kind: 'eof' }, '');
        this.deleteForward();
        break;
      case 'c':
        return this.finish({ kind: 'interrupt' }, '^C\r\n');
      case 'l':
        this.opts.write('\x1b[H\x1b[2J');
        this.startColumn = 0;
        this.drawnCursor = 0;
        this.redraw(true);
        break;
      case 'p':
        this.walkHistory(-1);
        break;
      case 'n':
        this.walkHistory(1);
        break;
      case 'r':
        this.beginSearch();
        break;
      case 't':
        this.transpose();
        break;
      case 'i':
        return this.handleNav('tab', this.lastWasTab);
      default:
        break;
    }
    return PENDING;
  }

  private handleAlt(key: string): EditorOutcome {
    if (key === 'b') this.cursor = this.wordStart(this.cursor);
    else if (key === 'f') this.cursor = this.wordEnd(this.cursor);
    else if (key === 'd') {
      const end = this.wordEnd(this.cursor);
      this.killed = this.line.slice(this.cursor, end);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(end);
    } else if (key === 'backspace') {
      const start = this.wordStart(this.cursor);
      this.killed = this.line.slice(start, this.cursor);
      this.line = this.line.slice(0, start) + this.line.slice(this.cursor);
      this.cursor = start;
    }
    return PENDING;
  }

  // --- reverse-i-search -------------------------------------------------------------------

  private beginSearch(): void {
    if (!this.opts.history) return;
    this.search = {
      query: '',
      match: -1,
      failed: false,
      saved: { line: this.line, cursor: this.cursor },
    };
  }

  private findMatch(from: number): void {
    const s = this.search;
    const entries = this.opts.history?.entries() ?? [];
    if (!s) return;
    if (s.query === '') {
      s.failed = false;
      return;
    }
    for (let i = Math.min(from, entries.length - 1); i >= 0; i--) {
      const at = (entries[i] as string).lastIndexOf(s.query);
      if (at >= 0) {
        s.match = i;
        s.failed = false;
        this.line = entries[i] as string;
        this.cursor = at;
        return;
      }
    }
    s.failed = true;
  }

  private handleSearch(key: Key): EditorOutcome {
    const s = this.search as Search;
    const entries = this.opts.history?.entries() ?? [];
    if (key.kind === 'text') {
      s.query += key.text;
      this.findMatch(s.match >= 0 ? s.match : entries.length - 1);
      return PENDING;
    }
    if (key.kind === 'nav' && key.name === 'backspace') {
      s.query = s.query.slice(0, -1);
      this.findMatch(entries.length - 1);
      return PENDING;
    }
    if (key.kind === 'ctrl' && key.letter === 'r') {
      this.findMatch(s.match - 1);
      return PENDING;
    }
    if (key.kind === 'ctrl' && (key.letter === 'g' || key.letter === 'c')) {
      this.line = s.saved.line;
      this.cursor = s.saved.cursor;
      this.search = null;
      if (key.letter === 'c') return this.finish({ kind: 'interrupt' }, '^C\r\n');
      return PENDING;
    }
    // Any other key accepts the match and then acts as usual (Enter runs it).
    this.search = null;
    if (key.kind === 'nav' && key.name === 'escape') return PENDING;
    return this.handle(key);
  }

  // --- editing helpers --------------------------------------------------------------------

  private insert(text: string): void {
    if (text === '') return;
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
  }

  private deleteForward(): void {
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.nextIndex(this.cursor));
    }
  }

  private transpose(): void {
    if (this.line.length < 2 || this.cursor === 0) return;
    const at = this.cursor === this.line.length ? this.cursor - 1 : this.cursor;
    const a = this.line[at - 1] as string;
    const b = this.line[at] as string;
    this.line = this.line.slice(0, at - 1) + b + a + this.line.slice(at + 1);
    this.cursor = Math.min(this.line.length, at + 1);
  }

  private prevIndex(i: number): number {
    if (i <= 0) return 0;
    const c = this.line.charCodeAt(i - 1);
    return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  }

  private nextIndex(i: number): number {
    if (i >= this.line.length) return this.line.length;
    const c = this.line.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
  }

  private wordStart(i: number): number {
    let p = i;
    while (p > 0 && !isWordChar(this.line[p - 1])) p--;
    while (p > 0 && isWordChar(this.line[p - 1])) p--;
    return p;
  }

  private wordEnd(i: number): number {
    let p = i;
    while (p < this.line.length && !isWordChar(this.line[p])) p++;
    while (p < this.line.length && isWordChar(this.line[p])) p++;
    return p;
  }

  private walkHistory(step: number): void {
    const entries = this.opts.history?.entries();
    if (!entries) return;
    const next = this.historyIndex + step;
    if (next < 0 || next > entries.length) return;
    if (this.historyIndex === entries.length) this.draft = this.line;
    this.historyIndex = next;
    this.line = next === entries.length ? this.draft : (entries[next] as string);
    this.cursor = this.line.length;
  }

  private completeWord(secondTab: boolean): void {
    const complete = this.opts.complete;
    if (!complete) return; // bash would beep; a silent terminal is kinder on a projector
    const { start, candidates } = complete(this.line, this.cursor);
    if (candidates.length === 0) return;
    const typed = this.line.slice(start, this.cursor);
    if (candidates.length === 1) {
      const only = candidates[0] as string;
      const suffix = only.endsWith('/') ? '' : ' ';
      this.line = this.line.slice(0, start) + only + suffix + this.line.slice(this.cursor);
      this.cursor = start + only.length + suffix.length;
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > typed.length) {
      this.line = this.line.slice(0, start) + prefix + this.line.slice(this.cursor);
      this.cursor = start + prefix.length;
      this.lastWasTab = true;
      return;
    }
    if (!secondTab) {
      this.lastWasTab = true;
      return;
    }
    // Second Tab: list the candidates under the line, then draw the prompt again.
    this.moveTo(this.cellsTo(this.line.length));
    this.opts.write(`\r\n${layoutColumns(candidates, this.opts.listColumns ?? this.columns)}`);
    this.startColumn = 0;
    this.drawnCursor = 0;
    this.redraw(true);
  }

  // --- drawing ----------------------------------------------------------------------------

  private finish(outcome: EditorOutcome, trailer: string): EditorOutcome {
    if (outcome.kind === 'submit') this.search = null;
    this.redraw(false);
    this.moveTo(this.cellsTo(this.line.length));
    this.opts.write(trailer);
    return outcome;
  }

  private visiblePrompt(): string {
    const s = this.search;
    if (!s) return this.opts.prompt;
    return `(${s.failed ? 'failed ' : ''}reverse-i-search)\`${s.query}': `;
  }

  private promptCells(): number {
    return displayWidth(this.visiblePrompt());
  }

  private cellsTo(index: number): number {
    return this.promptCells() + cellWidth(this.line.slice(0, index));
  }

  /** Move the terminal cursor from drawnCursor to `cells` from the prompt's start. */
  private moveTo(cells: number): void {
    const cols = this.columns;
    const fromRow = Math.floor((this.startColumn + this.drawnCursor) / cols);
    const toRow = Math.floor((this.startColumn + cells) / cols);
    const toCol = (this.startColumn + cells) % cols;
    let seq = '';
    if (toRow < fromRow) seq += `\x1b[${fromRow - toRow}A`;
    if (toRow > fromRow) seq += `\x1b[${toRow - fromRow}B`;
    seq += toCol === 0 ? '\r' : `\r\x1b[${toCol}C`;
    if (cells !== this.drawnCursor || seq !== '\r') this.opts.write(seq);
    this.drawnCursor = cells;
  }

  private lastDrawn = '';

  private redraw(force: boolean): void {
    const prompt = this.visiblePrompt();
    const full = prompt + this.line;
    if (!force && full === this.lastDrawn) {
      this.moveTo(this.cellsTo(this.cursor));
      return;
    }
    let out = '';
    if (!force) {
      // Back to the prompt's start, then clear to the end of the screen.
      this.moveTo(0);
      out += '\x1b[J';
    }
    out += full;
    const total = displayWidth(full);
    // At an exact multiple of the width the cursor sits in the "pending wrap" state; a space
    // and a carriage return settle it on the next row, as readline does.
    if ((this.startColumn + total) % this.columns === 0 && total > 0) out += ' \r';
    this.opts.write(out);
    this.drawnCursor = total;
    this.lastDrawn = full;
    this.moveTo(this.cellsTo(this.cursor));
  }
}

function commonPrefix(items: readonly string[]): string {
  let p = items[0] ?? '';
  for (const s of items) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function layoutColumns(items: readonly string[], columns: number): string {
  const width = Math.max(...items.map((s) => cellWidth(s))) + 2;
  // Never more per row than there are items: an unbounded width (the transcript runner's
  // no-wrap mode) must not make the loop below count to 2^53.
  const perRow = Math.max(1, Math.min(items.length, Math.floor(columns / width)));
  const rows = Math.ceil(items.length / perRow);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item === undefined) continue;
      line += item + ' '.repeat(width - cellWidth(item));
    }
    out += `${line.trimEnd()}\r\n`;
  }
  return out;
}
