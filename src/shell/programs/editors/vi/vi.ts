// vi, vim and view: open the file named on the command line (or an empty buffer) full screen on
// the learner's terminal. Without a terminal, vim's warning and exit status 1, nothing touched.

import type { Command, CommandContext } from '../../../types';
import { loadFile } from '../file';
import { openViInHost } from '../host-editor';
import { runFullScreen } from '../session';
import { splitContent } from '../buffer';
import { utf8Length } from '../text-width';
import { ViEditor } from './editor';
import { createViState, type ViState } from './state';

function openingMessage(
  s: ViState,
  name: string | null,
  content: string | null,
  extra: string,
): string | null {
  if (name === null) return null;
  if (content === null) return `"${name}" [New]`;
  const { lines, empty, noEol } = splitContent(content);
  const count = empty ? 0 : lines.length;
  const bytes = utf8Length(content);
  const flags = [s.readonly ? '[readonly]' : '', noEol ? '[noeol]' : '', extra]
    .filter(Boolean)
    .join(' ');
  return `"${name}"${flags ? ` ${flags}` : ''} ${count}L, ${bytes}B`;
}

/** `+N` as a line for the page's editor; `+` is the last line (other `+cmd` forms are ignored). */
function jumpLine(jump: string | null): number | undefined {
  if (jump === '') return Infinity;
  return jump !== null && /^\d+$/.test(jump) ? Number(jump) : undefined;
}

async function runVi(ctx: CommandContext, readonly: boolean): Promise<number> {
  const tty = ctx.stdin.tty;
  if (!tty) {
    ctx.stderr.write('Vim: Warning: Input is not from a terminal\n');
    return 1;
  }
  const args = ctx.argv.slice(1);
  let ro = readonly;
  const files: string[] = [];
  let jump: string | null = null;
  for (const a of args) {
    if (a === '-R') ro = true;
    else if (a.startsWith('+')) jump = a.slice(1);
    else if (a === '--') continue;
    else if (a.startsWith('-') && a !== '-') {
      ctx.stderr.write(
        `VIM - Vi IMproved 9.1\n\nUnknown option argument: "${a}"\nMore info with: "vim -h"\n`,
      );
      return 1;
    } else files.push(a);
  }
  const name = files[0] ?? null;
  let content: string | null = null;
  let note: { text: string; error: boolean } | null = null;
  if (name !== null) {
    const loaded = loadFile(ctx.fs, ctx.resolve(name));
    if (loaded.kind === 'file') content = loaded.content;
    else if (loaded.kind === 'dir') note = { text: `"${name}" is a directory`, error: false };
    else if (loaded.kind === 'error') note = { text: `"${name}" [Permission Denied]`, error: true };
  }
  const env = { fs: ctx.fs, resolve: (p: string) => ctx.resolve(p), now: () => ctx.clock.now() };
  const state = createViState(env, content ?? '', name, ro);
  state.buf.markSaved();
  const opening = note ? note.text : openingMessage(state, name, content, '');
  if (opening) state.message = { text: opening, kind: note?.error ? 'error' : 'info' };
  if (files.length > 1)
    state.message = {
      text: `${files.length} files to edit (layerlab: only the first is opened)`,
      kind: 'info',
    };
  if (tty.editor) {
    const line = jumpLine(jump);
    const status = await openViInHost(tty.editor, ctx, {
      name,
      lines: state.buf.lines,
      readOnly: ro,
      ...(line !== undefined ? { line } : {}),
      ...(state.message ? { message: state.message.text } : {}),
    });
    if (status !== null) return status; // else: the terminal editor below
  }
  const editor = new ViEditor(state);
  if (jump !== null) editor.feed(jump === '' ? ['G'] : [':', ...jump.split(''), '<CR>']);
  await runFullScreen(tty, editor);
  return 0;
}

function viCommand(name: string, readonly: boolean): Command {
  return {
    name,
    async run(ctx) {
      try {
        return await runVi(ctx, readonly);
      } catch (e) {
        ctx.stderr.write(
          `${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
        );
        return 1;
      }
    },
  };
}

export const vi = viCommand('vi', false);
export const vim = viCommand('vim', false);
export const view = viCommand('view', true);
