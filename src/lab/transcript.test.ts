import { describe, expect, it } from 'vitest';
import { runTranscript } from './transcript';

const opts = { yieldToHost: () => new Promise<void>((r) => setImmediate(r)) };

// The first run loads every lazily loaded module (preload.ts): seconds on a busy CI machine.
describe('runTranscript', { timeout: 60_000 }, () => {
  it('records prompt, typed line and output for each line', async () => {
    const r = await runTranscript(['echo hello world', 'nosuch --flag'], opts);
    expect(r.entries).toEqual([
      {
        input: 'echo hello world',
        prompt: 'root@layerlab:~# ',
        output: 'hello world\n',
        exitCode: 0,
      },
      {
        input: 'nosuch --flag',
        prompt: 'root@layerlab:~# ',
        output: 'bash: nosuch: command not found\n',
        exitCode: 127,
      },
    ]);
    expect(r.plain).toBe(
      [
        'root@layerlab:~# echo hello world',
        'hello world',
        'root@layerlab:~# nosuch --flag',
        'bash: nosuch: command not found',
        'root@layerlab:~# exit',
        '',
      ].join('\n'),
    );
  });

  it('types on when a foreground job waits without reading (a server run with -it): Ctrl+C reaches it', async () => {
    const lines = ['docker run -it -p 8080:80 nginx', '^C', 'echo after $?'];
    const r = await runTranscript(lines, opts);
    expect(r.entries[0]?.output).toContain('start worker processes');
    expect(r.entries[0]?.exitCode).toBeNull();
    expect(r.entries[1]?.output).toMatch(/^\^C.*signal 2 \(SIGINT\) received, exiting/s);
    // Docker's client would return nginx's 0 here: the lab's console still treats this Ctrl+C
    // as the shell's (see src/lab/README.md), so the line ends with 130.
    expect(r.entries[2]?.output).toMatch(/^after \d+\n$/);
    const again = await runTranscript(lines, opts);
    expect(again.plain).toBe(r.plain);
  });

  it('sleep infinity waits until Ctrl+C (no timer runs the clock to the end of time)', async () => {
    const r = await runTranscript(['sleep infinity', '^C', 'echo $?', 'date +%Y'], opts);
    expect(r.entries.map((e) => e.output)).toEqual(['', '^C\n', '130\n', '2026\n']);
    const bad = await runTranscript(['sleep forever'], opts);
    expect(bad.entries[0]?.output).toBe(
      "sleep: invalid time interval 'forever'\nTry 'sleep --help' for more information.\n",
    );
  });

  it('is byte-identical for the same seed', async () => {
    const lines = ['echo a', 'history', '^C', 'echo b'];
    const a = await runTranscript(lines, { ...opts, seed: 7 });
    const b = await runTranscript(lines, { ...opts, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('sends ^C as Ctrl+C: the line is abandoned and a new prompt appears', async () => {
    const r = await runTranscript(['^C'], opts);
    expect(r.entries[0]).toMatchObject({ input: '^C', output: '', exitCode: 0 });
    expect(r.plain.split('\n')[0]).toBe('root@layerlab:~# ^C');
  });

  it('starts a new login shell when the host shell exits, as a fresh terminal would', async () => {
    const r = await runTranscript(['exit 3', 'echo again'], opts);
    expect(r.entries[0]).toMatchObject({ input: 'exit 3', exitCode: 0 });
    expect(r.entries[0]?.output).toContain('a new login shell starts');
    expect(r.entries[1]).toMatchObject({ input: 'echo again', output: 'again\n', exitCode: 0 });
  });
});
