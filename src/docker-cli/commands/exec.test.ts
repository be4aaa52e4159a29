import { describe, expect, it } from 'vitest';
import { containerLab, dockerIn, mustRun, ScriptTty } from './lib/container-testing';

describe('docker exec, diff, commit, logs, port, top, events', () => {
  it('exec: a second process sharing the writable layer; errors and 127', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '-dit', '--name', 'c1', 'testos');
    await mustRun(lab, 'run', '-dit', '--name', 'c2', 'testos');
    await mustRun(lab, 'exec', 'c1', 'touch', '/tmp/mine');
    expect((await mustRun(lab, 'diff', 'c1')).stdout).toBe('C /tmp\nA /tmp/mine\n');
    expect((await mustRun(lab, 'diff', 'c2')).stdout).toBe('');
    const missing = await dockerIn(lab, ['exec', 'c1', 'nosuch']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n',
    );
    const tty = new ScriptTty(['echo inside', 'exit']);
    expect((await dockerIn(lab, ['exec', '-it', 'c1', 'bash'], { tty })).code).toBe(0);
    expect(tty.screen).toContain('inside\n');
    await mustRun(lab, 'stop', 'c2');
    const stopped = await dockerIn(lab, ['exec', 'c2', 'true']);
    const id = lab.api.getContainer('c2');
    expect(stopped).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id.ok ? id.value.id : ''} is not running\n`,
      code: 1,
    });
  });

  it('exec -it: Ctrl+C is SIGINT to the exec (not PID 1), which dies of it: 130', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '-dit', '--name', 'c1', 'testos');
    const tty = new ScriptTty([], ['^C']);
    const r = await dockerIn(lab, ['exec', '-it', 'c1', 'sleep', '100'], { tty });
    expect(r.code).toBe(130);
    expect(tty.screen).toBe('^C');
    const ps = await mustRun(lab, 'ps', '--format', '{{.Names}} {{.Status}}');
    expect(ps.stdout).toBe('c1 Up Less than a second\n');
  });

  it('commit: sha256 ID, the image runs; reference errors are the client’s', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '--name', 'c1', 'testos', 'write', '/root/note', 'hi');
    const c = await mustRun(lab, 'commit', '-m', 'a note', '-a', 'me', 'c1', 'noted:v1');
    expect(c.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect((await mustRun(lab, 'run', '--rm', 'noted:v1', 'cat', '/root/note')).stdout).toBe(
      'hi\n',
    );
    expect((await dockerIn(lab, ['commit', 'c1', 'Bad'])).stderr).toBe(
      'invalid reference format: repository name (library/Bad) must be lowercase\n',
    );
  });

  it('logs: streams, --tail, -t; port and its errors; top', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '--name', 'l1', 'testos', 'sh', '-c', 'echo one; echo two');
    expect((await mustRun(lab, 'logs', 'l1')).stdout).toBe('one\ntwo\n');
    expect((await mustRun(lab, 'logs', '--tail', '1', 'l1')).stdout).toBe('two\n');
    expect((await mustRun(lab, 'logs', '-t', 'l1')).stdout).toBe(
      '2026-11-22T14:00:00.000000000Z one\n2026-11-22T14:00:00.000000000Z two\n',
    );
    await mustRun(lab, 'run', '-d', '--name', 'web', '-p', '5080:80', 'web');
    expect((await mustRun(lab, 'port', 'web')).stdout).toBe(
      '80/tcp -> 0.0.0.0:5080\n80/tcp -> [::]:5080\n',
    );
    expect((await mustRun(lab, 'port', 'web', '80/tcp')).stdout).toBe('0.0.0.0:5080\n[::]:5080\n');
    expect((await dockerIn(lab, ['port', 'web', '8080'])).stderr).toBe(
      "Error: No public port '8080' published for web\n",
    );
    const top = await mustRun(lab, 'top', 'web');
    expect(top.stdout.split('\n')[0]).toBe(
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
    );
  });

  it('events: past events with --since/--until in docker’s line format', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '--name', 'e1', 'testos', 'echo', 'x');
    // The test image's own events (its tag) come first; this test is about the container's.
    const r = await mustRun(
      lab,
      'events',
      '--since',
      '1h',
      '--until',
      '0s',
      '--filter',
      'type=container',
    );
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^2026-11-22T14:00:00\.000000000Z container create [0-9a-f]{64} \(image=testos, name=e1\)$/,
    );
    expect(lines.map((l) => l.split(' ')[2])).toEqual(['create', 'attach', 'start', 'die']);
    expect(lines[3]).toMatch(/\(execDuration=0, exitCode=0, image=testos, name=e1\)$/);
  });
});
