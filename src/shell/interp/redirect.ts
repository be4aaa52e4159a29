// Redirections, applied left to right to a copy of the command's stdin/stdout/stderr. Files are
// written through the FileSystem on every write (append after the first truncation), so copy-up
// in a container happens at `>` exactly as the storage engine models it. Only descriptors 0-2
// exist in the lab; `3>file` says so.

import { errnoMessage, isFsError } from '../../engine/fs/errors';
import type { FileSystem } from '../../engine/fs/types';
import type { Redirect, Word } from '../parser/ast';
import type { InputStream, OutputStream } from '../types';
import type { Interpreter, IO } from './interpreter';
import type { Maybe } from './maybe';
import { resolvePath } from './paths';
import { StringInput, emptyInput, nullOutput } from './streams';

type Streams = { 0: InputStream; 1: OutputStream; 2: OutputStream };

/** Files on disk take big writes (st_blksize-like): `yes > f` fills a disk in few steps. */
const FILE_BLOCK = 16 * 1024 * 1024;

export class FileOutput implements OutputStream {
  readonly isTTY = false;
  readonly columns = 80;
  readonly blockSize = FILE_BLOCK;
  writeError: string | null = null;
  /** Who writes now, for the error line: `cat`, or `bash: echo` for a builtin. */
  writer: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly stderr: OutputStream,
    prefix: string,
  ) {
    this.writer = prefix;
  }

  write(text: string): void {
    if (this.writeError !== null || text === '') return;
    try {
      this.fs.writeFile(this.path, text, { append: true });
    } catch (e) {
      this.writeError = isFsError(e) ? errnoMessage(e.code) : String(e);
      this.stderr.write(`${this.writer}: write error: ${this.writeError}\n`);
    }
  }

  // Drainable: after a failed write the writer's checkpoint() is false, so `yes` stops.
  drained(): Promise<void> {
    return Promise.resolve();
  }

  get broken(): boolean {
    return this.writeError !== null;
  }
}

/** Name the command writing to `out`, if it is a file (for `cat: write error: …`). */
export function claimOutput(out: OutputStream, writer: string): void {
  if (out instanceof FileOutput) out.writer = writer;
}

/** The redirected streams, or null after printing bash's error; a Promise only if `$(…)` waited. */
export function applyRedirects(
  sh: Interpreter,
  redirs: readonly Redirect[],
  io: IO,
): Maybe<IO | null> {
  const s: Streams = { 0: io.stdin, 1: io.stdout, 2: io.stderr };
  for (let i = 0; i < redirs.length; i++) {
    const r = redirs[i];
    const word = wordOf(sh, s, r);
    if (word === null) return null;
    const text = sh.expander.string(word);
    if (typeof text !== 'string') return redirectsAsync(sh, redirs, io, s, i, text);
    if (!applyOne(sh, s, r, text)) return null;
  }
  return { stdin: s[0], stdout: s[1], stderr: s[2], signal: io.signal };
}

async function redirectsAsync(
  sh: Interpreter,
  redirs: readonly Redirect[],
  io: IO,
  s: Streams,
  i: number,
  pending: Promise<string>,
): Promise<IO | null> {
  if (!applyOne(sh, s, redirs[i], await pending)) return null;
  for (let j = i + 1; j < redirs.length; j++) {
    const word = wordOf(sh, s, redirs[j]);
    if (word === null) return null;
    if (!applyOne(sh, s, redirs[j], await sh.expander.string(word))) return null;
  }
  return { stdin: s[0], stdout: s[1], stderr: s[2], signal: io.signal };
}

function fdOf(r: Redirect): number {
  return r.fd ?? (r.op.startsWith('<') ? 0 : 1);
}

/** The word to expand for `r` (a here-doc's body, else its target), or null after an error. */
function wordOf(sh: Interpreter, s: Streams, r: Redirect): Word | null {
  const fd = fdOf(r);
  if (fd > 2) {
    s[2].write(`${sh.errorPrefix()}: ${fd}: layerlab models only file descriptors 0, 1 and 2\n`);
    return null;
  }
  if (r.op === '<<' || r.op === '<<-') return r.heredoc ? r.heredoc.body : EMPTY;
  return r.target;
}

const EMPTY: Word = { parts: [] };

/** Applies one redirection given its expanded word; false after printing bash's error. */
function applyOne(sh: Interpreter, s: Streams, r: Redirect, target: string): boolean {
  const fd = fdOf(r);
  const prefix = sh.errorPrefix();
  const fail = (what: string, msg: string) => {
    s[2].write(`${prefix}: ${what}: ${msg}\n`);
    return false;
  };
  if (r.op === '<<' || r.op === '<<-') {
    if (fd === 0) s[0] = new StringInput(target);
    return true;
  }
  if (r.op === '<<<') {
    if (fd === 0) s[0] = new StringInput(`${target}\n`);
    return true;
  }
  if ((r.op === '>&' || r.op === '<&') && /^[0-9]+$|^-$/.test(target)) {
    if (target === '-') {
      if (fd === 0) s[0] = emptyInput;
      else s[fd as 1 | 2] = nullOutput;
      return true;
    }
    const from = Number(target);
    if (from > 2) return fail(target, 'Bad file descriptor');
    if (fd === 0) {
      if (from !== 0) return fail(target, 'Bad file descriptor');
      return true;
    }
    if (from === 0) return fail(target, 'Bad file descriptor');
    s[fd as 1 | 2] = s[from as 1 | 2];
    return true;
  }
  if (target === '') return fail('', 'No such file or directory');
  const path = resolvePath(sh.state.cwd, target);
  if (r.op === '<' || r.op === '<>') {
    const input = openInput(sh.fs, path);
    if (typeof input === 'string') return fail(target, input);
    s[0] = input;
    return true;
  }
  const append = r.op === '>>' || r.op === '&>>';
  const out = openOutput(sh, path, append, s, prefix);
  if (typeof out === 'string') return fail(target, out);
  if (r.op === '&>' || r.op === '&>>' || (r.op === '>&' && r.fd === undefined)) {
    s[1] = out;
    s[2] = out;
  } else s[fd as 1 | 2] = out;
  return true;
}

function openInput(fs: FileSystem, path: string): InputStream | string {
  if (path === '/dev/null') return emptyInput;
  try {
    if (fs.stat(path).type === 'dir') return errnoMessage('EISDIR');
    return new StringInput(fs.readText(path));
  } catch (e) {
    return isFsError(e) ? errnoMessage(e.code) : String(e);
  }
}

function openOutput(
  sh: Interpreter,
  path: string,
  append: boolean,
  s: Streams,
  prefix: string,
): OutputStream | string {
  if (path === '/dev/null') return nullOutput;
  if (path === '/dev/stdout') return s[1];
  if (path === '/dev/stderr') return s[2];
  if (path === '/dev/tty') return sh.terminalOut() ?? s[1];
  const fs = sh.fs;
  try {
    if (fs.exists(path) && fs.stat(path).type === 'dir') return errnoMessage('EISDIR');
    if (!append || !fs.exists(path)) fs.writeFile(path, '');
    return new FileOutput(fs, path, s[2], prefix);
  } catch (e) {
    return isFsError(e) ? errnoMessage(e.code) : String(e);
  }
}
