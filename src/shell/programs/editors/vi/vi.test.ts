import { describe, expect, it } from 'vitest';
import { createTestTerminal } from '../test-terminal';

async function vi(file: string, content?: string, columns = 80, rows = 24) {
  const t = createTestTerminal({ columns, rows });
  if (content !== undefined) t.fs.writeFile(file, content);
  const session = await t.start(`vi ${file}`);
  return { t, session };
}

describe('vi', () => {
  it('creates a file, inserts text, saves with :wq, and cat shows it', async () => {
    const { t, session } = await vi('/root/Dockerfile');
    expect(t.screen.alternate).toBe(true);
    expect(t.screen.lines()[23]).toMatch(/^"\/root\/Dockerfile" \[New\]/);
    expect(t.screen.lines()[1]).toBe('~');
    await t.keys('iFROM ubuntu');
    expect(t.screen.lines()[0]).toBe('FROM ubuntu');
    expect(t.screen.lines()[23]).toMatch(/^-- INSERT --/);
    await t.keys('\x1b');
    await t.keys(':wq\r');
    expect(await session.done).toBe(0);
    expect(t.screen.alternate).toBe(false);
    expect(await t.run('cat /root/Dockerfile')).toBe('FROM ubuntu\n');
  });

  it('reports what :w wrote, as vim does', async () => {
    const { t } = await vi('/root/app.py', 'print("hi")\nx = 1\n');
    expect(t.screen.lines()[23]).toMatch(/^"\/root\/app.py" 2L, 18B +1,1 +All$/);
    await t.keys('ddp:w\r');
    expect(t.screen.lines()[23]).toMatch(/^"\/root\/app.py" 2L, 18B written/);
    expect(t.fs.readText('/root/app.py')).toBe('x = 1\nprint("hi")\n');
  });

  it(':q refuses with E37 when there are changes; :q! leaves them unsaved', async () => {
    const { t, session } = await vi('/root/a.txt', 'one\n');
    await t.keys('xx:q\r');
    expect(t.screen.lines()[23]).toContain('E37: No write since last change (add ! to override)');
    await t.keys(':q!\r');
    expect(await session.done).toBe(0);
    expect(t.fs.readText('/root/a.txt')).toBe('one\n');
  });

  it('undoes several levels with u and redoes with Ctrl+R', async () => {
    const { t, session } = await vi('/root/u.txt', 'abc\n');
    await t.keys('x');
    await t.keys('x');
    await t.keys('ohello\x1b');
    expect(t.screen.lines().slice(0, 2)).toEqual(['c', 'hello']);
    await t.keys('u');
    expect(t.screen.lines().slice(0, 2)).toEqual(['c', '~']);
    expect(t.screen.lines()[23]).toMatch(/^1 line less; before #3 {2}0 seconds ago/);
    await t.keys('uu');
    expect(t.screen.lines()[0]).toBe('abc');
    await t.keys('u');
    expect(t.screen.lines()[23]).toMatch(/^Already at oldest change/);
    await t.keys('\x12');
    expect(t.screen.lines()[0]).toBe('bc');
    await t.keys(':wq\r');
    await session.done;
    expect(t.fs.readText('/root/u.txt')).toBe('bc\n');
  });

  it('moves by words and lines, deletes with operators, repeats with .', async () => {
    const { t, session } = await vi(
      '/root/w.txt',
      'RUN apt-get update && apt-get install -y nginx\nsecond line\nthird\n',
    );
    await t.keys('wdw');
    expect(t.screen.lines()[0]).toBe('RUN -get update && apt-get install -y nginx');
    await t.keys('.');
    expect(t.screen.lines()[0]).toBe('RUN get update && apt-get install -y nginx');
    await t.keys('$x0D');
    expect(t.screen.lines()[0]).toBe('');
    await t.keys('jdd');
    expect(t.screen.lines().slice(0, 3)).toEqual(['', 'third', '~']);
    await t.keys('ggJ');
    expect(t.screen.lines()[0]).toBe('third');
    await t.keys('yyP3G');
    expect(t.screen.lines().slice(0, 2)).toEqual(['third', 'third']);
    await t.keys(':wq\r');
    await session.done;
    expect(t.fs.readText('/root/w.txt')).toBe('third\nthird\n');
  });

  it('cw changes to the end of the word; r, A, I, o, O and . work', async () => {
    const { t, session } = await vi('/root/c.txt', 'FROM ubuntu:18.04\n');
    await t.keys('wcwdebian\x1b');
    expect(t.screen.lines()[0]).toBe('FROM debian:18.04');
    await t.keys('A # base\x1bIx\x1brY');
    expect(t.screen.lines()[0]).toBe('YFROM debian:18.04 # base');
    await t.keys('oRUN a\x1b');
    await t.keys('O');
    await t.keys('WORKDIR /app\x1b');
    await t.keys('j.');
    expect(t.screen.lines().slice(0, 4)).toEqual([
      'YFROM debian:18.04 # base',
      'WORKDIR /app',
      'WORKDIR /app',
      'RUN a',
    ]);
    await t.keys(':x\r');
    await session.done;
  });

  it('searches with / n N and substitutes with :%s', async () => {
    const { t, session } = await vi('/root/n.conf', 'listen 80;\nserver_name a;\nlisten 8080;\n');
    await t.keys('/listen\r');
    expect(t.screen.row).toBe(2);
    await t.keys('n');
    expect(t.screen.row).toBe(0);
    expect(t.screen.lines()[23]).toMatch(/^search hit BOTTOM, continuing at TOP/);
    await t.keys('/nope\r');
    expect(t.screen.lines()[23]).toMatch(/^E486: Pattern not found: nope/);
    await t.keys(':%s/listen/LISTEN/g\r');
    expect(t.screen.lines()[0]).toBe('LISTEN 80;');
    expect(t.screen.lines()[2]).toBe('LISTEN 8080;');
    await t.keys(':%s/\\(\\d\\+\\)/[\\1]/g\r');
    expect(t.screen.lines()[2]).toBe('LISTEN [8080];');
    await t.keys(':wq\r');
    await session.done;
    expect(t.fs.readText('/root/n.conf')).toBe('LISTEN [80];\nserver_name a;\nLISTEN [8080];\n');
  });

  it('shows line numbers with :set nu and jumps with :N and NG', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n');
    const { t } = await vi('/root/l.txt', `${lines}\n`);
    await t.keys(':set nu\r');
    expect(t.screen.lines()[0]).toBe('  1 line 1');
    await t.keys(':50\r');
    expect(t.screen.lines()[23]).toMatch(/50,1 +\d+%$/);
    await t.keys('G');
    expect(t.screen.lines()[22]).toBe('100 line 100');
    await t.keys('7G');
    expect(t.screen.lines()[23]).toMatch(/7,1/);
    await t.keys(':set nonu\r');
    expect(t.screen.lines()[0]).toMatch(/^line \d+$/);
    await t.keys(':set foo\r');
    expect(t.screen.lines()[23]).toMatch(/^E518: Unknown option: foo/);
  });

  it('prints E32, E492 and E212 as vim does', async () => {
    const t = createTestTerminal();
    const session = await t.start('vi');
    await t.keys('ihi\x1b:w\r');
    expect(t.screen.lines()[23]).toMatch(/^E32: No file name/);
    await t.keys(':foo\r');
    expect(t.screen.lines()[23]).toMatch(/^E492: Not an editor command: foo/);
    await t.keys(':w /nope/x\r');
    expect(t.screen.lines()[23]).toMatch(/^"\/nope\/x" E212: Can't open file for writing/);
    await t.keys(':w /tmp/new.txt\r');
    expect(t.screen.lines()[23]).toMatch(/^"\/tmp\/new.txt" \[New\] 1L, 3B written/);
    await t.keys(':wq\r');
    expect(await session.done).toBe(0);
    expect(t.fs.readText('/tmp/new.txt')).toBe('hi\n');
  });

  it('view opens read-only: :w is E45, :w! writes', async () => {
    const t = createTestTerminal();
    t.fs.writeFile('/root/r.txt', 'x\n');
    const session = await t.start('view /root/r.txt');
    expect(t.screen.lines()[23]).toMatch(/^"\/root\/r.txt" \[readonly\] 1L, 2B/);
    await t.keys('x');
    expect(t.screen.lines()[23]).toMatch(/^W10: Warning: Changing a readonly file/);
    await t.keys('iy\x1b:w\r');
    expect(t.screen.lines()[23]).toMatch(/^E45: 'readonly' option is set \(add ! to override\)/);
    await t.keys(':wq!\r');
    await session.done;
    expect(t.fs.readText('/root/r.txt')).toBe('y\n');
  });

  it('wraps long lines and shows ~ past the end', async () => {
    const { t } = await vi('/root/long.txt', `${'a'.repeat(100)}\nb\n`, 40, 10);
    expect(t.screen.lines().slice(0, 5)).toEqual([
      'a'.repeat(40),
      'a'.repeat(40),
      'a'.repeat(20),
      'b',
      '~',
    ]);
    await t.keys('$');
    expect([t.screen.row, t.screen.col]).toEqual([2, 19]);
  });

  it('warns and exits 1 when stdin is not a terminal, changing nothing', async () => {
    const t = createTestTerminal();
    t.fs.writeFile('/root/p.txt', 'keep\n');
    const out = await t.run('echo ihello | vi /root/p.txt; echo "status $?"');
    expect(out).toBe('Vim: Warning: Input is not from a terminal\nstatus 1\n');
    expect(t.fs.readText('/root/p.txt')).toBe('keep\n');
  });

  it('stays fast on a 5,000-line file', async () => {
    const big = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
    const { t, session } = await vi('/root/big.txt', `${big}\n`);
    const keys = `2500Gi${'typed '.repeat(200)}\x1b${'jx'.repeat(200)}Gddggdd`;
    for (const k of keys) await t.keys(k);
    await t.keys(':wq\r');
    await session.done;
    const text = t.fs.readText('/root/big.txt').split('\n');
    expect(text.length).toBe(4999);
    expect(text[2498]?.startsWith('typed typed')).toBe(true);
  });
});
