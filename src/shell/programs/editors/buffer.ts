// The text both editors edit: an array of lines (no newlines inside), edited through one
// primitive (replace a run of lines) that records each change, so undo and redo are exact and
// cost what the change cost — typing into a 5,000-line file never copies the file.

export interface Position {
  readonly line: number;
  /** UTF-16 offset into the line. */
  readonly col: number;
}

interface Edit {
  readonly at: number;
  readonly removed: readonly string[];
  inserted: readonly string[];
}

/** One undoable change: everything between beginStep and endStep. */
export interface UndoStep {
  readonly seq: number;
  readonly edits: Edit[];
  readonly before: Position;
  after: Position;
  /** Lab time (ms) the change was made. */
  readonly time: number;
  /** Line count before the change, for vim's "3 fewer lines". */
  readonly linesBefore: number;
  /** The change left no lines at all (redo restores that). */
  emptyAfter: boolean;
}

export interface UndoResult {
  readonly step: UndoStep;
  readonly cursor: Position;
  /** Lines in the buffer after minus before the undo/redo. */
  readonly lineDelta: number;
  /** Lines the step touched, for "3 changes". */
  readonly touched: number;
}

function splice(lines: string[], at: number, count: number, insert: readonly string[]): string[] {
  if (insert.length < 10_000 && count < 10_000) {
    lines.splice(at, count, ...insert);
    return lines;
  }
  return lines.slice(0, at).concat(insert, lines.slice(at + count));
}

export class TextBuffer {
  private text: string[];
  /** True for a buffer with no lines at all (vim's "--No lines in buffer--"), shown as one empty. */
  private noLines: boolean;
  private readonly undone: UndoStep[] = [];
  private readonly done: UndoStep[] = [];
  private open: UndoStep | null = null;
  private seq = 0;
  private savedSeq = 0;

  /** A buffer holding exactly these lines (nano keeps its empty "magic" last line this way). */
  constructor(lines: readonly string[], noLines = false) {
    this.text = lines.length > 0 ? lines.slice() : [''];
    this.noLines = noLines || lines.length === 0;
  }

  /** A buffer for a file's content as vim reads it: the final newline ends the last line. */
  static fromContent(content: string): TextBuffer {
    const { lines, empty } = splitContent(content);
    return new TextBuffer(lines, empty);
  }

  get lines(): readonly string[] {
    return this.text;
  }

  get lineCount(): number {
    return this.text.length;
  }

  /** No lines at all: a new or emptied file (it writes as 0 bytes). */
  get isEmpty(): boolean {
    return this.noLines && this.text.length === 1 && this.text[0] === '';
  }

  line(i: number): string {
    return this.text[i] ?? '';
  }

  /** The file's content as written: every line ends in a newline, as vim and nano write it. */
  content(): string {
    if (this.isEmpty) return '';
    return `${this.text.join('\n')}\n`;
  }

  get modified(): boolean {
    if (this.open && this.open.edits.length > 0) return true;
    return this.currentSeq() !== this.savedSeq;
  }

  markSaved(): void {
    this.savedSeq = this.currentSeq();
  }

  /** The sequence number of the newest change in effect (vim's "#2"). */
  currentSeq(): number {
    return this.done[this.done.length - 1]?.seq ?? 0;
  }

  // --- changes -----------------------------------------------------------------------------

  /** Start an undoable change; edits until endStep undo together. Nested calls join the open one. */
  beginStep(cursor: Position, time: number): void {
    if (this.open) return;
    this.open = {
      seq: 0,
      edits: [],
      before: cursor,
      after: cursor,
      time,
      linesBefore: this.isEmpty ? 0 : this.text.length,
      emptyAfter: false,
    };
  }

  endStep(cursor: Position): void {
    const step = this.open;
    this.open = null;
    if (!step || step.edits.length === 0) return;
    step.after = cursor;
    step.emptyAfter = this.isEmpty;
    const numbered: UndoStep = { ...step, seq: ++this.seq };
    this.done.push(numbered);
    this.undone.length = 0;
  }

  get inStep(): boolean {
    return this.open !== null;
  }

