import { describe, expect, it } from 'vitest';
import { runDocker } from '../testing/run-docker';
import { labDocker, must } from './lib/testing';

describe('docker image inspect', () => {
  it('a JSON array indented four spaces, in the daemon key order', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'nginx');
    const r = await runDocker(docker, 'image', 'inspect', 'nginx');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('[\n    {\n        "Id": "sha256:')).toBe(true);
    expect(r.stdout.endsWith('\n    }\n]\n')).toBe(true);
    const [obj] = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Object.keys(obj as object)).toEqual([
      'Id',
      'RepoTags',
      'RepoDigests',
      'Parent',
      'Comment',
      'Created',
      'DockerVersion',
      'Author',
      'Config',
      'Architecture',
      'Os',
      'Size',
      'GraphDriver',
      'RootFS',
      'Metadata',
    ]);
    // Go's encoding/json escapes < and > (nginx's maintainer label)
    expect(r.stdout).toContain('\\u003cdocker-maint@nginx.com\\u003e');
  });

  it('-f templates: fields, maps, json; struct fields JSON omits are still there', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    const f = (t: string) => runDocker(docker, 'image', 'inspect', '-f', t, 'alpine');
    expect((await f('{{.Os}}/{{.Architecture}}')).stdout).toBe('linux/amd64\n');
    expect((await f('{{.RootFS.Layers}}')).stdout).toMatch(/^\[sha256:[0-9a-f]{64}\]\n$/);
    expect((await f('[{{.Config.User}}]{{.Config.WorkingDir}}')).stdout).toBe('[]\n');
    expect((await f('{{.Config.Labels.nope}}')).stdout).toBe('<no value>\n');
    expect((await f('{{json .Config.Cmd}}')).stdout).toBe('["/bin/sh"]\n');
    expect((await f('{{json .RootFS}}')).stdout).toMatch(/^\{"Type":"layers","Layers":\[/);
    const missing = await f('{{.Nope}}');
    expect(missing).toEqual({
      stdout: '\n',
      stderr:
        'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
      code: 1,
    });
    const bad = await f('{{.Os');
    expect(bad.code).toBe(64);
    expect(bad.stderr).toMatch(/^template parsing error: /);
    const json = await runDocker(docker, 'image', 'inspect', '--format', 'json', 'alpine');
    expect(json.stdout.split('\n')).toHaveLength(2);
    expect(json.stdout.startsWith('{"Id":"sha256:')).toBe(true);
  });

  it('missing images: [] then the daemon error, exit 1; found ones still print', async () => {
    const { docker } = labDocker();
    expect(await runDocker(docker, 'image', 'inspect', 'nope')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      code: 1,
    });
    await must(docker, 'pull', '-q', 'alpine');
    const r = await runDocker(docker, 'image', 'inspect', '-f', '{{.RepoTags}}', 'nope', 'alpine');
    expect(r).toEqual({
      stdout: '[alpine:latest]\n',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      code: 1,
    });
  });
});

describe('docker inspect', () => {
  it('finds images; a miss is "No such object"; --type narrows and shows the daemon error', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    expect((await runDocker(docker, 'inspect', '-f', '{{.RepoTags}}', 'alpine')).stdout).toBe(
      '[alpine:latest]\n',
    );
    expect(await runDocker(docker, 'inspect', 'nope')).toEqual({
      stdout: '[]\n',
      stderr: 'Error: No such object: nope\n',
      code: 1,
    });
    expect(await runDocker(docker, 'inspect', 'UPPER')).toEqual({
      stdout: '[]\n',
      stderr: 'Error: No such object: UPPER\n',
      code: 1,
    });
    expect((await runDocker(docker, 'inspect', '--type', 'image', 'nope')).stderr).toBe(
      'Error response from daemon: No such image: nope:latest\n',
    );
    expect((await runDocker(docker, 'inspect', '--type', 'container', 'alpine')).stderr).toBe(
      'Error response from daemon: No such container: alpine\n',
    );
    const s = await runDocker(docker, 'inspect', '-s', '-f', '{{.Size}}', 'alpine');
    expect(s.stderr).toBe('WARNING: --size ignored for image\n');
    const t = await runDocker(docker, 'inspect', '--type', 'bogus', 'alpine');
    expect(t.stderr).toMatch(/^unknown type: "bogus": must be one of "config", "container"/);
    expect((await runDocker(docker, 'inspect', '--type', 'network', 'x')).stderr).toMatch(
      /^layerlab: /,
    );
  });
});
