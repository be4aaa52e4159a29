import { describe, expect, it } from 'vitest';
import { ConsoleCore } from './console';
import { createHistory } from './history';
import { renderPlain } from './screen';

function setup(columns = 80, history: string[] = []) {
  const c = new ConsoleCore({ columns, rows: 24, history: createHistory(history) });
  let out = '';
  c.onOutput((d) => {
    out += d;
  });
  return { c, screen: () => renderPlain(out) };
}

const PROMPT = { prompt: '$ ', history: true } as const;

describe('line editor', () => {
  it('edits with cursor keys, Home/End and Backspace/Delete', async () => {
    const { c } = setup();
    const r = c.readLine(PROMPT);
    c.input('helo\x1b[D\x1b[Dl'); // "hello"? h e l o, left twice -> between e and l, insert l
    c.input('\x1b[H>\x1b[F<'); // Home, insert '>', End, insert '<'
    c.input('\x1b[D\x7f'); // left of '<', backspace removes 'o'
    c.input('\x1b[3~\r'); // Delete removes '<'
    expect(await r).toEqual({ kind: 'line', text: '>hell' });
  });

  it('supports Ctrl+A/E/K/U/W and yank', async () => {
    const { c } = setup();
    let r = c.readLine(PROMPT);
    c.input('docker run ubuntu\x17\x17'); // Ctrl+W twice removes "ubuntu" and "run "
    c.input('ps\r');
    expect(await r).toEqual({ kind: 'line', text: 'docker ps' });
    r = c.readLine(PROMPT);
    c.input('abc def\x01\x0b'); // Ctrl+A, Ctrl+K: kill whole line
    c.input('x\x19\r'); // type x, yank "abc def"
    expect(await r).toEqual({ kind: 'line', text: 'xabc def' });
    r = c.readLine(PROMPT);
    c.input('abc def\x1b[D\x1b[D\x15\x05!\r'); // Ctrl+U kills "abc d", Ctrl+E, "!"
    expect(await r).toEqual({ kind: 'line', text: 'ef!' });
  });

  it('walks history with Up/Down and keeps the draft', async () => {
    const { c } = setup(80, ['first', 'second']);
    const r = c.readLine(PROMPT);
    c.input('dra\x1b[A\x1b[A\x1b[B\x1b[B\r');
    expect(await r).toEqual({ kind: 'line', text: 'dra' });
    const r2 = c.readLine(PROMPT);
    c.input('\x1b[A\x1b[A\r');
    expect(await r2).toEqual({ kind: 'line', text: 'second' });
    expect(c.history()).toEqual(['first', 'second', 'dra', 'second']);
  });

  it('finds earlier commands with Ctrl+R', async () => {
    const { c, screen } = setup(80, ['docker pull ubuntu', 'ls /', 'docker images']);
    const r = c.readLine(PROMPT);
    c.input('\x12dock');
    expect(screen()).toContain("(reverse-i-search)`dock': docker images");
    c.input('\x12'); // older match
    expect(screen()).toContain("(reverse-i-search)`dock': docker pull ubuntu");
    c.input('\r');
    expect(await r).toEqual({ kind: 'line', text: 'docker pull ubuntu' });
  });

  it('Ctrl+R with no match says failed; Ctrl+G restores the line', async () => {
    const { c, screen } = setup(80, ['echo hi']);
    const r = c.readLine(PROMPT);
    c.input('keep\x12zzz');
    expect(screen()).toContain("(failed reverse-i-search)`zzz'");
    c.input('\x07\r');
    expect(await r).toEqual({ kind: 'line', text: 'keep' });
  });

  it('Ctrl+C at a prompt abandons the line with ^C; Ctrl+D on an empty line is EOF', async () => {
    const { c, screen } = setup();
    const r = c.readLine(PROMPT);
    c.input('half typed\x03');
    expect(await r).toEqual({ kind: 'interrupt' });
    expect(screen()).toBe('$ half typed^C\n');
    const r2 = c.readLine(PROMPT);
    c.input('\x04');
    expect(await r2).toEqual({ kind: 'eof' });
  });

  it('Ctrl+D on a non-empty line deletes under the cursor', async () => {
    const { c } = setup();
    const r = c.readLine(PROMPT);
    c.input('abc\x01\x04\r');
    expect(await r).toEqual({ kind: 'line', text: 'bc' });
  });

  it('Ctrl+L clears the screen and redraws the prompt and line', async () => {
    const { c } = setup();
    let out = '';
    c.onOutput((d) => (out += d));
    const r = c.readLine(PROMPT);
    c.input('ab\x0c');
    expect(out).toContain('\x1b[H\x1b[2J$ ab');
    c.input('\r');
    await r;
  });

  it('completes with Tab: one candidate, a common prefix, and a list on the second Tab', async () => {
    const { c, screen } = setup();
    const words = ['images', 'image', 'info', 'inspect'];
    const complete = (line: string, cursor: number) => {
      const start = line.lastIndexOf(' ', cursor - 1) + 1;
      const w = line.slice(start, cursor);
      return { start, candidates: words.filter((x) => x.startsWith(w)) };
    };
    const r = c.readLine({ ...PROMPT, complete });
    c.input('docker ins\t');
    c.input('\r');
    expect(await r).toEqual({ kind: 'line', text: 'docker inspect ' });
    const r2 = c.readLine({ ...PROMPT, complete });
    c.input('docker i\t\t');
    expect(screen()).toMatch(/images\s+image\s+info\s+inspect|image\s+images/);
    c.input('\x03');
    await r2;
  });

  it('wraps long lines at the terminal width and still edits correctly', async () => {
    const { c, screen } = setup(10);
    const r = c.readLine(PROMPT);
    c.input('abcdefghijklmnop'); // 2 + 16 = 18 cells: two rows at width 10
    c.input('\x01X\r');
    expect(await r).toEqual({ kind: 'line', text: 'Xabcdefghijklmnop' });
    expect(screen()).toContain('Xabcdefghijklmnop');
  });
});

