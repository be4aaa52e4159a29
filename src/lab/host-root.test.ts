import { describe, expect, it } from 'vitest';
import { createManualClock } from '../engine/clock/clock';
import { dockerRootChangeset, EMPTY_DOCKER_STATE } from '../engine/storage/docker-root-view';
import { DOCKER_ROOT } from '../engine/storage/docker-root-state';
import { createHostRoot, HOST_DOCKER_ROOT } from './host-root';

describe('the host root before and after the engine arrives', () => {
  const paths = ['/', '/var', '/var/lib', '/var/lib/docker'];

  it("stands in with the top of a new engine's /var/lib/docker, node for node", () => {
    const early = createHostRoot(createManualClock(), ['docker']);
    const loaded = createHostRoot(createManualClock(), ['docker']);
    loaded.setDockerRoot(dockerRootChangeset(() => EMPTY_DOCKER_STATE));
    for (const p of paths) expect(early.fs.stat(p)).toEqual(loaded.fs.stat(p));
    expect(early.fs.readdir('/var/lib/docker')).toEqual([]);
    expect(loaded.fs.readdir('/var/lib/docker').map((e) => e.name)).toContain('containers');
  });

  it("spells Docker's data root as the engine does", () => {
    expect(HOST_DOCKER_ROOT).toBe(DOCKER_ROOT);
  });

  it('keeps /var/lib/docker read-only before the engine is in', () => {
    const early = createHostRoot(createManualClock(), []);
    expect(() => early.fs.writeFile('/var/lib/docker/x', '')).toThrow(/EROFS|read-only/i);
  });
});
