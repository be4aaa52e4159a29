import { describe, expect, it } from 'vitest';
import { must, testLab } from '../engine/containers/testing';
import { stepsFromEvents } from './from-events';

describe('steps from a real container run', () => {
  it('shows run, copy-up of an edited file and a whiteout for a deleted one', async () => {
    const lab = testLab();
    lab.events.length = 0;
    const { id } = must(
      lab.api.createContainer({
        image: 'testos',
        name: 'box',
        cmd: ['sh', '-c', 'write /etc/legal hi && rm /etc/motd'],
      }),
    );
    must(lab.api.startContainer(id));
    must(await lab.api.waitContainer(id));
    const steps = stepsFromEvents(lab.events);
    const c = must(lab.api.getContainer('box'));
    expect(steps.map((s) => s.kind)).toEqual(['run', 'copy-up', 'whiteout', 'state']);
    expect(steps[1]).toMatchObject({
      mount: id,
      path: '/etc/legal',
      to: c.mount.upperId,
      written: true,
    });
    expect(steps[2]).toMatchObject({ path: '/etc/motd', layer: c.mount.upperId });
  });
});
