import { describe, expect, it } from 'vitest';
import { KEY_AFTER_LAB_MS, runTranscript } from './transcript';

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
    // The client's terminal is raw: Ctrl+C went to the container's pty, not to the host shell,
    // so docker returns nginx's 0 and nothing follows nginx's last log line.
    expect(r.entries[1]?.output).toMatch(/\[notice\] 1#1: exit\n$/);
    expect(r.entries[1]?.exitCode).toBe(0);
    expect(r.entries[2]?.output).toBe('after 0\n');
    const again = await runTranscript(lines, opts);
    expect(again.plain).toBe(r.plain);
  });

  it('Ctrl+C in docker exec -it signals the exec (status 130), not the host shell', async () => {
    const r = await runTranscript(
      [
        'docker run -d --name box alpine sleep infinity',
        'docker exec -it box sh -c "sleep infinity"',
        '^C',
        'echo after $?',
        'docker exec -it box sh',
        'sleep infinity',
        '^C',
        'echo inner $?',
        'exit',
      ],
      opts,
    );
    const out = r.entries.map((e) => e.output);
    // The pty echoes ^C; sh dies of SIGINT and docker exec returns 130 without a newline.
    expect(out[2]).toBe('^C');
    expect(out[3]).toBe('after 130\n');
    // Inside the container's shell, its own foreground command is interrupted as usual.
    expect(out[6]).toBe('^C\n');
    expect(out[7]).toBe('inner 130\n');
  });

  it(`types a key line after ${KEY_AFTER_LAB_MS / 1000} lab seconds of a program that never ends (ping)`, async () => {
    const lines = ['ping 8.8.8.8', '^C', 'echo next'];
    const r = await runTranscript(lines, opts);
    const replies = r.entries[0]?.output.match(/^64 bytes from 8\.8\.8\.8/gm) ?? [];
    expect(replies).toHaveLength(KEY_AFTER_LAB_MS / 1000);
    expect(r.entries[0]?.exitCode).toBeNull();
    expect(r.entries[1]?.output).toMatch(
      /^\^C\n--- 8\.8\.8\.8 ping statistics ---\n10 packets transmitted, 10 received/,
    );
    expect(r.entries[2]).toMatchObject({ input: 'echo next', output: 'next\n', exitCode: 0 });
    const again = await runTranscript(lines, opts);
    expect(JSON.stringify(again)).toBe(JSON.stringify(r));
  });

  it('types ^C into docker logs -f and a while-true loop with sleep, the same on every run', async () => {
    const lines = [
      'docker run -d --name tick alpine sh -c "while true; do date +%T; sleep 1; done"',
      'docker logs -f tick',
      '^C',
      'while true; do date +%T; sleep 1; done',
      '^C',
      'echo done',
    ];
    const r = await runTranscript(lines, opts);
    const times = (s: string | undefined): string[] => s?.match(/^\d\d:\d\d:\d\d$/gm) ?? [];
    expect(times(r.entries[1]?.output).length).toBeGreaterThanOrEqual(10);
    expect(r.entries[2]?.output.startsWith('^C')).toBe(true);
    expect(times(r.entries[3]?.output)).toHaveLength(10);
    expect(r.entries[4]?.output).toBe('^C\n');
    expect(r.entries[5]).toMatchObject({ output: 'done\n', exitCode: 0 });
    const again = await runTranscript(lines, opts);
    expect(JSON.stringify(again)).toBe(JSON.stringify(r));
  });

  it('does not type a command line ahead while a program runs on lab time', async () => {
    const r = await runTranscript(['sleep 30', 'echo after'], opts);
    expect(r.entries).toEqual([
      { input: 'sleep 30', prompt: 'root@layerlab:~# ', output: '', exitCode: 0 },
      { input: 'echo after', prompt: 'root@layerlab:~# ', output: 'after\n', exitCode: 0 },
    ]);
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
