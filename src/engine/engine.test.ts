import { describe, expect, it } from 'vitest';
import { createHostFs } from './storage';
import { createEngine } from './engine';

describe('engine', () => {
  it('shows pulled images under /var/lib/docker on the host', async () => {
    const engine = createEngine({ seed: 3 });
    const host = createHostFs({ dockerState: () => engine.dockerState() });
    expect(host.readdir('/var/lib/docker/image/overlay2/layerdb/sha256')).toEqual([]);
    const pulled = await engine.images.pullImage('ubuntu:24.04');
    expect(pulled.ok).toBe(true);
    const layers = host.readdir('/var/lib/docker/image/overlay2/layerdb/sha256');
    expect(layers.length).toBeGreaterThan(0);
    expect(host.readText('/var/lib/docker/image/overlay2/repositories.json')).toContain(
      'ubuntu:24.04',
    );
    const state = engine.dockerState();
    expect(engine.dockerState()).toBe(state); // unchanged store, same object
  });
});
