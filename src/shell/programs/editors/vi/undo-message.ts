// The message vim shows after u and Ctrl+R: "1 line less; before #2  5 seconds ago".

import type { UndoResult } from '../buffer';
import type { ViState } from './state';

export function undoMessage(s: ViState, r: UndoResult, undo: boolean): string {
  let what: string;
  let n: number;
  if (r.lineDelta === 1) [what, n] = ['more line', 1];
  else if (r.lineDelta > 1) [what, n] = ['more lines', r.lineDelta];
  else if (r.lineDelta === -1) [what, n] = ['line less', 1];
  else if (r.lineDelta < -1) [what, n] = ['fewer lines', -r.lineDelta];
  else [what, n] = [r.touched === 1 ? 'change' : 'changes', r.touched];
  // "before #2": the state before change 2 (undo); "after #2": the state after it (redo).
  const seq = r.step.seq;
  const secs = Math.max(0, Math.floor((s.env.now() - r.step.time) / 1000));
  const ago = secs >= 100 ? clock(r.step.time) : `${secs} second${secs === 1 ? '' : 's'} ago`;
  return `${n} ${what}; ${undo ? 'before' : 'after'} #${seq}  ${ago}`;
}

function clock(ms: number): string {
  const d = new Date(ms);
  const p = (x: number): string => String(x).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
