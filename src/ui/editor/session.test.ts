import { describe, expect, it } from 'vitest';
import type { EditorRequest, EditorSaveOptions } from '../../console/tty';
import { EditSession, parseExArgs, type MessageKind } from './session';

function harness(mode: 'vim' | 'nano', readOnly = false, name: string | null = 'f') {
  const written: { text: string; options: EditorSaveOptions | undefined }[] = [];
  const shown: [string, MessageKind][] = [];
  let text = 'one';
  let closed = 0;
  let fail = false;
  const request: EditorRequest = {
    mode,
    name,
    path: name && `/root/${name}`,
    hostname: 'layerlab',
    text,
    readOnly,
    save(t, options) {
      if (fail) return { ok: false, message: 'E212', name, path: null };
      written.push({ text: t, options });
      // As the programs reply: vim keeps the buffer's name unless it had none; nano takes the new one.
      const n = mode === 'nano' || name === null ? (options?.name ?? name) : name;
      return { ok: true, message: 'written', name: n, path: n && `/root/${n}` };
    },
  };
  const session = new EditSession(request, {
    text: () => text,
    show: (m, k) => shown.push([m, k]),
    renamed: () => undefined,
    close: () => closed++,
  });
  return {
    session,
    written,
    shown,
    type: (t: string) => {
      text = t;
      session.changed();
    },
    failWrites: () => {
      fail = true;
    },
    closed: () => closed,
  };
}

describe('EditSession (vim)', () => {
  it(':q closes an unmodified buffer; refuses a modified one with E37; :q! closes', () => {
    const h = harness('vim');
    h.session.ex({ name: 'quit', bang: false, arg: '' });
    expect(h.closed()).toBe(1);
    const m = harness('vim');
    m.type('two');
    m.session.ex({ name: 'quit', bang: false, arg: '' });
    expect(m.closed()).toBe(0);
    expect(m.shown.at(-1)).toEqual([
      'E37: No write since last change (add ! to override)',
      'error',
    ]);
    m.session.ex({ name: 'quit', bang: true, arg: '' });
    expect(m.closed()).toBe(1);
    expect(m.written).toEqual([]);
    expect(m.session.result()).toEqual({ saved: null });
  });

  it(':wq writes then closes, but stays open when the write fails', () => {
    const h = harness('vim');
    h.type('two');
    h.failWrites();
    h.session.ex({ name: 'wq', bang: false, arg: '' });
    expect(h.closed()).toBe(0);
    expect(h.shown.at(-1)).toEqual(['E212', 'error']);
    const ok = harness('vim');
    ok.type('two');
    ok.session.ex({ name: 'wq', bang: false, arg: '' });
    expect(ok.written).toEqual([{ text: 'two', options: {} }]);
    expect(ok.closed()).toBe(1);
    expect(ok.session.result()).toEqual({ saved: 'two' });
  });

  it(':x writes only a modified buffer; :w! passes force; :w other keeps the buffer modified', () => {
    const h = harness('vim');
    h.session.ex({ name: 'xit', bang: false, arg: '' });
    expect(h.written).toEqual([]);
    expect(h.closed()).toBe(1);
    const w = harness('vim');
    w.type('two');
    w.session.ex({ name: 'write', bang: true, arg: 'other' });
    expect(w.written).toEqual([{ text: 'two', options: { name: 'other', force: true } }]);
    expect(w.session.modified).toBe(true);
    expect(w.session.name).toBe('f');
  });

  it('a nameless buffer takes the name it is first written to', () => {
    const h = harness('vim', false, null);
    h.session.ex({ name: 'write', bang: false, arg: 'new.txt' });
    expect(h.session.name).toBe('new.txt');
    expect(h.session.path).toBe('/root/new.txt');
    expect(h.session.modified).toBe(false);
  });

  it('warns W10 once when a read-only buffer is changed', () => {
    const h = harness('vim', true);
    h.type('a');
    h.type('ab');
    expect(h.shown).toEqual([['W10: Warning: Changing a readonly file', 'error']]);
  });
});

describe('EditSession (nano)', () => {
  it('writing under another name makes it the buffer (nano), and the text is saved', () => {
    const h = harness('nano');
    h.type('x\n');
    expect(h.session.write({ name: 'g' })).toBe(true);
    expect(h.session.name).toBe('g');
    expect(h.session.modified).toBe(false);
    h.session.close();
    expect(h.session.result()).toEqual({ saved: 'x\n' });
  });
});

describe('parseExArgs', () => {
  it('splits the bang and the argument', () => {
    expect(parseExArgs('')).toEqual({ bang: false, arg: '' });
    expect(parseExArgs(undefined)).toEqual({ bang: false, arg: '' });
    expect(parseExArgs('!')).toEqual({ bang: true, arg: '' });
    expect(parseExArgs('! other')).toEqual({ bang: true, arg: 'other' });
    expect(parseExArgs(' name')).toEqual({ bang: false, arg: 'name' });
  });
});