describe('line discipline', () => {
  it('runs each line of a multi-line paste in turn', async () => {
    const { c } = setup();
    const lines: string[] = [];
    const loop = (async () => {
      for (let i = 0; i < 3; i++) {
        const r = await c.readLine(PROMPT);
        if (r.kind === 'line') lines.push(r.text);
      }
    })();
    c.input('one\rtwo\r\nthree\r');
    await loop;
    expect(lines).toEqual(['one', 'two', 'three']);
  });

  it('keeps typeahead for the next read while a command runs', async () => {
    const { c } = setup();
    const done = c.foreground(async () => {
      c.input('later\r');
      return 0;
    });
    await done;
    expect(await c.readLine(PROMPT)).toEqual({ kind: 'line', text: 'later' });
  });

  it('Ctrl+C interrupts the foreground job and flushes typeahead before it', async () => {
    const { c, screen } = setup();
    let interrupted = false;
    const job = c.foreground(
      (signal) =>
        new Promise<number>((resolve) => {
          signal.onInterrupt(() => {
            interrupted = true;
            resolve(130);
          });
        }),
    );
    c.input('typed ahead\x03after\r');
    expect(await job).toBe(130);
    expect(interrupted).toBe(true);
    expect(screen()).toBe('^C');
    expect(await c.readLine(PROMPT)).toEqual({ kind: 'line', text: 'after' });
  });

  it('Ctrl+C while a program reads the terminal interrupts the program', async () => {
    const { c } = setup();
    const job = c.foreground(async (signal) => {
      const r = await c.readLine({ prompt: '' });
      return { r, interrupted: signal.interrupted };
    });
    c.input('abc\x03');
    expect(await job).toEqual({ r: { kind: 'interrupt' }, interrupted: true });
  });

  it("raw mode: Ctrl+C goes to the job's handler every time and interrupts nothing", async () => {
    const { c, screen } = setup();
    let keys = 0;
    let hostInterrupted = false;
    let finish!: () => void;
    const host = c.foreground(async (hostSignal) => {
      hostSignal.onInterrupt(() => (hostInterrupted = true));
      return c.foreground(
        (raw) =>
          new Promise<boolean>((resolve) => {
            finish = () => resolve(raw.interrupted);
          }),
        { onCtrlC: () => keys++ },
      );
    });
    c.input('x\x03');
    c.input('\x03');
    expect(keys).toBe(2);
    expect(screen()).toBe('^C^C');
    finish();
    expect(await host).toBe(false);
    expect(hostInterrupted).toBe(false);
    // The typeahead before the Ctrl+C was flushed, as the pty's ISIG does.
    c.input('after\r');
    expect(await c.readLine(PROMPT)).toEqual({ kind: 'line', text: 'after' });
  });

  it("raw mode: a job above it (the container shell's command) is interrupted as usual", async () => {
    const { c } = setup();
    let keys = 0;
    let release!: () => void;
    const outer = c.foreground(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      { onCtrlC: () => keys++ },
    );
    const inner = c.foreground(
      (signal) => new Promise<string>((resolve) => signal.onInterrupt(() => resolve('stopped'))),
    );
    c.input('\x03');
    expect(await inner).toBe('stopped');
    expect(keys).toBe(0);
    // A shell prompt read under the raw job: Ctrl+C abandons the line, nothing is signalled.
    const prompt = c.readLine(PROMPT);
    c.input('half\x03');
    expect(await prompt).toEqual({ kind: 'interrupt' });
    expect(keys).toBe(0);
    // A program reading the terminal under it (cat): the key goes to the handler.
    const read = c.readLine({ prompt: '' });
    c.input('abc\x03');
    expect(await read).toEqual({ kind: 'interrupt' });
    expect(keys).toBe(1);
    release();
    await outer;
  });

  it('survives hostile input: control characters, lone surrogates, huge pastes', async () => {
    const { c } = setup();
    const r = c.readLine(PROMPT);
    c.input('\x00\x1b\x1b[999;999;999Z\x1bO\x9b\ud800ok\udfff\x1b[');
    c.input('\r');
    const got = await r;
    expect(got).toEqual({ kind: 'line', text: '\ufffdok\ufffd' });
    const big = 'x'.repeat(1_000_000);
    const r2 = c.readLine(PROMPT);
    c.input(big + '\r');
    const line = await r2;
    expect(line.kind === 'line' && line.text.length).toBe(1_000_000);
  });

  it('pastes 10,000 lines, each read in turn', async () => {
    const { c } = setup();
    let count = 0;
    const loop = (async () => {
      for (;;) {
        const r = await c.readLine({ prompt: '$ ' });
        if (r.kind !== 'line') return;
        count++;
      }
    })();
    c.input(Array.from({ length: 10_000 }, (_, i) => `echo ${i}`).join('\r') + '\r\x04');
    await loop;
    expect(count).toBe(10_000);
  });

  it('turns program newlines into CRLF and reports idleness', async () => {
    const { c } = setup();
    let out = '';
    c.onOutput((d) => (out += d));
    c.write('a\nb\r\n');
    expect(out).toBe('a\r\nb\r\n');
    let idle = false;
    void c.whenIdle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    void c.readLine(PROMPT);
    await Promise.resolve();
    expect(idle).toBe(true);
  });
});

