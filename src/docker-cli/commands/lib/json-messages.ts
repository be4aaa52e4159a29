// The CLI side of a daemon progress stream (pkg/jsonmessage DisplayJSONMessagesStream): on a
// terminal every layer owns a line that is rewritten in place (cursor up, erase line, cursor
// down); elsewhere progress updates with byte counts are dropped and each status prints once.

import type { OutputStream } from '../../../shell/types';
import { humanSize } from '../../format/units';

export interface StreamMessage {
  readonly id?: string;
  readonly status: string;
  readonly current?: number;
  readonly total?: number;
  /** A progress update (jm.Progress set) rather than a plain status message. */
  readonly progress: boolean;
}

/** JSONProgress.String(): `[==>   ]  3.146MB/31.36MB`; the bar only on terminals wider than 110. */
export function progressString(current: number, total: number, width: number): string {
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize(current).padStart(8);
  // Go: int(float64(current)/float64(total)*100) / 2, integer division.
  let percentage = Math.trunc(Math.trunc((current / total) * 100) / 2);
  if (percentage > 50) percentage = 50;
  const bar = width > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(50 - percentage)}] ` : '';
  const numbers =
    current > total
      ? humanSize(current).padStart(8)
      : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  return bar + numbers;
}

export class JsonMessagePrinter {
  private ids = new Map<string, number>();

  constructor(private readonly out: OutputStream) {}

  write(m: StreamMessage): void {
    const tty = this.out.isTTY;
    const text = m.progress ? progressString(m.current ?? 0, m.total ?? 0, this.out.columns) : '';
    if (!tty) {
      if (m.progress && text !== '') return;
      this.out.write(`${m.id !== undefined ? `${m.id}: ` : ''}${m.status}\n`);
      return;
    }
    let diff = 0;
    let buf = '';
    if (m.id !== undefined && m.progress) {
      let line = this.ids.get(m.id);
      if (line === undefined) {
        line = this.ids.size;
        this.ids.set(m.id, line);
        buf += '\n';
      }
      diff = this.ids.size - line;
      buf += `\x1b[${diff}A`;
    } else {
      // Anything that is not a progress line ends the block of lines being redrawn.
      this.ids.clear();
    }
    const id = m.id !== undefined ? `${m.id}: ` : '';
    if (m.progress) buf += `\x1b[2K\r${id}${m.status} ${text}\r`;
    else buf += `${id}${m.status}\n`;
    if (diff > 0) buf += `\x1b[${diff}B`;
    this.out.write(buf);
  }
}
