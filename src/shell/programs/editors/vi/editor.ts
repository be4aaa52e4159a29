// One vi session as a state machine: keys in, state changes, a frame out. Dispatches each key to
// the mode it belongs to, collects normal-mode commands until complete, and records the keys of
// the last change so `.` can replay them.

import type { Key } from '../keys';
import type { Frame } from '../screen';
import type { FullScreenEditor } from '../session';
import { cmdlineKey, createCmdHistory, type CmdHistory } from './command-line';
import { insertKey } from './insert-mode';
import { runNormal } from './normal-mode';
import { parseNormal } from './parse-normal';
import type { ViState } from './state';
import { renderVi } from './view';

/** Insert or Replace mode (a function, so checks after a key are not narrowed away). */
function typing(s: ViState): boolean {
  return s.mode === 'insert' || s.mode === 'replace';
}

export class ViEditor implements FullScreenEditor {
  private readonly history: CmdHistory = createCmdHistory();
  /** Keys of the change in progress (a command that entered Insert mode), for `.`. */
  private recording: { keys: Key[]; count: number | null } | null = null;
  private replaying = 0;

  constructor(readonly state: ViState) {}

  get done(): boolean {
    return this.state.quit;
  }

  feed(keys: readonly Key[]): void {
    for (const key of keys) {
      if (this.state.quit) return;
      this.key(key);
    }
  }

  frame(columns: number, rows: number): Frame {
    return renderVi(this.state, columns, rows);
  }

  private key(key: Key): void {
    const s = this.state;
    switch (s.mode) {
      case 'insert':
      case 'replace':
        this.recording?.keys.push(key);
        if (s.message && s.message.kind !== 'warning') s.message = null;
        insertKey(s, key);
        if (this.recording && !typing(s)) {
          if (this.replaying === 0) s.lastChange = this.recording;
          this.recording = null;
        }
        return;
      case 'cmdline':
        cmdlineKey(s, this.history, key);
        return;
      case 'normal':
        this.normalKey(key);
    }
  }

  private normalKey(key: Key): void {
    const s = this.state;
    s.pending.push(key);
    const parsed = parseNormal(s.pending);
    if (parsed.kind === 'more') return;
    const keys = s.pending;
    s.pending = [];
    if (parsed.kind === 'bad') return;
    const outcome = runNormal(s, parsed.command, keys, (replay) => this.replay(replay));
    if (!outcome.changed) return;
    const entry = { keys: [...parsed.body], count: parsed.leadCount };
    if (typing(s)) this.recording = entry;
    else if (this.replaying === 0) s.lastChange = entry;
  }

  private replay(keys: Key[]): void {
    this.replaying++;
    try {
      for (const k of keys) this.key(k);
      // A replayed insert ends with its Escape; make sure nothing is left half-typed.
      if (this.state.pending.length > 0) this.state.pending = [];
    } finally {
      this.replaying--;
    }
  }
}
