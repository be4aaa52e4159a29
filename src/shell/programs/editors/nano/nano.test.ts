import { describe, expect, it } from 'vitest';
import { createTestTerminal } from '../test-terminal';

describe('nano', () => {
  it('shows the title bar, the status and the two shortcut lines', async () => {
    const t = createTestTerminal();
    t.fs.writeFile('/root/app.py', 'print("hello")\n');
    const session = await t.start('nano /root/app.py');
    const lines = t.screen.lines();
    expect(lines[0]).toMatch(/^ {2}GNU nano 7\.2 +\/root\/app\.py$/);
    expect(lines[1]).toBe('print("hello")');
    expect(lines[21]).toBe(`${' '.repeat(32)}[ Read 1 line ]`);
    expect(lines[22]).toBe(
      '^G Help      ^O Write Out ^W Where Is  ^K Cut       ^T Execute   ^C Location',
    );
    expect(lines[23]).toBe(
      '^X Exit      ^R Read File ^\\ Replace   ^U Paste     ^J Justify   ^/ Go To Line',
    );
    await t.keys('\x18');
    expect(await session.done).toBe(0);
  });

  it('edits, writes with Ctrl+O and Enter, and cat shows the file', async () => {
    const t = createTestTerminal();
    t.fs.writeFile('/root/app.py', 'a\nb\n');
    const session = await t.start('nano /root/app.py');
    await t.keys('\x1b[B\x1b[Fc');
    expect(t.screen.lines()[0]).toMatch(/Modified$/);
    await t.keys('\x0f');
    expect(t.screen.lines()[21]).toBe('File Name to Write: /root/app.py');
    await t.keys('\r');
    expect(t.screen.lines()[21]).toContain('[ Wrote 2 lines ]');
    await t.keys('\x18');
    await session.done;
    expect(await t.run('cat /root/app.py')).toBe('a\nbc\n');
  });

  it('asks "Save modified buffer?" on Ctrl+X: Y then Enter saves, N discards', async () => {
    const t = createTestTerminal();
    let session = await t.start('nano /root/new.txt');
    expect(t.screen.lines()[21]).toContain('[ New File ]');
    expect(t.screen.lines()[0]).toMatch(/\/root\/new\.txt/);
    await t.keys('hello\rworld\x18');
    expect(t.screen.lines()[21]).toBe('Save modified buffer?');
    expect(t.screen.lines()[22]).toMatch(/^ Y Yes/);
    expect(t.screen.lines()[23]).toMatch(/^ N No +\^C Cancel/);
    await t.keys('\x03');
    expect(t.screen.lines()[21]).toContain('[ Cancelled ]');
    await t.keys('\x18y');
    expect(t.screen.lines()[21]).toBe('File Name to Write: /root/new.txt');
    await t.keys('\r');
    await session.done;
    expect(t.fs.readText('/root/new.txt')).toBe('hello\nworld\n');
    session = await t.start('nano /root/new.txt');
    await t.keys('XX\x18n');
    await session.done;
    expect(t.fs.readText('/root/new.txt')).toBe('hello\nworld\n');
  });

  it('cuts lines with Ctrl+K and pastes them with Ctrl+U', async () => {
    const t = createTestTerminal();
    t.fs.writeFile('/root/c.txt', 'one\ntwo\nthree\n');
    const session = await t.start('nano /root/c.txt');
    await t.keys('\x0b\x0b');
    expect(t.screen.lines().slice(1, 3)).toEqual(['three', '']);
    await t.keys('\x1b[B\x15');
    expect(t.screen.lines().slice(1, 4)).toEqual(['three', 'one', 'two']);
    await t.keys('\x0f\r\x18');
    await session.done;
    expect(t.fs.readText('/root/c.txt')).toBe('three\none\ntwo\n');
  });

  it('searches with Ctrl+W and reports what it finds', async () => {
    const t = createTestTerminal();
    t.fs.writeFile('/root/n.conf', 'server {\n  listen 80;\n}\n');
    await t.start('nano /root/n.conf');
    await t.keys('\x17');
    expect(t.screen.lines()[21]).toBe('Search:');
    await t.keys('LISTEN\r');
    expect([t.screen.row, t.screen.col]).toEqual([2, 2]);
    await t.keys('\x17\r');
    expect(t.screen.lines()[21]).toContain('[ This is the only occurrence ]');
    await t.keys('\x17nope\r');
    expect(t.screen.lines()[21]).toContain('[ "nope" not found ]');
  });

  it('reports a write error and keeps the buffer', async () => {
    const t = createTestTerminal();
    await t.start('nano /nope/x');
    await t.keys('hi\x0f\r');
    expect(t.screen.lines()[21]).toContain('[ Error writing /nope/x: No such file or directory ]');
    expect(t.screen.lines()[1]).toBe('hi');
  });

  it('undoes with M-U', async () => {
    const t = createTestTerminal();
    t.fs.writeFile('/root/u.txt', 'keep\n');
    await t.start('nano /root/u.txt');
    await t.keys('abc');
    await t.keys('\x1b');
    await t.keys('u');
    expect(t.screen.lines()[1]).toBe('keep');
  });
});
