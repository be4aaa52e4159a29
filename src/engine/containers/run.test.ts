import { describe, expect, it } from 'vitest';
import type { ProcessOutput } from './process';
import { must, testLab } from './testing';

function sink(): ProcessOutput & { text: string } {
  const s = {
    text: '',
    write(t: string) {
      s.text += t;
    },
    isTTY: false,
    columns: 80,
  };
  return s;
}

/** `docker run` without -d: create, attach stdout/stderr, start, wait. */
async function run(lab: ReturnType<typeof testLab>, image: string, cmd?: string[], extra = {}) {
  const out = sink();
  const { id } = must(
    lab.api.createContainer({
      image,
      ...(cmd ? { cmd } : {}),
      attachStdout: true,
      attachStderr: true,
      ...extra,
    }),
  );
  must(lab.api.attachContainer(id, { stdout: out, stderr: out }));
  const started = lab.api.startContainer(id);
  if (!started.ok) return { id, out, started, code: started.error.exitCode ?? 125 };
  const { statusCode } = must(await lab.api.waitContainer(id));
  return { id, out, started, code: statusCode };
}

describe('docker run behaviours', () => {
  it('run centos-like (Cmd bash, stdin closed, no tty): bash reads EOF and exits 0', async () => {
    const lab = testLab();
    const t0 = lab.clock.now();
    const r = await run(lab, 'testos');
    expect(r.code).toBe(0);
    expect(r.out.text).toBe('');
    expect(lab.clock.now()).toBe(t0);
    expect(must(lab.api.listContainers())).toHaveLength(0);
    lab.clock.advance(3000);
    const [row] = must(lab.api.listContainers({ all: true }));
    expect(row?.Status).toBe('Exited (0) 3 seconds ago');
    expect(row?.Command).toBe('/bin/bash');
    expect(row?.Image).toBe('testos');
  });

  it('-dit keeps bash up: tty allocated, stdin open, nobody typing', async () => {
    const lab = testLab();
    const { id } = must(lab.api.createContainer({ image: 'testos', tty: true, openStdin: true }));
    must(lab.api.startContainer(id));
    await lab.api.settle();
    lab.clock.advance(7 * 60_000);
    const [row] = must(lab.api.listContainers());
    expect(row?.Status).toBe('Up 7 minutes');
    expect(row?.State).toBe('running');
  });

  it('-d alone: bash exits at once', async () => {
    const lab = testLab();
    const { id } = must(lab.api.createContainer({ image: 'testos' }));
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    must(lab.api.startContainer(id));
    await lab.api.settle();
    expect(must(lab.api.inspectContainer(id)).State.Status).toBe('exited');
  });

  it('run sleep 5 attached ends after 5 lab seconds', async () => {
    const lab = testLab();
    const t0 = lab.clock.now();
    const r = await run(lab, 'testos', ['sleep', '5']);
    expect(r.code).toBe(0);
    expect(lab.clock.now() - t0).toBe(5000);
    const s = must(lab.api.inspectContainer(r.id)).State;
    expect(Date.parse(s.FinishedAt) - Date.parse(s.StartedAt)).toBe(5000);
  });

  it('a detached sleep waits for lab time; the host sleeping drives it', async () => {
    const lab = testLab();
    const { id } = must(lab.api.createContainer({ image: 'testos', cmd: ['sleep', '100'] }));
    must(lab.api.startContainer(id));
    await lab.api.settle();
    const t0 = lab.clock.now();
    await lab.api.timers.advance(10_000);
    expect(must(lab.api.listContainers())[0]?.Status).toBe('Up 10 seconds');
    await lab.api.timers.advance(95_000);
    const c = must(lab.api.inspectContainer(id));
    expect(c.State.Running).toBe(false);
    expect(Date.parse(c.State.FinishedAt) - t0).toBe(100_000);
    expect(lab.clock.now() - t0).toBe(105_000);
  });

  it('missing executable: runc error, exit 127, state Created', async () => {
    const lab = testLab();
    const r = await run(lab, 'testos', ['foo']);
    expect(r.started.ok).toBe(false);
    if (r.started.ok) return;
    expect(r.started.error.message).toBe(
      'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "foo": executable file not found in $PATH: unknown',
    );
    expect(r.code).toBe(127);
    const c = must(lab.api.inspectContainer(r.id));
    expect(c.State.ExitCode).toBe(127);
    expect(c.State.Status).toBe('created');
    expect(must(lab.api.listContainers({ all: true }))[0]?.Status).toBe('Created');
  });

  it('permission denied: exit 126', async () => {
    const lab = testLab();
    const r = await run(lab, 'testos', ['/etc/motd']);
    expect(r.code).toBe(126);
    expect(r.started.ok ? '' : r.started.error.message).toContain(
      'exec: "/etc/motd": permission denied',
    );
  });

  it('output reaches the attached client and the log, per stream', async () => {
    const lab = testLab();
    const r = await run(lab, 'testos', ['sh', '-c', 'echo hello; nosuch; echo bye']);
    expect(r.out.text).toBe('hello\nsh: nosuch: not found\nbye\n');
    const logs = must(lab.api.containerLogs(r.id));
    expect(logs.entries.map((e) => `${e.stream}:${e.text}`)).toEqual([
      'stdout:hello\n',
      'stderr:sh: nosuch: not found\n',
      'stdout:bye\n',
    ]);
    expect(
      must(lab.api.containerLogs(r.id, { stderr: false, tail: 1 })).entries.map((e) => e.text),
    ).toEqual(['bye\n']);
  });

  it('-i without -t: stdin comes from the client and EOF ends cat', async () => {
    const lab = testLab();
    const lines = ['one\n', 'two\n'];
    const stdin = {
      readLine: () => Promise.resolve(lines.shift() ?? null),
      readAll: () => Promise.resolve(lines.splice(0).join('')),
      isTTY: false,
    };
    const out = sink();
    const { id } = must(
      lab.api.createContainer({
        image: 'testos',
        cmd: ['cat'],
        openStdin: true,
        attachStdin: true,
      }),
    );
    must(lab.api.attachContainer(id, { stdin, stdout: out, stderr: out }));
    must(lab.api.startContainer(id));
    expect(must(await lab.api.waitContainer(id)).statusCode).toBe(0);
    expect(out.text).toBe('one\ntwo\n');
  });

  it('--rm removes the container when it exits', async () => {
    const lab = testLab();
    const { id } = must(
      lab.api.createContainer({
        image: 'testos',
        cmd: ['fail', '3'],
        hostConfig: { autoRemove: true },
      }),
    );
    must(lab.api.startContainer(id));
    expect(must(await lab.api.waitContainer(id, 'removed')).statusCode).toBe(3);
    expect(lab.api.inspectContainer(id).ok).toBe(false);
    expect(lab.events.some((e) => e.type === 'container/removed')).toBe(true);
  });
});
