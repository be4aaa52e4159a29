// The command line after `:` — a range (N, N,M, %, ., $, +N, -N) then a command: w, q, wq, x,
// their ! forms, set, s, d, a bare line number, noh. Anything else is E492, as in vim.

import { deleteSpan } from './operators';
import { setOption } from './set-option';
import {
  beginChange,
  clampCursor,
  endChange,
  error,
  firstNonBlank,
  info,
  type ViState,
} from './state';
import { substitute } from './substitute';
import { writeBuffer } from './write';

interface Range {
  first: number;
  last: number;
  /** How many addresses were given (0: none). */
  given: number;
}

/** One address at `src[i]`: a number, `.`, `$`, with +N/-N offsets. 0-based line or null. */
function address(s: ViState, src: string, i: number): { line: number; next: number } | null {
  let j = i;
  let line: number | null = null;
  const ch = src[j];
  if (ch === '.') {
    line = s.cursor.line;
    j++;
  } else if (ch === '$') {
    line = s.buf.lineCount - 1;
    j++;
  } else if (ch !== undefined && /[0-9]/.test(ch)) {
    const m = /^[0-9]+/.exec(src.slice(j)) as RegExpExecArray;
    line = Number(m[0]) - 1;
    j += m[0].length;
  }
  for (;;) {
    const op = src[j];
    if (op !== '+' && op !== '-') break;
    const m = /^[0-9]*/.exec(src.slice(j + 1)) as RegExpExecArray;
    const n = m[0] === '' ? 1 : Number(m[0]);
    line = (line ?? s.cursor.line) + (op === '+' ? n : -n);
    j += 1 + m[0].length;
  }
  return line === null ? null : { line, next: j };
}

function parseRange(s: ViState, src: string): { range: Range; rest: string } {
  let i = 0;
  while (src[i] === ' ' || src[i] === ':') i++;
  if (src[i] === '%') {
    return { range: { first: 0, last: s.buf.lineCount - 1, given: 2 }, rest: src.slice(i + 1) };
  }
  const a = address(s, src, i);
  if (!a)
    return { range: { first: s.cursor.line, last: s.cursor.line, given: 0 }, rest: src.slice(i) };
  if (src[a.next] === ',' || src[a.next] === ';') {
    const b = address(s, src, a.next + 1);
    if (b) return { range: { first: a.line, last: b.line, given: 2 }, rest: src.slice(b.next) };
    return { range: { first: a.line, last: s.cursor.line, given: 2 }, rest: src.slice(a.next + 1) };
  }
  return { range: { first: a.line, last: a.line, given: 1 }, rest: src.slice(a.next) };
}

const NAMES: Readonly<Record<string, string>> = {
  w: 'write',
  wr: 'write',
  wri: 'write',
  writ: 'write',
  write: 'write',
  q: 'quit',
  qu: 'quit',
  qui: 'quit',
  quit: 'quit',
  qa: 'quit',
  qall: 'quit',
  quita: 'quit',
  quitall: 'quit',
  wq: 'wq',
  wqa: 'wq',
  wqall: 'wq',
  xa: 'xit',
  xall: 'xit',
  x: 'xit',
  xi: 'xit',
  xit: 'xit',
  exi: 'xit',
  exit: 'xit',
  se: 'set',
  set: 'set',
  s: 'substitute',
  su: 'substitute',
  substitute: 'substitute',
  d: 'delete',
  de: 'delete',
  del: 'delete',
  dele: 'delete',
  delet: 'delete',
  delete: 'delete',
  noh: 'nohlsearch',
  nohl: 'nohlsearch',
  nohlsearch: 'nohlsearch',
  e: 'edit',
  ed: 'edit',
  edi: 'edit',
  edit: 'edit',
  h: 'help',
  he: 'help',
  hel: 'help',
  help: 'help',
};

function quit(s: ViState, bang: boolean): void {
  if (s.buf.modified && !bang) {
    error(s, 'E37: No write since last change (add ! to override)');
    return;
  }
  s.quit = true;
}

/** Run one Ex command line (without the leading ':'). */
export function runEx(s: ViState, line: string): void {
  const { range, rest } = parseRange(s, line);
  const m = /^\s*([a-zA-Z]+|[!&<>=#@~]?)(!?)\s*(.*)$/s.exec(rest);
  const word = m?.[1] ?? '';
  const bang = m?.[2] === '!';
  const arg = (m?.[3] ?? '').trim();
  const last = s.buf.lineCount - 1;
  if (word === '' && !bang) {
    if (range.given === 0) return;
    // `:12` goes to line 12 (past the end: the last line).
    const target = Math.max(0, Math.min(range.last, last));
    s.cursor = { line: target, col: firstNonBlank(s.buf.line(target)) };
    return;
  }
  if (range.first > range.last) [range.first, range.last] = [range.last, range.first];
  if (range.given > 0 && (range.first < 0 || range.last > last)) {
    error(s, 'E16: Invalid range');
    return;
  }
  // `:s` may be written with its pattern right after it (`:s/a/b/`, `:%s#a#b#`).
  const sub =
    /^s(?:u(?:b(?:s(?:t(?:i(?:t(?:u(?:t(?:e)?)?)?)?)?)?)?)?)?([^a-zA-Z0-9\s"|\\].*)$/s.exec(
      rest.trimStart(),
    );
  if (sub) {
    beginChange(s);
    substitute(s, range.first, range.last, sub[1] as string);
    endChange(s);
    return;
  }
  const name = NAMES[word];
  switch (name) {
    case 'write':
      writeBuffer(s, {
        ...(arg !== '' ? { name: arg } : {}),
        bang,
        ...(range.given > 0 ? { range: { first: range.first, last: range.last } } : {}),
      });
      return;
    case 'quit':
      quit(s, bang);
      return;
    case 'wq':
      if (writeBuffer(s, { ...(arg !== '' ? { name: arg } : {}), bang })) s.quit = true;
      return;
    case 'xit':
      if (!s.buf.modified && arg === '') s.quit = true;
      else if (writeBuffer(s, { ...(arg !== '' ? { name: arg } : {}), bang })) s.quit = true;
      return;
    case 'set':
      setOption(s, arg);
      return;
    case 'substitute':
      beginChange(s);
      substitute(s, range.first, range.last, arg === '' ? '//~/' : arg);
      endChange(s);
      return;
    case 'delete':
      beginChange(s);
      deleteSpan(s, {
        start: { line: range.first, col: 0 },
        end: { line: range.last, col: 0 },
        linewise: true,
      });
      clampCursor(s);
      endChange(s);
      return;
    case 'nohlsearch':
      return; // nothing is highlighted in this lab, so there is nothing to turn off
    case 'edit':
      if (arg !== '') {
        error(
          s,
          'layerlab: editing another file from inside vi is not part of this lab; :q and run vi again',
        );
        return;
      }
      if (!bang && s.buf.modified) {
        error(s, 'E37: No write since last change (add ! to override)');
        return;
      }
      while (s.buf.modified && s.buf.undo()) {
        /* back to the file as it was written */
      }
      clampCursor(s);
      info(s, `"${s.name ?? ''}" ${s.buf.isEmpty ? 0 : s.buf.lineCount}L`);
      return;
    case 'help':
      info(s, 'layerlab: vim\'s help is not part of this lab; see "vi" in the lab\'s notes');
      return;
    default:
      error(s, `E492: Not an editor command: ${line.trim()}`);
  }
}
