// The file editor over the terminal pane: a title bar (the file, where it lives, Save and Close),
// CodeMirror, and the editor's message line. Loaded on the first `vi`/`nano`, as its own chunk.
// The key bindings come from vim-keys.ts or nano-keys.ts; what a save or quit means comes from
// session.ts; the file itself is only ever written by the program, through EditorRequest.save.

import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine } from '@codemirror/view';
import { history } from '@codemirror/commands';
import type { EditorRequest, EditorResult } from '../../console/tty';
import type { Lang } from '../../store/settings';
import { translate, type MessageKey } from '../i18n';
import { EditSession, type MessageKind } from './session';
import './overlay.css';

/** What the key bindings of a mode may use besides the session. */
export interface OverlayControls {
  readonly session: EditSession;
  /** Ask for a line of text on the message line (nano's "File Name to Write:"); null if cancelled. */
  prompt(label: string, initial: string): Promise<string | null>;
  /** Ask a one-key question (nano's "Save modified buffer?"); the key pressed, null if cancelled. */
  ask(label: string, choices: string): Promise<string | null>;
  /** The Save button: write as the mode does. */
  save(): void;
}

export interface ModeKeys {
  /** The extensions for the editor (key bindings, vim's panel). */
  extensions(controls: OverlayControls): Extension;
  /** Called once the view exists. */
  attach?(view: EditorView, controls: OverlayControls): void;
  /** Shortcuts shown under the message line (nano's), key and label as the program prints them. */
  readonly shortcuts?: readonly (readonly [string, string])[];
}

type Register = (close: () => void) => () => void;

