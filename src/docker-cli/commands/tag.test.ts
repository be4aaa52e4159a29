import { describe, expect, it } from 'vitest';
import { runDocker } from '../testing/run-docker';
import { labDocker, must } from './lib/testing';

describe('docker tag', () => {
  it('prints nothing on success; the new name lists', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    expect(await runDocker(docker, 'tag', 'alpine', 'localhost:5000/alpine:v1')).toEqual({
      stdout: '',
      stderr: '',
      code: 0,
    });
    expect((await runDocker(docker, 'image', 'tag', 'alpine:latest', 'a/b:c')).code).toBe(0);
    const list = await runDocker(docker, 'images', '--format', '{{.Repository}}:{{.Tag}}');
    expect(list.stdout.split('\n').sort()).toEqual(
      ['', 'a/b:c', 'alpine:latest', 'localhost:5000/alpine:v1'].sort(),
    );
  });

  it("errors: the client's reference texts and the daemon's No such image", async () => {
    const { docker } = labDocker();
    const cases: [string[], string][] = [
      [
        ['Foo', 'bar'],
        'Error parsing reference: "Foo" is not a valid repository/tag: invalid reference format: repository name (library/Foo) must be lowercase\n',
      ],
      [
        ['foo', 'Bar'],
        'Error parsing reference: "Bar" is not a valid repository/tag: invalid reference format: repository name (library/Bar) must be lowercase\n',
      ],
      [
        ['foo', 'bar:'],
        'Error parsing reference: "bar:" is not a valid repository/tag: invalid reference format\n',
      ],
      [
        ['nginx', 'nginx:bad:tag'],
        'Error parsing reference: "nginx:bad:tag" is not a valid repository/tag: invalid reference format\n',
      ],
      [['src', 'dst'], 'Error response from daemon: No such image: src:latest\n'],
    ];
    for (const [argv, stderr] of cases)
      expect(await runDocker(docker, 'tag', ...argv)).toEqual({ stdout: '', stderr, code: 1 });
    const usage = await runDocker(docker, 'tag', 'a');
    expect(usage.stderr.split('\n')[0]).toBe("docker: 'docker tag' requires 2 arguments");
  });
});
