// Passing the page's editor through a terminal wrapper whose process can be killed (a container's
// terminal): the editor closes unsaved when the process dies, as vim dies with it.

import type { EditorCancel, EditorHost } from './tty';

function either(a: EditorCancel | undefined, b: EditorCancel): EditorCancel {
  if (!a) return b;
  return {
    get cancelled() {
      return a.cancelled || b.cancelled;
    },
    onCancel(listener) {
      const offA = a.onCancel(listener);
      const offB = b.onCancel(listener);
      return () => {
        offA();
        offB();
      };
    },
  };
}

export function cancellableEditor(host: EditorHost, cancel: EditorCancel): EditorHost {
  return {
    open: (request) =>
      cancel.cancelled
        ? Promise.resolve({ saved: null })
        : host.open({ ...request, cancel: either(request.cancel, cancel) }),
  };
}
