// vi, vim, view and nano on a terminal that offers the page's file editor (Tty.editor): the
// program reads the file as usual, hands the text to the editor over the terminal, and writes
// every save through its own filesystem with the real editor's messages — so a save inside a
// container copies the file up exactly as `echo >` does. The terminal programs stay for the
// transcript runner and any terminal without the capability.

import type { EditorHost, EditorRequest, EditorSaveReply } from '../../../console/tty';
import type { CommandContext } from '../../types';
import { createNanoState, nanoLines } from './nano/state';
import { writeOut } from './nano/file-ops';
import { createViState } from './vi/state';
import { writeBuffer } from './vi/write';

export interface ViOpen {
  readonly name: string | null;
  /** The buffer's lines as vim shows them. */
  readonly lines: readonly string[];
  readonly readOnly: boolean;
  /** `+N` (1-based) or `+` (Infinity). */
  readonly line?: number;
  readonly message?: string;
}

function envOf(ctx: CommandContext) {
  return { fs: ctx.fs, resolve: (p: string) => ctx.resolve(p), now: () => ctx.clock.now() };
}

function pathOf(ctx: CommandContext, name: string | null): string | null {
  return name === null || name === '' ? null : ctx.resolve(name);
}

/** The editor's text back as the file vim writes: each line ends in a newline (fixeol). */
function vimContent(text: string): string {
  return text === '' ? '' : `${text}\n`;
}

function common(ctx: CommandContext, name: string | null) {
  return { name, path: pathOf(ctx, name), hostname: ctx.system.hostname };
}

/** Wait for the editor to close; false when it could not open (its code failed to load). */
async function edit(host: EditorHost, request: EditorRequest): Promise<boolean> {
  try {
    await host.open(request);
    return true;
  } catch {
    return false;
  }
}

/**
 * Open vim's buffer in the page's editor; vim's exit status (0) once it is closed, or null when
 * the editor could not open (the caller falls back to the terminal).
 */
export async function openViInHost(
  host: EditorHost,
  ctx: CommandContext,
  o: ViOpen,
): Promise<number | null> {
  let name = o.name;
  let readOnly = o.readOnly;
  const request: EditorRequest = {
    mode: 'vim',
    ...common(ctx, name),
    text: o.lines.join('\n'),
    readOnly,
    ...(o.line !== undefined ? { line: o.line } : {}),
    ...(o.message !== undefined ? { message: o.message } : {}),
    save(text, options = {}): EditorSaveReply {
      // vim's own :w, on a buffer holding the editor's text: the same checks (E32, E45, E13)
      // and the same messages as on the terminal.
      const s = createViState(envOf(ctx), vimContent(text), name, readOnly);
      const ok = writeBuffer(s, {
        ...(options.name !== undefined ? { name: options.name } : {}),
        bang: options.force === true,
      });
      name = s.name;
      readOnly = s.readonly;
      return { ok, message: s.message?.text ?? '', name, path: pathOf(ctx, name) };
    },
  };
  return (await edit(host, request)) ? 0 : null;
}

export interface NanoOpen {
  readonly name: string | null;
  /** The file's content (nano shows an empty last line after its final newline). */
  readonly content: string;
  readonly line?: number;
  readonly message?: string;
}

/** Open nano's buffer in the page's editor: as openViInHost. */
export async function openNanoInHost(
  host: EditorHost,
  ctx: CommandContext,
  o: NanoOpen,
): Promise<number | null> {
  let name = o.name;
  const request: EditorRequest = {
    mode: 'nano',
    ...common(ctx, name),
    text: nanoLines(o.content).join('\n'),
    readOnly: false,
    ...(o.line !== undefined ? { line: o.line } : {}),
    ...(o.message !== undefined ? { message: `[ ${o.message} ]` } : {}),
    save(text, options = {}): EditorSaveReply {
      const target = options.name ?? name;
      if (target === null || target === '') {
        return { ok: false, message: '[ Cancelled ]', name, path: pathOf(ctx, name) };
      }
      const s = createNanoState(envOf(ctx), text, name);
      const ok = writeOut(s, target);
      if (ok) name = s.name;
      return {
        ok,
        message: s.message ? `[ ${s.message.text} ]` : '',
        name,
        path: pathOf(ctx, name),
      };
    },
  };
  return (await edit(host, request)) ? 0 : null;
}
