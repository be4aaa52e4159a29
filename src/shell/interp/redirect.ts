// Redirections, applied left to right to a copy of the command's stdin/stdout/stderr. Files are
// written through the FileSystem on every write (append after the first truncation), so copy-up
// in a container happens at `>` exactly as the storage engine models it. Only descriptors 0-2
// exist in the lab; `3>file` says so.

import { errnoMessage, isFsError } from '../../engine/fs/errors';
import type { FileSystem } from '../../engine/fs/types';
import type { Redirect } from '../parser/ast';
import type { InputStream, OutputStream } from '../types';
import type { Interpreter, IO } from './interpreter';
import { resolvePath } from './paths';
import { StringInput, emptyInput, nullOutput } from './streams';

type Streams = { 0: InputStream; 1: OutputStream; 2: OutputStream };

class FileOutput implements OutputStream {
  readonly isTTY = false;
  readonly columns = 80;
  private failed = false;

  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly stderr: OutputStream,
    private readonly prefix: string,
  ) {}

  write(text: string): void {
    if (this.failed || text === '') return;
    try {
      this.fs.writeFile(this.path, text, { append: true });
    } catch (e) {
      this.failed = true;
      const msg = isFsError(e) ? errnoMessage(e.code) : String(e);
      this.stderr.write(`${this.prefix}: write error: ${msg}\n`);
    }
  }
}

/** Resolves to the redirected streams, or null after printing bash's error. */
export async function applyRedirects(
  sh: Interpreter,
  redirs: readonly Redirect[],
  io: IO,
): Promise<IO | null> {
  const s: Streams = { 0: io.stdin, 1: io.stdout, 2: io.stderr };
  const prefix = sh.rt.errorPrefix;
  const fail = (what: string, msg: string) => {
    s[2].write(`${prefix}: ${what}: ${msg}\n`);
    return null;
  };
  for (const r of redirs) {
    const defaultFd = r.op.startsWith('<') ? 0 : 1;
    const fd = r.fd ?? defaultFd;
    if (fd > 2) return fail(String(fd), 'layerlab models only file descriptors 0, 1 and 2');
    if (r.op === '<<' || r.op === '<<-') {
      const body = r.heredoc ? await sh.expander.string(r.heredoc.body) : '';
      if (fd === 0) s[0] = new StringInput(body);
      continue;
    }
    const target = await sh.expander.string(r.target);
    if (r.op === '<<<') {
      if (fd === 0) s[0] = new StringInput(`${target}\n`);
      continue;
    }
    if ((r.op === '>&' || r.op === '<&') && /^[0-9]+$|^-$/.test(target)) {
      if (target === '-') {
        if (fd === 0) s[0] = emptyInput;
        else s[fd as 1 | 2] = nullOutput;
        continue;
      }
      const from = Number(target);
      if (from > 2) return fail(target, 'Bad file descriptor');
      if (fd === 0) {
        if (from !== 0) return fail(target, 'Bad file descriptor');
        continue;
      }
      if (from === 0) return fail(target, 'Bad file descriptor');
      s[fd as 1 | 2] = s[from as 1 | 2];
      continue;
    }
    if (target === '') return fail('', 'No such file or directory');
    const path = resolvePath(sh.state.cwd, target);
    if (r.op === '<' || r.op === '<>') {
      const input = openInput(sh.fs, path);
      if (typeof input === 'string') return fail(target, input);
      s[0] = input;
      continue;
    }
    const append = r.op === '>>' || r.op === '&>>';
    const out = openOutput(sh.fs, path, append, s, prefix);
    if (typeof out === 'string') return fail(target, out);
    if (r.op === '&>' || r.op === '&>>' || (r.op === '>&' && r.fd === undefined)) {
      s[1] = out;
      s[2] = out;
    } else s[fd as 1 | 2] = out;
  }
  return { stdin: s[0], stdout: s[1], stderr: s[2], signal: io.signal };
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
  fs: FileSystem,
  path: string,
  append: boolean,
  s: Streams,
  prefix: string,
): OutputStream | string {
  if (path === '/dev/null') return nullOutput;
  if (path === '/dev/stdout') return s[1];
  if (path === '/dev/stderr') return s[2];
  if (path === '/dev/tty') return s[1];
  try {
    if (fs.exists(path) && fs.stat(path).type === 'dir') return errnoMessage('EISDIR');
    if (!append || !fs.exists(path)) fs.writeFile(path, '');
    return new FileOutput(fs, path, s[2], prefix);
  } catch (e) {
    return isFsError(e) ? errnoMessage(e.code) : String(e);
  }
}
