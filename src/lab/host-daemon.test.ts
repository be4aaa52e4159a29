import { describe, expect, it } from 'vitest';
import { must, testLab } from '../engine/containers/testing';
import { connectDaemon, setSocketListening } from '../shell/daemon-socket';
import { createHostDaemon } from './host-daemon';

async function setup() {
  const lab = testLab();
  const daemon = createHostDaemon(lab.clock, () => Promise.resolve(lab.api));
  for (const [name, image, cmd, policy] of [
    ['keep', 'web', undefined, 'always'],
    ['nap', 'testos', ['sleep', '1000'], 'no'],
  ] as const) {
    const { id } = must(
      lab.api.createContainer({
        image,
        name,
        ...(cmd ? { cmd: [...cmd] } : {}),
        hostConfig: { restartPolicy: { Name: policy, MaximumRetryCount: 0 } },
      }),
    );
    must(lab.api.startContainer(id));
  }
  await lab.api.settle();
  return { lab, daemon };
}

const state = (lab: ReturnType<typeof testLab>, ref: string) =>
  must(lab.api.inspectContainer(ref)).State;

describe('the host dockerd (DaemonControl over the engine)', () => {
  it('stop resolves once the shutdown is done, in lab time', async () => {
    const { lab, daemon } = await setup();
    const t0 = lab.clock.now();
    const stopping = daemon.stop();
    expect(daemon.isRunning()).toBe(false);
    await stopping;
    expect(lab.clock.now() - t0).toBe(10_000);
    expect(state(lab, 'keep')).toMatchObject({ Status: 'exited', ExitCode: 0 });
    expect(state(lab, 'nap')).toMatchObject({ Status: 'exited', ExitCode: 137 });
    expect(daemon.startedAtMs?.()).toBeUndefined();
    expect(daemon.mainPid?.()).toBeUndefined();
  });

  it('start restores by policy, with a new PID and start time', async () => {
    const { lab, daemon } = await setup();
    await daemon.stop();
    lab.clock.advance(3_000);
    await daemon.start();
    expect(daemon.isRunning()).toBe(true);
    expect(daemon.startedAtMs?.()).toBe(lab.clock.now());
    expect(daemon.mainPid?.()).toBeGreaterThan(2301);
    expect(state(lab, 'keep').Status).toBe('running');
    expect(Date.parse(state(lab, 'keep').StartedAt)).toBe(lab.clock.now());
    expect(state(lab, 'nap')).toMatchObject({ Status: 'exited', ExitCode: 137 });
  });

  it('socket activation: the next client starts it; with the socket stopped nobody answers', async () => {
    const { lab, daemon } = await setup();
    await daemon.stop();
    expect(await connectDaemon(daemon)).toBe(true);
    expect(state(lab, 'keep').Status).toBe('running');
    await daemon.stop();
    setSocketListening(daemon, false);
    expect(await connectDaemon(daemon)).toBe(false);
    expect(state(lab, 'keep').Status).toBe('exited');
  });

  it('a start while the shutdown runs waits for it', async () => {
    const { lab, daemon } = await setup();
    const stopping = daemon.stop();
    const starting = daemon.start();
    await Promise.all([stopping, starting]);
    expect(state(lab, 'keep').Status).toBe('running');
    expect(state(lab, 'nap').Status).toBe('exited');
  });
});
