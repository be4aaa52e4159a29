// The status-bar prompts: "File Name to Write: app.py" (^O, and on the way out of ^X),
// "Save modified buffer?" (Y / N / ^C), "Search: " (^W) and "Enter line number, column number: ".

import { isNamed, type Key } from '../keys';
import { writeOut } from './file-ops';
import { say, type NanoState, type Prompt } from './state';

export function promptLabel(s: NanoState, p: Prompt): string {
  switch (p.kind) {
    case 'write':
    case 'exit-write':
      return 'File Name to Write: ';
    case 'search':
      return s.lastSearch ? `Search [${s.lastSearch}]: ` : 'Search: ';
    case 'goto':
      return 'Enter line number, column number: ';
    case 'save-modified':
      return 'Save modified buffer? ';
  }
}

function search(s: NanoState, needle: string): void {
  const lower = needle.toLowerCase();
  const n = s.buf.lineCount;
  const from = s.cursor;
  for (let k = 0; k <= n; k++) {
    const line = (from.line + k) % n;
    const text = s.buf.line(line).toLowerCase();
    let at: number;
    if (k === 0) at = text.indexOf(lower, from.col + 1);
    else if (k === n) {
      at = text.indexOf(lower);
      if (at > from.col) at = -1;
    } else at = text.indexOf(lower);
    if (at < 0) continue;
    s.cursor = { line, col: at };
    if (k === n && at === from.col) say(s, 'This is the only occurrence');
    else if (from.line + k >= n) say(s, 'Search Wrapped');
    return;
  }
  say(s, `"${needle}" not found`);
}

function gotoLine(s: NanoState, text: string): void {
  const m = /^\s*(-?\d+)?\s*(?:[,.\s]\s*(-?\d+))?\s*$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    say(s, 'Invalid line or column number');
    return;
  }
  const n = s.buf.lineCount;
  let line = m[1] === undefined ? s.cursor.line + 1 : Number(m[1]);
  if (line < 0) line = n + line + 1;
  const l = Math.max(0, Math.min(n - 1, line - 1));
  const col = m[2] === undefined ? 0 : Math.max(0, Number(m[2]) - 1);
  s.cursor = { line: l, col: Math.min(col, s.buf.line(l).length) };
}

function cancel(s: NanoState): void {
  s.prompt = null;
  say(s, 'Cancelled');
}

function submit(s: NanoState, p: Prompt): void {
  s.prompt = null;
  switch (p.kind) {
    case 'write':
    case 'exit-write': {
      if (p.text === '') return cancel(s);
      const ok = writeOut(s, p.text);
      if (ok && p.kind === 'exit-write') s.quit = true;
      return;
    }
    case 'search': {
      const needle = p.text === '' ? s.lastSearch : p.text;
      if (needle === null || needle === '') return cancel(s);
      s.lastSearch = needle;
      search(s, needle);
      return;
    }
    case 'goto':
      if (p.text === '') return cancel(s);
      gotoLine(s, p.text);
      return;
    case 'save-modified':
      return;
  }
}

export function promptKey(s: NanoState, key: Key): void {
  const p = s.prompt;
  if (!p) return;
  if (p.kind === 'save-modified') {
    const k = key.toLowerCase();
    if (k === 'y') s.prompt = { kind: 'exit-write', text: s.name ?? '' };
    else if (k === 'n') {
      s.prompt = null;
      s.quit = true;
    } else if (key === '<C-C>') cancel(s);
    return;
  }
  if (!isNamed(key)) {
    p.text += key;
    return;
  }
  switch (key) {
    case '<CR>':
      submit(s, p);
      return;
    case '<C-C>':
      cancel(s);
      return;
    case '<BS>':
    case '<C-H>':
      p.text = p.text.slice(0, p.text.length - ([...p.text].pop()?.length ?? 0));
      return;
    case '<C-U>':
      p.text = '';
      return;
    default:
      return;
  }
}
