// What one editing session decides, without the DOM: whether the text is modified, what a write
// or a quit does in vim's terms (:w, :q, :q!, :wq, :x) and in nano's, and what the program gets
// back on closing. The overlay only shows the messages and closes when told.

import type { EditorRequest, EditorResult, EditorSaveOptions } from '../../console/tty';

export type MessageKind = 'info' | 'error';

export interface SessionView {
  /** The editor's current text. */
  text(): string;
  /** Show on the editor's message line. */
  show(message: string, kind: MessageKind): void;
  /** The buffer's name changed (a nameless buffer written to a name). */
  renamed(name: string | null, path: string | null): void;
  /** Close the editor: the session is over. */
  close(): void;
}

/** A vim ex command the lab answers: the name as vim resolves it, `!`, and the argument. */
export interface ExCommand {
  readonly name: 'write' | 'quit' | 'wq' | 'xit';
  readonly bang: boolean;
  readonly arg: string;
}

export class EditSession {
  private savedText: string;
  private saved: string | null = null;
  private warnedReadonly = false;
  name: string | null;
  path: string | null;
  closed = false;

  constructor(
    readonly request: EditorRequest,
    private readonly view: SessionView,
  ) {
    this.savedText = request.text;
    this.name = request.name;
    this.path = request.path;
  }

  get modified(): boolean {
    return this.view.text() !== this.savedText;
  }

  /** A message of the editor's own on its message line. */
  say(text: string, kind: MessageKind): void {
    this.view.show(text, kind);
  }

  /** vim's W10, once, on the first change to a read-only buffer (the change is still made). */
  changed(): void {
    if (this.request.mode !== 'vim' || !this.request.readOnly || this.warnedReadonly) return;
    this.warnedReadonly = true;
    this.view.show('W10: Warning: Changing a readonly file', 'error');
  }

  /** Write the text (to another name when given); true when it was written. */
  write(options: EditorSaveOptions = {}): boolean {
    const text = this.view.text();
    const before = this.name;
    const reply = this.request.save(text, options);
    this.view.show(reply.message, reply.ok ? 'info' : 'error');
    if (!reply.ok) return false;
    // vim's :w other leaves the buffer modified (it is still this file); nano's write-out under
    // another name makes that the buffer's file.
    const own =
      this.request.mode === 'nano' ||
      options.name === undefined ||
      before === null ||
      options.name === before;
    if (own) {
      this.savedText = text;
      this.saved = text;
    }
    if (reply.name !== before) {
      this.name = reply.name;
      this.path = reply.path;
      this.view.renamed(reply.name, reply.path);
    }
    return true;
  }

  /** Close; refused (vim's E37) when the text is modified and `force` is not given. */
  quit(force: boolean): boolean {
    if (!force && this.modified) {
      this.view.show('E37: No write since last change (add ! to override)', 'error');
      return false;
    }
    this.close();
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.view.close();
  }

  /** Run a vim ex command. */
  ex(cmd: ExCommand): void {
    const options: EditorSaveOptions = {
      ...(cmd.arg !== '' ? { name: cmd.arg } : {}),
      ...(cmd.bang ? { force: true } : {}),
    };
    switch (cmd.name) {
      case 'write':
        this.write(options);
        return;
      case 'quit':
        this.quit(cmd.bang);
        return;
      case 'wq':
        if (this.write(options)) this.close();
        return;
      case 'xit':
        // :x writes only when there is something to write.
        if (!this.modified && cmd.arg === '') this.close();
        else if (this.write(options)) this.close();
        return;
    }
  }

  result(): EditorResult {
    return { saved: this.saved };
  }
}

/** Split what follows an ex command name: `!` and the argument (`:w! other` → bang, "other"). */
export function parseExArgs(argString: string | undefined): { bang: boolean; arg: string } {
  const s = argString ?? '';
  const bang = s.startsWith('!');
  return { bang, arg: (bang ? s.slice(1) : s).trim() };
}
