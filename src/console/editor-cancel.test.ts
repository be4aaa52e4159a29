import { describe, expect, it } from 'vitest';
import { cancellableEditor } from './editor-cancel';
import type { EditorCancel, EditorHost, EditorRequest } from './tty';

function cancel(): EditorCancel & { fire(): void } {
  const listeners = new Set<() => void>();
  let cancelled = false;
  return {
    get cancelled() {
      return cancelled;
    },
    onCancel(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    fire() {
      cancelled = true;
      for (const l of [...listeners]) l();
    },
  };
}

/** An editor that stays open until its request's cancel fires. */
const host: EditorHost = {
  open: (r) =>
    new Promise((resolve) => {
      r.cancel?.onCancel(() => resolve({ saved: null }));
    }),
};

const request: EditorRequest = {
  mode: 'vim',
  name: 'f',
  path: '/f',
  hostname: 'h',
  text: '',
  readOnly: false,
  save: () => ({ ok: true, message: '', name: 'f', path: '/f' }),
};

describe('cancellableEditor', () => {
  it('closes the editor when the process is killed', async () => {
    const kill = cancel();
    const open = cancellableEditor(host, kill).open(request);
    kill.fire();
    await expect(open).resolves.toEqual({ saved: null });
  });

  it('keeps a cancel the request already had (either one closes it)', async () => {
    const own = cancel();
    const kill = cancel();
    const open = cancellableEditor(host, kill).open({ ...request, cancel: own });
    own.fire();
    await expect(open).resolves.toEqual({ saved: null });
  });

  it('does not open for a process already killed', async () => {
    const kill = cancel();
    kill.fire();
    let opened = false;
    const spy: EditorHost = {
      open: (r) => {
        opened = true;
        return host.open(r);
      },
    };
    await expect(cancellableEditor(spy, kill).open(request)).resolves.toEqual({ saved: null });
    expect(opened).toBe(false);
  });
});
