// nano: the file named on the command line (or a new buffer) full screen on the terminal, with
// nano 7's title bar, status bar and shortcut lines. Without a terminal it refuses, as nano does.

import type { Command, CommandContext } from '../../../types';
import type { Key } from '../keys';
import { loadFile } from '../file';
import { openNanoInHost } from '../host-editor';
import type { Frame } from '../screen';
import { runFullScreen, type FullScreenEditor } from '../session';
import { mainKey } from './editing';
import { promptKey } from './prompt';
import { countLines, createNanoState, say, type NanoState } from './state';
import { renderNano } from './view';

export class NanoEditor implements FullScreenEditor {
  constructor(readonly state: NanoState) {}

  get done(): boolean {
    return this.state.quit;
  }

  feed(keys: readonly Key[]): void {
    for (const key of keys) {
      const s = this.state;
      if (s.quit) return;
      if (s.message && --s.message.keys <= 0) s.message = null;
      if (s.prompt) promptKey(s, key);
      else mainKey(s, key);
    }
  }

  frame(columns: number, rows: number): Frame {
    return renderNano(this.state, columns, rows);
  }
}

async function runNano(ctx: CommandContext): Promise<number> {
  const tty = ctx.stdin.tty;
  if (!tty) {
    ctx.stderr.write('Too many errors from stdin\n');
    return 1;
  }
  const args = ctx.argv.slice(1);
  const files = args.filter((a) => !a.startsWith('-') || a === '-');
  const jump = args.find((a) => /^\+\d+$/.test(a));
  const name = files.filter((f) => !f.startsWith('+'))[0] ?? null;
  let content = '';
  let message: string | null = null;
  if (name !== null) {
    const loaded = loadFile(ctx.fs, ctx.resolve(name));
    if (loaded.kind === 'file') {
      content = loaded.content;
      const n = countLines(content);
      message = `Read ${n} line${n === 1 ? '' : 's'}`;
    } else if (loaded.kind === 'new') message = 'New File';
    else if (loaded.kind === 'dir') message = `"${name}" is a directory`;
    else message = `Error reading ${name}: Permission denied`;
  }
  if (tty.editor) {
    const status = await openNanoInHost(tty.editor, ctx, {
      name,
      content,
      ...(jump ? { line: Math.max(1, Number(jump.slice(1))) } : {}),
      ...(message ? { message } : {}),
    });
    if (status !== null) return status; // else: the terminal editor below
  }
  const env = { fs: ctx.fs, resolve: (p: string) => ctx.resolve(p), now: () => ctx.clock.now() };
  const state = createNanoState(env, content, name);
  if (message) say(state, message);
  if (jump) {
    const line = Math.max(1, Math.min(Number(jump.slice(1)), state.buf.lineCount));
    state.cursor = { line: line - 1, col: 0 };
  }
  await runFullScreen(tty, new NanoEditor(state));
  return 0;
}

export const nano: Command = {
  name: 'nano',
  async run(ctx) {
    try {
      return await runNano(ctx);
    } catch (e) {
      ctx.stderr.write(`nano: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  },
};
