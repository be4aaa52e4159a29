import { describe, expect, it } from 'vitest';
import type { ReadLineOptions, ReadResult, Tty } from '../../console/tty';
import { createDetachKeys, parseDetachKeys } from './attach';
import { must, testLab } from './testing';

const start = async (
  lab: ReturnType<typeof testLab>,
  image: string,
  cmd?: string[],
  extra = {},
) => {
  const { id } = must(lab.api.createContainer({ image, ...(cmd ? { cmd } : {}), ...extra }));
  must(lab.api.startContainer(id));
  await lab.api.settle();
  return id;
};

describe('names and IDs', () => {
  it('are deterministic for a seed, adjective_surname, short ID as hostname', () => {
    const a = testLab(7);
    const b = testLab(7);
    const ia = must(a.api.createContainer({ image: 'testos' })).id;
    const ib = must(b.api.createContainer({ image: 'testos' })).id;
    expect(ia).toBe(ib);
    expect(ia.slice(0, 12)).toMatch(/[a-f]/);
    const ca = must(a.api.inspectContainer(ia));
    expect(ca.Name).toBe(must(b.api.inspectContainer(ib)).Name);
    expect(ca.Name).toMatch(/^\/[a-z]+_[a-z]+$/);
    expect(ca.Config.Hostname).toBe(ia.slice(0, 12));
  });

  it('rejects invalid names and taken names with Docker’s texts', () => {
    const lab = testLab();
    const bad = lab.api.createContainer({ image: 'testos', name: 'x y' });
    expect(bad.ok ? '' : bad.error.message).toBe(
      'Invalid container name (x y), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
    const { id } = must(lab.api.createContainer({ image: 'testos', name: 'web' }));
    const again = lab.api.createContainer({ image: 'testos', name: 'web' });
    expect(again.ok ? '' : again.error.message).toBe(
      `Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
    expect(
      lab.api.listContainers({ all: true }).ok &&
        must(lab.api.listContainers({ all: true })).length,
    ).toBe(1);
  });

  it('a missing image is the image store’s error', () => {
    const lab = testLab();
    const r = lab.api.createContainer({ image: 'nosuch' });
    expect(r.ok ? '' : r.error.message).toBe('No such image: nosuch:latest');
  });

  it('finds containers by name, full ID and unique prefix; rename frees the old name', () => {
    const lab = testLab();
    const { id } = must(lab.api.createContainer({ image: 'testos', name: 'one' }));
    expect(must(lab.api.getContainer(id.slice(0, 4))).id).toBe(id);
    expect(must(lab.api.getContainer('/one')).id).toBe(id);
    must(lab.api.renameContainer('one', 'two'));
    expect(lab.api.getContainer('one').ok).toBe(false);
    expect(must(lab.api.inspectContainer('two')).Name).toBe('/two');
    const missing = lab.api.getContainer('nope');
    expect(missing.ok ? '' : missing.error.message).toBe('No such container: nope');
  });
});

describe('stop, kill, rm', () => {
  it('stop: a PID 1 that ignores SIGTERM is killed after the timeout → 137, clock +10 s', async () => {
    const lab = testLab();
    const id = await start(lab, 'testos', ['sleep', '1000']);
    const t0 = lab.clock.now();
    must(await lab.api.stopContainer(id));
    expect(lab.clock.now() - t0).toBe(10_000);
    expect(must(lab.api.inspectContainer(id)).State.ExitCode).toBe(137);
    const types = lab.events.filter((e) => e.type.startsWith('container/')).map((e) => e.type);
    expect(types.slice(-4)).toEqual([
      'container/killed',
      'container/killed',
      'container/died',
      'container/stopped',
    ]);
  });

  it('stop uses STOPSIGNAL (SIGQUIT): a server with a handler exits 0 at once', async () => {
    const lab = testLab();
    const id = await start(lab, 'web');
    const t0 = lab.clock.now();
    must(await lab.api.stopContainer(id, { timeout: 30 }));
    expect(lab.clock.now()).toBe(t0);
    expect(must(lab.api.inspectContainer(id)).State.ExitCode).toBe(0);
    expect(must(lab.api.containerLogs(id)).entries.map((e) => e.text)).toContain(
      'server: SIGQUIT, shutting down\n',
    );
  });

  it('kill: SIGKILL → Exited (137); an unknown signal is refused', async () => {
    const lab = testLab();
    const id = await start(lab, 'testos', ['sleep', '1000']);
    const bad = lab.api.killContainer(id, 'SIGNOPE');
    expect(bad.ok ? '' : bad.error.message).toBe('Invalid signal: SIGNOPE');
    must(lab.api.killContainer(id));
    await lab.api.settle();
    lab.clock.advance(2000);
    expect(must(lab.api.listContainers({ all: true }))[0]?.Status).toBe(
      'Exited (137) 2 seconds ago',
    );
    const again = lab.api.killContainer(id);
    expect(again.ok ? '' : again.error.message).toBe(`container ${id} is not running`);
  });

  it('rm of a running container is refused; -f kills and removes', async () => {
    const lab = testLab();
    const id = await start(lab, 'web', undefined, { name: 'web' });
    const r = lab.api.removeContainer('web');
    expect(r.ok ? '' : r.error.message).toBe(
      'cannot remove container "web": container is running: stop the container before removing or force remove',
    );
    must(lab.api.removeContainer('web', { force: true }));
    expect(lab.api.getContainer(id).ok).toBe(false);
    must(lab.api.createContainer({ image: 'web', name: 'web' }));
  });

  it('pause / unpause show in the status', async () => {
    const lab = testLab();
    const id = await start(lab, 'web');
    must(lab.api.pauseContainer(id));
    lab.clock.advance(180_000);
    expect(must(lab.api.listContainers())[0]?.Status).toBe('Up 3 minutes (Paused)');
    const rm = lab.api.removeContainer(id);
    expect(rm.ok ? '' : rm.error.message).toContain(
      'container is paused and must be unpaused first',
    );
    const ex = lab.api.execCreate(id, { cmd: ['echo'] });
    expect(ex.ok ? '' : ex.error.message).toBe(
      `Container ${id} is paused, unpause the container before exec`,
    );
    must(lab.api.unpauseContainer(id));
    expect(must(lab.api.inspectContainer(id)).State.Status).toBe('running');
  });
});

describe('restart policies', () => {
  it('always: restarts with backoff; status Restarting between runs', async () => {
    const lab = testLab();
    const id = await start(lab, 'testos', ['fail', '1'], {
      hostConfig: { restartPolicy: { Name: 'always', MaximumRetryCount: 0 } },
    });
    const c = must(lab.api.inspectContainer(id));
    expect(c.State.Status).toBe('restarting');
    expect(c.RestartCount).toBe(1);
    await lab.api.timers.advance(1000); // 100 + 200 + 400 ms of backoff fit in a second
    const after = must(lab.api.inspectContainer(id));
    expect(after.RestartCount).toBe(4);
    expect(must(lab.api.listContainers())[0]?.Status).toMatch(/^Restarting \(1\) /);
    must(await lab.api.stopContainer(id));
    expect(must(lab.api.inspectContainer(id)).State.Status).toBe('exited');
  });

  it('on-failure:2 gives up after two restarts; exit 0 is not restarted', async () => {
    const lab = testLab();
    const id = await start(lab, 'testos', ['fail', '3'], {
      hostConfig: { restartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 } },
    });
    await lab.api.timers.advance(5000);
    const c = must(lab.api.inspectContainer(id));
    expect(c.RestartCount).toBe(2);
    expect(c.State.Status).toBe('exited');
    expect(c.State.ExitCode).toBe(3);
    const ok = await start(lab, 'testos', ['echo', 'hi'], {
      hostConfig: { restartPolicy: { Name: 'on-failure', MaximumRetryCount: 0 } },
    });
    expect(must(lab.api.inspectContainer(ok)).RestartCount).toBe(0);
  });

  it('docker kill does not trigger the always policy', async () => {
    const lab = testLab();
    const id = await start(lab, 'web', undefined, {
      hostConfig: { restartPolicy: { Name: 'always', MaximumRetryCount: 0 } },
    });
    must(lab.api.killContainer(id));
    await lab.api.timers.advance(5000);
    expect(must(lab.api.inspectContainer(id)).State.Status).toBe('exited');
  });
});

describe('exec', () => {
  it('runs a second process in the same mount; -u, -w, -e', async () => {
    const lab = testLab();
    const id = await start(lab, 'web');
    const out = {
      text: '',
      write(t: string) {
        out.text += t;
      },
      isTTY: false,
      columns: 80,
    };
    const { id: ex } = must(
      lab.api.execCreate(id, { cmd: ['sh', '-c', 'write /tmp/x hi; echo done'], user: 'www' }),
    );
    const r = must(await lab.api.execStart(ex, { stdout: out, stderr: out }));
    expect(r.exitCode).toBe(0);
    expect(out.text).toBe('done\n');
    expect(must(lab.api.containerDiff(id)).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /tmp',
      'A /tmp/x',
    ]);
    const bad = lab.api.execCreate(id, { cmd: ['nosuch'] });
    const res = await lab.api.execStart(must(bad).id);
    expect(res.ok ? '' : res.error.message).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown',
    );
    expect(res.ok ? 0 : res.error.exitCode).toBe(127);
  });

  it('exec on a stopped container, and the main process taking exec sessions with it', async () => {
    const lab = testLab();
    const id = await start(lab, 'web');
    const { id: ex } = must(lab.api.execCreate(id, { cmd: ['sleep', '500'] }));
    must(await lab.api.execStart(ex, { detach: true }));
    await lab.api.settle();
    expect(must(lab.api.topContainer(id)).Processes).toHaveLength(2);
    expect(must(lab.api.inspectContainer(id)).ExecIDs).toEqual([ex]);
    must(await lab.api.stopContainer(id));
    await lab.api.settle();
    expect(must(lab.api.execInspect(ex)).ExitCode).toBe(137);
    const again = lab.api.execCreate(id, { cmd: ['echo'] });
    expect(again.ok ? '' : again.error.message).toBe(`container ${id} is not running`);
  });
});

/** A terminal that hands out queued lines, then waits for ever. */
function fakeTty(lines: string[]): Tty & { out: string } {
  const t = {
    out: '',
    readLine(_o: ReadLineOptions): Promise<ReadResult> {
      const l = lines.shift();
      return l === undefined
        ? new Promise(() => undefined)
        : Promise.resolve({ kind: 'line', text: l });
    },
    readRaw: () => new Promise<string>(() => undefined),
    write(s: string) {
      t.out += s;
    },
    columns: 80,
    rows: 24,
    history: () => [],
    clearHistory: () => undefined,
    foreground: <T>(
      job: (s: { interrupted: boolean; onInterrupt: () => () => void }) => Promise<T>,
    ) => job({ interrupted: false, onInterrupt: () => () => undefined }),
  };
  return t;
}

describe('attach', () => {
  it('-it hands the terminal to bash; Ctrl+P Ctrl+Q detaches and leaves it running', async () => {
    const lab = testLab();
    const { id } = must(lab.api.createContainer({ image: 'testos', tty: true, openStdin: true }));
    const tty = fakeTty(['echo inside']);
    const session = must(lab.api.attachContainer(id, { tty }));
    must(lab.api.startContainer(id));
    await lab.api.settle();
    expect(tty.out).toBe(`root@${id.slice(0, 12)}:/# inside\nroot@${id.slice(0, 12)}:/# `);
    const keys = createDetachKeys();
    expect(keys.feed('\x10')).toEqual({ pass: '', detach: false });
    expect(keys.feed('\x11')).toEqual({ pass: '', detach: true });
    session.detach();
    expect(await session.ended).toBe('detached');
    await lab.api.settle();
    expect(must(lab.api.inspectContainer(id)).State.Running).toBe(true);
    const back = fakeTty(['exit 5']);
    must(lab.api.attachContainer(id, { tty: back }));
    expect(must(await lab.api.waitContainer(id)).statusCode).toBe(5);
    expect(lab.events.some((e) => e.type === 'container/detached')).toBe(true);
  });

  it('detach keys: parsing and a broken sequence passing through', () => {
    expect(parseDetachKeys('ctrl-p,ctrl-q')).toBe('\x10\x11');
    expect(parseDetachKeys('ctrl-a,x')).toBe('\x01x');
    const k = createDetachKeys();
    expect(k.feed('a\x10b')).toEqual({ pass: 'a\x10b', detach: false });
  });
});
