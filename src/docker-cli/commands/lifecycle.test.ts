// stop, restart, kill, rm, pause, unpause, wait, rename, start: the shared shapes.
import { describe, expect, it } from 'vitest';
import { containerLab, dockerIn, mustRun, ScriptTty } from './lib/container-testing';

describe('container lifecycle commands', () => {
  it('echo each argument as typed; errors after the last one, exit 1', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '-d', '--name', 'w1', 'web');
    const stop = await dockerIn(lab, ['stop', 'nosuch', 'w1']);
    expect(stop).toEqual({
      stdout: 'w1\n',
      stderr: 'Error response from daemon: No such container: nosuch\n',
      code: 1,
    });
    const kill = await dockerIn(lab, ['kill', 'w1']);
    expect(kill.stderr).toMatch(
      /^Error response from daemon: Cannot kill container: w1: container [0-9a-f]{64} is not running\n$/,
    );
    expect((await mustRun(lab, 'start', 'w1')).stdout).toBe('w1\n');
    const rm = await dockerIn(lab, ['rm', 'w1']);
    expect(rm.stderr).toBe(
      'Error response from daemon: cannot remove container "w1": container is running: stop the container before removing or force remove\n',
    );
    expect((await mustRun(lab, 'pause', 'w1')).stdout).toBe('w1\n');
    expect((await mustRun(lab, 'ps', '--format', '{{.Status}}')).stdout).toBe(
      'Up Less than a second (Paused)\n',
    );
    expect((await mustRun(lab, 'unpause', 'w1')).stdout).toBe('w1\n');
    expect(
      await mustRun(lab, 'container', 'unpause', 'w1').catch((e: Error) => e.message),
    ).toContain('is not paused');
    expect((await mustRun(lab, 'rename', 'w1', 'w2')).stdout).toBe('');
    expect(await mustRun(lab, 'rm', '-f', 'w2', 'gone').catch(() => 'x')).not.toBe('x');
  });

  it('stop: SIGTERM ignored by PID 1 → 137 after 10 s; -t 0; a handler exits cleanly', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '-d', '--name', 's1', 'testos', 'sleep', '1000');
    await mustRun(lab, 'run', '-d', '--name', 's2', 'web');
    const t0 = lab.engine.clock.now();
    await mustRun(lab, 'stop', 's1');
    expect(lab.engine.clock.now() - t0).toBe(10_000);
    await mustRun(lab, 'stop', 's2');
    const ps = await mustRun(lab, 'ps', '-a', '--format', '{{.Names}} {{.Status}}');
    expect(ps.stdout).toBe(
      's2 Exited (0) Less than a second ago\ns1 Exited (137) Less than a second ago\n',
    );
    const wait = await mustRun(lab, 'wait', 's1', 's2');
    expect(wait.stdout).toBe('137\n0\n');
  });

  it('stop -t/--time and restart -t wait that many seconds before SIGKILL', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', '-d', '--name', 's1', 'testos', 'sleep', '1000');
    let t0 = lab.engine.clock.now();
    await mustRun(lab, 'restart', '-t', '3', 's1');
    expect(lab.engine.clock.now() - t0).toBe(3_000);
    t0 = lab.engine.clock.now();
    await mustRun(lab, 'stop', '--time', '2', 's1');
    expect(lab.engine.clock.now() - t0).toBe(2_000);
    await mustRun(lab, 'start', 's1');
    t0 = lab.engine.clock.now();
    await mustRun(lab, 'stop', '-t', '0', 's1');
    expect(lab.engine.clock.now() - t0).toBe(0);
    const wait = await mustRun(lab, 'wait', 's1');
    expect(wait.stdout).toBe('137\n');
  });

  it('start: failures one by one, then the summary; -a attaches and returns the status', async () => {
    const lab = containerLab();
    const id = (
      await mustRun(lab, 'create', '--name', 'c1', 'testos', 'echo', 'hello')
    ).stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const s = await dockerIn(lab, ['start', 'nosuch', 'c1']);
    expect(s).toEqual({
      stdout: 'c1\n',
      stderr:
        'Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch\n',
      code: 1,
    });
    const a = await dockerIn(lab, ['start', '-a', 'c1']);
    expect(a).toEqual({ stdout: 'hello\n', stderr: '', code: 0 });
    expect((await dockerIn(lab, ['start', '-a', 'c1', 'c1'])).stderr).toBe(
      'you cannot start and attach multiple containers at once\n',
    );
  });

  it('attach: refused when stopped; Ctrl+P Ctrl+Q → read escape sequence, exit 1', async () => {
    const lab = containerLab();
    await mustRun(lab, 'create', '--name', 'c1', 'testos');
    expect(await dockerIn(lab, ['attach', 'c1'])).toEqual({
      stdout: '',
      stderr: 'You cannot attach to a stopped container, start it first\n',
      code: 1,
    });
    await mustRun(lab, 'run', '-dit', '--name', 'c2', 'testos');
    const tty = new ScriptTty(['echo back', '^P^Q']);
    const r = await dockerIn(lab, ['attach', 'c2'], { tty });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('read escape sequence\n');
    expect(tty.screen).toContain('back\n');
    expect((await mustRun(lab, 'ps', '--format', '{{.Names}}')).stdout).toBe('c2\n');
  });

  it('container prune: prompt, Deleted Containers, Total reclaimed space', async () => {
    const lab = containerLab();
    const id = (await mustRun(lab, 'run', '-d', 'testos')).stdout.trim();
    await mustRun(lab, 'run', '-d', 'web');
    const no = await dockerIn(lab, ['container', 'prune'], { stdin: ['n'] });
    expect(no).toEqual({
      stdout:
        'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
      stderr: '',
      code: 0,
    });
    const yes = await dockerIn(lab, ['container', 'prune'], { stdin: ['y'] });
    expect(yes.stdout).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ' +
        `Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n`,
    );
  });
});
