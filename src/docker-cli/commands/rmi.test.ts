import { describe, expect, it } from 'vitest';
import { runDocker } from '../testing/run-docker';
import { labDocker, must } from './lib/testing';

describe('docker rmi', () => {
  it('untags, then deletes the image and its layers', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    await must(docker, 'tag', 'alpine', 'mine');
    expect(await runDocker(docker, 'rmi', 'mine')).toEqual({
      stdout: 'Untagged: mine:latest\n',
      stderr: '',
      code: 0,
    });
    const r = await runDocker(docker, 'image', 'rm', 'alpine');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Untagged: alpine:latest');
    expect(lines[1]).toMatch(/^Untagged: alpine@sha256:[0-9a-f]{64}$/);
    expect(lines[2]).toMatch(/^Deleted: sha256:[0-9a-f]{64}$/);
    expect(lines[3]).toMatch(/^Deleted: sha256:[0-9a-f]{64}$/);
  });

  it('several arguments in order; errors after the output, exit 1', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    const r = await runDocker(docker, 'rmi', 'nope', 'alpine', 'nada');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Untagged: alpine:latest');
    expect(r.stderr).toBe(
      'Error response from daemon: No such image: nope:latest\nError response from daemon: No such image: nada:latest\n',
    );
  });

  it('-f: a missing image is reported but does not fail; conflicts do', async () => {
    const { docker } = labDocker();
    expect(await runDocker(docker, 'rmi', '-f', 'nope')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      code: 0,
    });
    await must(docker, 'pull', '-q', 'alpine');
    await must(docker, 'tag', 'alpine', 'mine');
    const id = (await must(docker, 'images', '-q', 'alpine')).stdout.trim();
    const c = await runDocker(docker, 'rmi', id);
    expect(c.stderr).toBe(
      `Error response from daemon: conflict: unable to delete ${id} (must be forced) - image is referenced in multiple repositories\n`,
    );
    expect(c.code).toBe(1);
    expect((await runDocker(docker, 'rmi', '-f', id)).code).toBe(0);
  });
});