function currentLang(): Lang {
  return document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The 0-based position to start at for `vi +N` / `nano +N` (the last line for Infinity). */
function startPosition(state: EditorState, line: number | undefined): number {
  if (line === undefined) return 0;
  const n = Math.max(1, Math.min(state.doc.lines, line));
  return state.doc.line(n).from;
}

export async function openOverlay(
  container: HTMLElement,
  request: EditorRequest,
  register: Register,
): Promise<EditorResult> {
  const lang = currentLang();
  const t = (key: MessageKey, vars?: Record<string, string>): string => translate(lang, key, vars);
  const mode: ModeKeys =
    request.mode === 'vim'
      ? (await import('./vim-keys')).vimKeys
      : (await import('./nano-keys')).nanoKeys;

  return new Promise<EditorResult>((resolve) => {
    const fileLabel = (path: string | null): string => path ?? t('editor.noName');
    const root = el('section', `ll-editor ll-editor-${request.mode}`);
    const bar = el('div', 'll-editor-bar');
    const title = el('h2', 'll-editor-title');
    const hint = el('span', 'll-editor-hint', t(`editor.hint.${request.mode}`));
    const saveButton = el('button', 'll-editor-button', t('editor.save'));
    const closeButton = el('button', 'll-editor-button', t('editor.close'));
    saveButton.type = 'button';
    closeButton.type = 'button';
    bar.append(title, saveButton, closeButton, hint);
    const body = el('div', 'll-editor-body');
    const status = el('div', 'll-editor-status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    root.append(bar, body, status);
    if (mode.shortcuts) {
      const list = el('ul', 'll-editor-shortcuts');
      for (const [key, label] of mode.shortcuts) {
        const item = el('li', '');
        item.append(el('kbd', '', key), ` ${label}`);
        list.append(item);
      }
      root.append(list);
    }

    const setTitle = (path: string | null): void => {
      title.textContent = t('editor.where', { file: fileLabel(path), host: request.hostname });
      root.setAttribute(
        'aria-label',
        t('editor.label', { editor: request.mode, file: fileLabel(path) }),
      );
    };
    setTitle(request.path);

    const show = (message: string, kind: MessageKind): void => {
      status.replaceChildren(el('span', `ll-editor-message ll-editor-${kind}`, message));
    };

    let view: EditorView | null = null;
    let unregister = (): void => undefined;
    let offCancel = (): void => undefined;
    let discardArmed = false;
    const session = new EditSession(request, {
      text: () => view?.state.doc.toString() ?? request.text,
      show,
      renamed: (_name, path) => setTitle(path),
      close: () => {
        unregister();
        offCancel();
        root.remove();
        // A quit arrives from inside vim's key handling (`:q`), which still uses the view after
        // the command returns: destroy it once that is over.
        const done = view;
        setTimeout(() => done?.destroy(), 0);
        resolve(session.result());
      },
    });

    /** A question on the message line; the editor gets the keyboard back afterwards. */
    const prompt = (label: string, initial: string): Promise<string | null> =>
      new Promise((done) => {
        const form = el('form', 'll-editor-prompt');
        const text = el('label', 'll-editor-prompt-label', label);
        const input = el('input', 'll-editor-prompt-input');
        input.value = initial;
        input.setAttribute('aria-label', label.trim());
        input.autocomplete = 'off';
        input.spellcheck = false;
        text.append(input);
        form.append(text);
        status.replaceChildren(form);
        const finish = (value: string | null): void => {
          status.replaceChildren();
          view?.focus();
          done(value);
        };
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          finish(input.value);
        });
        input.addEventListener('keydown', (e) => {
          if (e.key === 'Escape' || (e.ctrlKey && e.key.toLowerCase() === 'c')) {
            e.preventDefault();
            finish(null);
          }
        });
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
      });

    const ask = (label: string, choices: string): Promise<string | null> =>
      new Promise((done) => {
        const box = el('div', 'll-editor-prompt');
        box.tabIndex = -1;
        box.setAttribute('aria-label', label.trim());
        box.append(
          el('span', 'll-editor-prompt-label', label),
          el('span', 'll-editor-choices', choices),
        );
        status.replaceChildren(box);
        box.addEventListener('keydown', (e) => {
          e.preventDefault();
          const key = e.key.toLowerCase();
          let answer: string | null | undefined;
          if (key === 'escape' || (e.ctrlKey && key === 'c')) answer = null;
          else if (key === 'y' || key === 'n') answer = key;
          if (answer === undefined) return;
          status.replaceChildren();
          view?.focus();
          done(answer);
        });
        box.focus();
      });

    const controls: OverlayControls = {
      session,
      prompt,
      ask,
      save: () => {
        if (request.mode === 'vim') session.ex({ name: 'write', bang: false, arg: '' });
        else session.write(session.name !== null ? { name: session.name } : {});
      },
    };

    const initial = EditorState.create({ doc: request.text });
    const at = startPosition(initial, request.line);
    view = new EditorView({
      parent: body,
      state: EditorState.create({
        doc: request.text,
        selection: EditorSelection.cursor(at),
        extensions: [
          mode.extensions(controls),
          history(),
          drawSelection(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': t('editor.textbox', { file: fileLabel(request.path) }),
          }),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            session.changed();
            if (discardArmed) {
              discardArmed = false;
              closeButton.textContent = t('editor.close');
            }
          }),
        ],
      }),
      scrollTo: EditorView.scrollIntoView(at, { y: 'center' }),
    });
    mode.attach?.(view, controls);

    saveButton.addEventListener('click', () => {
      controls.save();
      view?.focus();
    });
    closeButton.addEventListener('click', () => {
      if (!session.modified || discardArmed) {
        session.close();
        return;
      }
      discardArmed = true;
      closeButton.textContent = t('editor.discard');
      show(t('editor.unsaved'), 'error');
    });

    unregister = register(() => session.close());
    if (request.cancel) {
      if (request.cancel.cancelled) {
        session.close();
        return;
      }
      offCancel = request.cancel.onCancel(() => session.close());
    }
    container.append(root);
    if (request.message) show(request.message, 'info');
    view.focus();
  });
}
