import { describe, expect, it } from 'vitest';
import type { RestartPolicy } from './types';
import { must, testLab } from './testing';

type Lab = ReturnType<typeof testLab>;

async function run(lab: Lab, name: string, image: string, cmd?: string[], policy?: RestartPolicy) {
  const { id } = must(
    lab.api.createContainer({
      image,
      name,
      ...(cmd ? { cmd } : {}),
      ...(policy ? { hostConfig: { restartPolicy: policy } } : {}),
    }),
  );
  must(lab.api.startContainer(id));
  await lab.api.settle();
  return id;
}

const state = (lab: Lab, ref: string) => must(lab.api.inspectContainer(ref)).State;
const policy = (Name: RestartPolicy['Name']): RestartPolicy => ({ Name, MaximumRetryCount: 0 });

describe('daemon shutdown and restore', () => {
  it('stops every running container at once: handled stop signal → 0, ignored → 137 after 10 s', async () => {
    const lab = testLab();
    await run(lab, 'web', 'web');
    await run(lab, 'sleeper', 'testos', ['sleep', '1000']);
    const t0 = lab.clock.now();
    await lab.api.shutdown();
    // In parallel: the 10 s timeout once, not once per container.
    expect(lab.clock.now() - t0).toBe(10_000);
    expect(state(lab, 'web')).toMatchObject({ Running: false, ExitCode: 0 });
    expect(state(lab, 'sleeper')).toMatchObject({ Running: false, ExitCode: 137 });
    const events = lab.events
      .filter((e) => e.type.startsWith('container/') && 'name' in e && e.name === 'sleeper')
      .map((e) => e.type);
    expect(events.slice(-4)).toEqual([
      'container/killed',
      'container/killed',
      'container/died',
      'container/stopped',
    ]);
  });

  it('restarts nothing while shutting down; restore starts always and unless-stopped only', async () => {
    const lab = testLab();
    await run(lab, 'keep', 'web', undefined, policy('always'));
    await run(lab, 'unless', 'web', undefined, policy('unless-stopped'));
    await run(lab, 'onfail', 'testos', ['sleep', '1000'], policy('on-failure'));
    await run(lab, 'plain', 'web');
    await run(lab, 'napper', 'testos', ['sleep', '1000'], policy('unless-stopped'));
    await lab.api.shutdown();
    await lab.api.settle();
    for (const n of ['keep', 'unless', 'onfail', 'plain', 'napper'])
      expect(state(lab, n).Status, n).toBe('exited');
    expect(state(lab, 'onfail').ExitCode).toBe(137);
    lab.clock.advance(5_000);
    const started = lab.api.restore();
    await lab.api.settle();
    expect(started.started.length).toBe(3);
    expect(started.daemonPid).toBeGreaterThan(2301);
    expect(state(lab, 'keep')).toMatchObject({ Status: 'running' });
    expect(state(lab, 'unless')).toMatchObject({ Status: 'running' });
    // SIGKILLed by the shutdown, not by the user: unless-stopped still applies.
    expect(state(lab, 'napper')).toMatchObject({ Status: 'running' });
    expect(state(lab, 'onfail')).toMatchObject({ Status: 'exited', ExitCode: 137 });
    expect(state(lab, 'plain')).toMatchObject({ Status: 'exited', ExitCode: 0 });
    expect(Date.parse(state(lab, 'keep').StartedAt)).toBe(lab.clock.now());
  });

  it('a user-stopped unless-stopped stays down; a user-stopped always comes back', async () => {
    const lab = testLab();
    await run(lab, 'keep', 'web', undefined, policy('always'));
    await run(lab, 'unless', 'web', undefined, policy('unless-stopped'));
    must(await lab.api.stopContainer('keep'));
    must(await lab.api.stopContainer('unless'));
    await lab.api.shutdown();
    lab.api.restore();
    await lab.api.settle();
    expect(state(lab, 'keep').Status).toBe('running');
    expect(state(lab, 'unless').Status).toBe('exited');
  });

  it('a paused container is thawed and stopped; a restart loop is dropped', async () => {
    const lab = testLab();
    await run(lab, 'frozen', 'web');
    must(lab.api.pauseContainer('frozen'));
    await run(lab, 'loop', 'testos', ['false'], policy('on-failure'));
    expect(state(lab, 'loop').Status).toBe('restarting');
    await lab.api.shutdown();
    await lab.api.settle();
    expect(state(lab, 'frozen')).toMatchObject({ Status: 'exited', Paused: false, ExitCode: 0 });
    expect(state(lab, 'loop')).toMatchObject({ Status: 'exited', Restarting: false });
    lab.clock.advance(60_000);
    await lab.api.settle();
    expect(state(lab, 'loop').Status).toBe('exited');
  });
});
