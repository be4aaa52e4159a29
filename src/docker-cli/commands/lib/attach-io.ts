// The client side of attaching the learner's terminal to a container process: the detach keys
// (Ctrl+P Ctrl+Q, or --detach-keys) and, for exec, a terminal that goes deaf once detached.
//
// Detach keys must be seen before the line editor (Ctrl+P is "previous line" there): the
// terminal's input filter (Tty.setInputFilter) runs createDetachKeys over every typed chunk;
// on the sequence the client detaches and the pending read is abandoned (Tty.cancelRead).
// Docker itself prints nothing on detach. A terminal without an input filter cannot detach.
//
// Raw mode: while attached to a container's terminal, the client's terminal is raw (moby's
// SetRawTerminal), so Ctrl+C is a byte for the container's pty, which turns it into SIGINT for
// the container's foreground process — the client and the host shell never see a signal.
// `whileRaw` runs the client's wait as a raw-mode foreground job of the console.

import { createDetachKeys, parseDetachKeys, type ContainerError } from '../../../engine/containers';
import type { ForegroundSignal, ReadResult, Tty } from '../../../console/tty';

/** The bytes of a detach-keys spec; '' means the default Ctrl+P Ctrl+Q. */
export function detachBytes(spec: string): string | ContainerError {
  return parseDetachKeys(spec === '' ? 'ctrl-p,ctrl-q' : spec);
}

/** Watch the terminal for the detach keys; the returned function stops watching. */
export function watchDetach(tty: Tty, keys: string, onDetach: () => void): () => void {
  if (!tty.setInputFilter) return () => undefined;
  const matcher = createDetachKeys(keys);
  let done = false;
  tty.setInputFilter((data) => {
    if (done) return data;
    const r = matcher.feed(data);
    if (r.detach) {
      done = true;
      tty.setInputFilter?.(null);
      onDetach();
      tty.cancelRead?.();
    }
    return r.pass;
  });
  return () => {
    if (!done) tty.setInputFilter?.(null);
    done = true;
  };
}

/** Run `wait` with `tty` in raw mode: Ctrl+C calls `interrupt` instead of interrupting. */
export function whileRaw<T>(tty: Tty, interrupt: () => void, wait: () => Promise<T>): Promise<T> {
  return tty.foreground(() => wait(), { onCtrlC: interrupt });
}

const NO_SIGNAL: ForegroundSignal = { interrupted: false, onInterrupt: () => () => undefined };

/**
 * A view of `tty` for a process the client may detach from (docker exec -it): once detached,
 * its reads never complete and its writes go nowhere — the process lives on, deaf and mute, as a
 * detached exec does, and never steals the host's keys. It is the exec's pty too: `interrupt`
 * (Ctrl+C typed in raw mode) signals the process that holds it.
 */
export function detachableTty(tty: Tty): {
  readonly tty: Tty;
  detach(): void;
  interrupt(): void;
} {
  let detached = false;
  let foregroundProcess: (() => void) | null = null;
  const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
  const view: Tty = {
    readLine(options) {
      if (detached) return never<ReadResult>();
      return tty.readLine(options).then((r) => (detached ? never<ReadResult>() : r));
    },
    readRaw() {
      if (detached) return never<string>();
      return tty.readRaw().then((r) => (detached ? never<string>() : r));
    },
    write(text) {
      if (!detached) tty.write(text);
    },
    get columns() {
      return tty.columns;
    },
    get rows() {
      return tty.rows;
    },
    history: () => tty.history(),
    clearHistory: () => tty.clearHistory(),
    foreground: (job, options) => (detached ? job(NO_SIGNAL) : tty.foreground(job, options)),
    setForegroundProcess(interrupt) {
      foregroundProcess = interrupt;
      return () => {
        if (foregroundProcess === interrupt) foregroundProcess = null;
      };
    },
    get editor() {
      return detached ? undefined : tty.editor;
    },
  };
  return {
    tty: view,
    detach() {
      detached = true;
    },
    interrupt() {
      if (!detached) foregroundProcess?.();
    },
  };
}