  /** Replace `count` lines at `at` with `insert` (the one primitive every edit goes through). */
  replace(at: number, count: number, insert: readonly string[]): void {
    const removed = this.text.slice(at, at + count);
    if (removed.length === insert.length && removed.every((l, i) => l === insert[i])) return;
    const step = this.open;
    if (!step) throw new Error('TextBuffer.replace outside a step');
    const last = step.edits[step.edits.length - 1];
    if (last && count === 1 && insert.length === 1 && last.at === at && last.inserted.length === 1)
      last.inserted = insert.slice();
    else step.edits.push({ at, removed, inserted: insert.slice() });
    this.text = splice(this.text, at, count, insert);
    if (this.text.length === 0) {
      // Deleting every line leaves one empty line that is "no lines".
      this.text = [''];
      step.edits.push({ at: 0, removed: [], inserted: [''] });
      this.noLines = true;
    } else if (insert.length > 0) this.noLines = false;
  }

  setLine(i: number, text: string): void {
    this.replace(i, 1, [text]);
  }

  /** Insert text (may contain newlines) at a position; returns the position after it. */
  insert(pos: Position, text: string): Position {
    const line = this.line(pos.line);
    const before = line.slice(0, pos.col);
    const after = line.slice(pos.col);
    const parts = text.split('\n');
    if (parts.length === 1) {
      this.setLine(pos.line, before + text + after);
      return { line: pos.line, col: pos.col + text.length };
    }
    const last = parts[parts.length - 1] as string;
    const inserted = [before + (parts[0] as string), ...parts.slice(1, -1), last + after];
    this.replace(pos.line, 1, inserted);
    return { line: pos.line + parts.length - 1, col: last.length };
  }

  /** The text between two positions (`to` exclusive), newlines between lines. */
  slice(from: Position, to: Position): string {
    if (from.line === to.line) return this.line(from.line).slice(from.col, to.col);
    const out = [this.line(from.line).slice(from.col)];
    for (let l = from.line + 1; l < to.line; l++) out.push(this.line(l));
    out.push(this.line(to.line).slice(0, to.col));
    return out.join('\n');
  }

  /** Delete between two positions (`to` exclusive); returns what was deleted. */
  delete(from: Position, to: Position): string {
    const removed = this.slice(from, to);
    const head = this.line(from.line).slice(0, from.col);
    const tail = this.line(to.line).slice(to.col);
    this.replace(from.line, to.line - from.line + 1, [head + tail]);
    return removed;
  }

  /** Lines as vim counts them: an emptied buffer has none. */
  private countLines(): number {
    return this.isEmpty ? 0 : this.text.length;
  }

  // --- undo --------------------------------------------------------------------------------

  undo(): UndoResult | null {
    const step = this.done.pop();
    if (!step) return null;
    const before = this.countLines();
    let touched = 0;
    for (let i = step.edits.length - 1; i >= 0; i--) {
      const e = step.edits[i] as Edit;
      this.text = splice(this.text, e.at, e.inserted.length, e.removed);
      touched += Math.max(e.removed.length, e.inserted.length);
    }
    this.noLines = this.text.length === 1 && this.text[0] === '' && step.linesBefore === 0;
    this.undone.push(step);
    return { step, cursor: step.before, lineDelta: this.countLines() - before, touched };
  }

  redo(): UndoResult | null {
    const step = this.undone.pop();
    if (!step) return null;
    const before = this.countLines();
    let touched = 0;
    for (const e of step.edits) {
      this.text = splice(this.text, e.at, e.removed.length, e.inserted);
      touched += Math.max(e.removed.length, e.inserted.length);
    }
    this.noLines = step.emptyAfter;
    this.done.push(step);
    const first = step.edits[0];
    const cursor = first ? { line: Math.min(first.at, this.text.length - 1), col: 0 } : step.after;
    return { step, cursor, lineDelta: this.countLines() - before, touched };
  }
}

/** File content → lines; whether it ended without a newline ([noeol]) and whether it was empty. */
export function splitContent(content: string): {
  lines: string[];
  empty: boolean;
  noEol: boolean;
} {
  if (content === '') return { lines: [''], empty: true, noEol: false };
  const noEol = !content.endsWith('\n');
  const body = noEol ? content : content.slice(0, -1);
  return { lines: body.split('\n'), empty: false, noEol };
}