describe('output batching', () => {
  it('echoes a keystroke in one write (xterm paints the first write after input at once)', async () => {
    const c = new ConsoleCore({ columns: 80, rows: 24 });
    const writes: string[] = [];
    c.onOutput((d) => writes.push(d));
    const r = c.readLine({ prompt: '$ ', history: true });
    writes.length = 0;
    c.input('a');
    expect(writes).toHaveLength(1);
    c.input('\r');
    await r;
  });
});

describe('raw mode', () => {
  it('hands full-screen programs the keys as typed, Ctrl+C included, with no echo', async () => {
    const c = new ConsoleCore({ columns: 80, rows: 24 });
    let out = '';
    c.onOutput((d) => (out += d));
    let interrupted = false;
    const got = await c.foreground(async (signal) => {
      signal.onInterrupt(() => (interrupted = true));
      const first = c.readRaw();
      c.input('ihello\x1b\x1b[A\x03:wq\r');
      return first;
    });
    expect(got).toBe('ihello\x1b\x1b[A\x03:wq\r');
    expect(out).toBe('');
    expect(interrupted).toBe(false);
  });

  it('keeps keys typed before the raw read', async () => {
    const c = new ConsoleCore({ columns: 80, rows: 24 });
    c.input('x');
    expect(c.reading).toBe(false);
    expect(await c.readRaw()).toBe('x');
  });
});

describe('escape sequences', () => {
  it('reads ESC O x as Escape-then-O when x is not an SS3 key (vi: <Esc>O)', () => {
    const c = new ConsoleCore({ columns: 80, rows: 24 });
    const got = c.readRaw();
    c.input('\x1bOW');
    return expect(got).resolves.toBe('\x1bOW');
  });
});

describe('attach support', () => {
  it('lets a filter take keys (detach keys) and cancels the pending read', async () => {
    const c = new ConsoleCore({ columns: 80, rows: 24 });
    let detached = false;
    c.setInputFilter((data) => {
      if (data.includes('\x10\x11')) {
        detached = true;
        c.cancelRead();
        return data.replace('\x10\x11', '');
      }
      return data;
    });
    const r = c.readLine({ prompt: '# ', history: true });
    c.input('ls');
    c.input('\x10\x11');
    expect(await r).toEqual({ kind: 'eof' });
    expect(detached).toBe(true);
    c.setInputFilter(null);
    const r2 = c.readLine({ prompt: '$ ' });
    c.input('\x10x\r');
    expect(await r2).toEqual({ kind: 'line', text: 'x' });
  });
});
