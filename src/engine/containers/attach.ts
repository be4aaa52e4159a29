// ContainerAttach: connect a client (the learner's terminal, or the host shell's stdio) to the
// main process. `docker run` without -d attaches before it starts the container; `docker attach`
// checks that the container runs first (that check and its text are the CLI's).
//
// Detaching: Docker's client watches the keys typed for the detach sequence (Ctrl+P Ctrl+Q by
// default, `--detach-keys` to change it) and closes the attachment; the container goes on. Here
// the console does the watching — feed each keystroke chunk to a `DetachKeys` matcher while a
// session is attached; when it reports `detach`, call `session.detach()`. The container's pending
// read of that terminal is dropped (the console should cancel its own pending readLine), and
// `session.ended` resolves 'detached' so `docker run`/`docker attach` can return.

import { type Ctx, who } from './context';
import { invalidArgument, type ContainerError } from './errors';
import { findContainer } from './lookup';
import type { AttachClient, AttachSession } from './relay';
import { fail, ok, type Result } from './result';

export const attachStopped = (): ContainerError =>
  invalidArgument('You cannot attach to a stopped container, start it first');

export const attachPaused = (): ContainerError =>
  invalidArgument('You cannot attach to a paused container, unpause it first');

export function attachContainer(
  ctx: Ctx,
  ref: string,
  client: AttachClient,
): Result<AttachSession> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  if (c.state.paused) return fail(attachPaused());
  const session = c.relay.attach(client);
  ctx.emit({ type: 'container/attached', ...who(ctx, c) });
  void session.ended.then((how) => {
    if (how === 'detached') ctx.emit({ type: 'container/detached', ...who(ctx, c) });
  });
  return ok(session);
}

/** Bytes of a `--detach-keys` spec: `ctrl-p,ctrl-q` → "\x10\x11"; `a-z`, `ctrl-@`…`ctrl-_`. */
export function parseDetachKeys(spec: string): string | ContainerError {
  let out = '';
  for (const part of spec.split(',')) {
    const k = part.trim().toLowerCase();
    if (k.length === 1) out += k;
    else if (/^ctrl-[a-z@[\\\]^_]$/.test(k)) {
      const ch = k.slice(5);
      out += String.fromCharCode(
        ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 96 : ch.charCodeAt(0) - 64,
      );
    } else return invalidArgument(`Invalid detach keys (${spec}) provided`);
  }
  return out;
}

export interface DetachKeys {
  /** Feed typed keys: `pass` is what goes on to the terminal, `detach` when the sequence completed. */
  feed(chunk: string): { readonly pass: string; readonly detach: boolean };
}

/** A matcher for the detach sequence: held bytes are passed on if the sequence breaks. */
export function createDetachKeys(keys = '\x10\x11'): DetachKeys {
  let held = '';
  return {
    feed(chunk) {
      let pass = '';
      for (const ch of chunk) {
        if (ch === keys[held.length]) {
          held += ch;
          if (held === keys) {
            held = '';
            return { pass, detach: true };
          }
        } else {
          pass += held;
          held = '';
          if (ch === keys[0]) held = ch;
          else pass += ch;
        }
      }
      return { pass, detach: false };
    },
  };
}
