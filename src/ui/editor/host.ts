// The page's editor as the terminal offers it to vi and nano (Tty.editor). This file is in the
// first chunk and stays tiny: CodeMirror and the overlay load on the first `vi`, as their own
// chunk, and vim's key bindings only for vi/vim/view.

import type { EditorHost, EditorRequest, EditorResult } from '../../console/tty';

export interface PageEditorOptions {
  /** The terminal's element: the overlay covers it. */
  readonly container: HTMLElement;
  /** The terminal's own element, made inert while the editor is open. */
  readonly terminal: () => HTMLElement | undefined;
  /** Give the keyboard back to the terminal. */
  readonly focusTerminal: () => void;
}

export interface PageEditor extends EditorHost {
  /** Close any open editor unsaved (the lab behind the terminal was replaced). */
  closeAll(): void;
}

export function createPageEditor(options: PageEditorOptions): PageEditor {
  const open = new Set<() => void>();
  return {
    async open(request: EditorRequest): Promise<EditorResult> {
      const term = options.terminal();
      if (term) term.inert = true;
      try {
        const { openOverlay } = await import('./overlay');
        return await openOverlay(options.container, request, (close) => {
          open.add(close);
          return () => open.delete(close);
        });
      } finally {
        if (term) term.inert = false;
        options.focusTerminal();
      }
    },
    closeAll() {
      for (const close of [...open]) close();
    },
  };
}
