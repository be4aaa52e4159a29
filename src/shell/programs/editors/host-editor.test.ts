import { describe, expect, it } from 'vitest';
import type { EditorHost, EditorRequest, EditorResult } from '../../../console/tty';
import { createTestTerminal, type TestTerminal } from './test-terminal';

/** A page editor stand-in: records what was opened; the test saves and closes it. */
class FakeEditor implements EditorHost {
  requests: EditorRequest[] = [];
  private close: ((r: EditorResult) => void) | null = null;
  private saved: string | null = null;
  private opened: (() => void) | null = null;

  /** Resolves when the editor is next opened. */
  whenOpened(): Promise<void> {
    return new Promise((resolve) => {
      this.opened = resolve;
    });
  }

  open(request: EditorRequest): Promise<EditorResult> {
    this.requests.push(request);
    this.opened?.();
    this.saved = null;
    return new Promise((resolve) => {
      this.close = resolve;
    });
  }

  get request(): EditorRequest {
    const r = this.requests.at(-1);
    if (!r) throw new Error('the editor was not opened');
    return r;
  }

  save(text: string, options?: { name?: string; force?: boolean }) {
    const reply = this.request.save(text, options);
    if (reply.ok) this.saved = text;
    return reply;
  }

  quit(): void {
    this.close?.({ saved: this.saved });
    this.close = null;
  }
}

interface Setup {
  readonly t: TestTerminal;
  readonly editor: FakeEditor;
  /** Start a command line; returns once it opened the editor (or finished). */
  start(line: string): Promise<{ done: Promise<number> }>;
}

function setup(): Setup {
  const t = createTestTerminal();
  const editor = new FakeEditor();
  t.console.setEditorHost(editor);
  return {
    t,
    editor,
    async start(line) {
      const opened = editor.whenOpened();
      const done = t.shell.run(line, t.console);
      await Promise.race([opened, done]);
      return { done };
    },
  };
}

describe('vi with the page editor', () => {
  it('opens the file as vim shows it, saves through the filesystem, exits 0', async () => {
    const { t, editor, start } = setup();
    t.fs.writeFile('/root/a.txt', 'one\ntwo\n');
    const session = await start('vi a.txt');
    const r = editor.request;
    expect(r).toMatchObject({
      mode: 'vim',
      name: 'a.txt',
      path: '/root/a.txt',
      hostname: 'layerlab',
      text: 'one\ntwo',
      readOnly: false,
      message: '"a.txt" 2L, 8B',
    });
    expect(editor.save('one\ntwo\nthree')).toEqual({
      ok: true,
      message: '"a.txt" 3L, 14B written',
      name: 'a.txt',
      path: '/root/a.txt',
    });
    expect(t.fs.readText('/root/a.txt')).toBe('one\ntwo\nthree\n');
    editor.quit();
    expect(await session.done).toBe(0);
    // Nothing was drawn on the terminal: no alternate screen.
    expect(t.output()).not.toContain('\x1b[?1049h');
    expect(await t.run('cat a.txt')).toBe('one\ntwo\nthree\n');
  });

  it('creates a new file only on save', async () => {
    const { t, editor, start } = setup();
    let session = await start('vim /root/new.txt');
    expect(editor.request).toMatchObject({ text: '', message: '"/root/new.txt" [New]' });
    editor.quit();
    await session.done;
    expect(t.fs.exists('/root/new.txt')).toBe(false);

    session = await start('vim /root/new.txt');
    expect(editor.save('FROM ubuntu').message).toBe('"/root/new.txt" [New] 1L, 12B written');
    editor.quit();
    await session.done;
    expect(t.fs.readText('/root/new.txt')).toBe('FROM ubuntu\n');
  });

  it('keeps empty last lines and writes an empty buffer as 0 bytes', async () => {
    const { t, editor, start } = setup();
    const session = await start('vi /root/e');
    expect(editor.save('a\n').message).toBe('"/root/e" [New] 2L, 3B written');
    expect(t.fs.readText('/root/e')).toBe('a\n\n');
    expect(editor.save('').message).toBe('"/root/e" 0L, 0B written');
    expect(t.fs.readText('/root/e')).toBe('');
    editor.quit();
    await session.done;
  });

  it('view is read-only: :w refuses with E45, :w! writes', async () => {
    const { t, editor, start } = setup();
    t.fs.writeFile('/root/r', 'x\n');
    const session = await start('view /root/r');
    expect(editor.request).toMatchObject({
      readOnly: true,
      message: '"/root/r" [readonly] 1L, 2B',
    });
    expect(editor.save('y')).toMatchObject({
      ok: false,
      message: "E45: 'readonly' option is set (add ! to override)",
    });
    expect(t.fs.readText('/root/r')).toBe('x\n');
    expect(editor.save('y', { force: true }).ok).toBe(true);
    expect(t.fs.readText('/root/r')).toBe('y\n');
    editor.quit();
    await session.done;
  });

  it('a buffer without a name: E32, then :w name names it; E13 for another existing file', async () => {
    const { t, editor, start } = setup();
    t.fs.writeFile('/root/taken', 'keep\n');
    const session = await start('vi');
    expect(editor.request).toMatchObject({ name: null, path: null, text: '' });
    expect(editor.request.message).toBeUndefined();
    expect(editor.save('hi')).toMatchObject({ ok: false, message: 'E32: No file name' });
    expect(editor.save('hi', { name: 'taken' })).toMatchObject({
      ok: false,
      message: 'E13: File exists (add ! to override)',
    });
    expect(editor.save('hi', { name: 'fresh' })).toEqual({
      ok: true,
      message: '"fresh" [New] 1L, 3B written',
      name: 'fresh',
      path: '/root/fresh',
    });
    expect(editor.save('hi!').message).toBe('"fresh" 1L, 4B written');
    expect(t.fs.readText('/root/taken')).toBe('keep\n');
    editor.quit();
    await session.done;
  });

  it('reports write errors as vim does', async () => {
    const { editor, start } = setup();
    const session = await start('vi /nope/x');
    expect(editor.save('a')).toMatchObject({
      ok: false,
      message: `"/nope/x" E212: Can't open file for writing`,
    });
    editor.quit();
    await session.done;
  });

  it('passes +N and + as the line to start on, and says when only the first file opens', async () => {
    const { editor, start } = setup();
    let session = await start('vi +2 /root/a');
    expect(editor.request.line).toBe(2);
    editor.quit();
    await session.done;
    session = await start('vi + /root/a /root/b');
    expect(editor.request.line).toBe(Infinity);
    expect(editor.request.message).toBe('2 files to edit (layerlab: only the first is opened)');
    editor.quit();
    await session.done;
  });

  it('without a terminal it still refuses and never opens the editor', async () => {
    const { t, editor } = setup();
    const out = await t.run('echo x | vi /root/f');
    expect(out).toBe('Vim: Warning: Input is not from a terminal\n');
    expect(editor.requests).toEqual([]);
  });
});

