import { describe, expect, it } from 'vitest';
import { labDocker, must, runOn } from './lib/testing';

const PROMPT =
  'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ';

describe('docker image prune', () => {
  it('asks; no (or end of input) cancels quietly with exit 0', async () => {
    const { engine, docker } = labDocker();
    expect(await runOn(engine, docker, ['image', 'prune'], { stdin: ['n'] })).toMatchObject({
      stdout: PROMPT,
      stderr: '',
      code: 0,
    });
    expect(await runOn(engine, docker, ['image', 'prune'], { stdin: ['yes'] })).toMatchObject({
      stdout: PROMPT,
      code: 0,
    });
    expect(await runOn(engine, docker, ['image', 'prune'])).toMatchObject({
      stdout: PROMPT,
      code: 0,
    });
  });

  it('y with nothing dangling: 0B; -a -f removes unused images with a Deleted Images block', async () => {
    const { engine, docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    expect(await runOn(engine, docker, ['image', 'prune'], { stdin: ['y'] })).toMatchObject({
      stdout: `${PROMPT}Total reclaimed space: 0B\n`,
      code: 0,
    });
    const r = await runOn(engine, docker, ['image', 'prune', '-a', '-f']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Deleted Images:');
    expect(lines[1]).toBe('untagged: alpine:latest');
    expect(lines[2]).toMatch(/^untagged: alpine@sha256:/);
    expect(lines[3]).toMatch(/^deleted: sha256:/);
    expect(lines.slice(-3)).toEqual(['', 'Total reclaimed space: 7.834MB', '']);
  });

  it('-a asks the other question; --filter is said not to be modelled', async () => {
    const { engine, docker } = labDocker();
    const a = await runOn(engine, docker, ['image', 'prune', '-a'], { stdin: ['N'] });
    expect(a.stdout).toBe(
      'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ',
    );
    const f = await runOn(engine, docker, ['image', 'prune', '--filter', 'until=24h', '-f']);
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/^layerlab: /);
    const bad = await runOn(engine, docker, ['image', 'prune', '--filter', 'x=1']);
    expect(bad.stderr).toBe("Error response from daemon: invalid filter 'x'\n");
  });
});