describe('nano with the page editor', () => {
  it("opens with nano's last empty line and writes nano's way", async () => {
    const { t, editor, start } = setup();
    t.fs.writeFile('/root/app.py', 'a\nb\n');
    const session = await start('nano +2 app.py');
    expect(editor.request).toMatchObject({
      mode: 'nano',
      name: 'app.py',
      path: '/root/app.py',
      text: 'a\nb\n',
      line: 2,
      readOnly: false,
      message: '[ Read 2 lines ]',
    });
    expect(editor.save('a\nb\nc')).toMatchObject({ ok: true, message: '[ Wrote 3 lines ]' });
    expect(t.fs.readText('/root/app.py')).toBe('a\nb\nc\n');
    editor.quit();
    expect(await session.done).toBe(0);
  });

  it('a new file, a write error, and writing under another name', async () => {
    const { t, editor, start } = setup();
    const session = await start('nano /root/n.txt');
    expect(editor.request).toMatchObject({ text: '', message: '[ New File ]' });
    expect(editor.save('x\n', { name: '/nope/y' })).toMatchObject({
      ok: false,
      message: '[ Error writing /nope/y: No such file or directory ]',
      name: '/root/n.txt',
    });
    expect(editor.save('x\n', { name: '/root/other' })).toMatchObject({
      ok: true,
      message: '[ Wrote 1 line ]',
      name: '/root/other',
      path: '/root/other',
    });
    expect(t.fs.exists('/root/n.txt')).toBe(false);
    editor.quit();
    await session.done;
  });
});

describe('when the page editor cannot open', () => {
  it('vi falls back to the terminal editor', async () => {
    const t = createTestTerminal();
    t.console.setEditorHost({ open: () => Promise.reject(new Error('chunk failed to load')) });
    const session = await t.start('vi /root/f');
    expect(t.screen.alternate).toBe(true);
    expect(t.screen.text()).toContain('"/root/f" [New]');
    await t.keys(':q\r');
    expect(await session.done).toBe(0);
  });
});
