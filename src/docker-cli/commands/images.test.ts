import { describe, expect, it } from 'vitest';
import { runDocker } from '../testing/run-docker';
import { labDocker, must } from './lib/testing';

describe('docker images', () => {
  it('table newest first, one row per tag, header only when empty', async () => {
    const { docker } = labDocker();
    expect((await runDocker(docker, 'images')).stdout).toBe(
      'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n',
    );
    await must(docker, 'pull', '-q', 'ubuntu');
    await must(docker, 'pull', '-q', 'alpine');
    await must(docker, 'tag', 'alpine', 'mine:v1');
    const lines = (await runDocker(docker, 'images')).stdout.split('\n');
    expect(lines[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED         SIZE');
    expect(lines.slice(1, 4).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ubuntu latest',
      'alpine latest',
      'mine v1',
    ]);
    expect(lines[2]?.split(/\s+/)[2]).toBe(lines[3]?.split(/\s+/)[2]);
  });

  it('-q, --no-trunc, --digests, REPOSITORY argument, json and raw formats', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    const q = await runDocker(docker, 'image', 'ls', '-q');
    expect(q.stdout).toMatch(/^[0-9a-f]{12}\n$/);
    expect((await runDocker(docker, 'images', '--no-trunc')).stdout).toMatch(/sha256:[0-9a-f]{64}/);
    const d = await runDocker(docker, 'images', '--digests');
    expect(d.stdout.split('\n')[0]).toBe(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED         SIZE',
    );
    expect((await runDocker(docker, 'images', 'ubuntu')).stdout.split('\n')).toHaveLength(2);
    const j = await runDocker(docker, 'image', 'list', '--format', 'json');
    expect(Object.keys(JSON.parse(j.stdout) as object)).toEqual([
      'Containers',
      'CreatedAt',
      'CreatedSince',
      'Digest',
      'ID',
      'Repository',
      'SharedSize',
      'Size',
      'Tag',
      'UniqueSize',
      'VirtualSize',
    ]);
    const raw = await runDocker(docker, 'images', '--format', 'raw');
    expect(raw.stdout).toMatch(
      /^repository: alpine\ntag: latest\nimage_id: [0-9a-f]{12}\ncreated_at: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 UTC\nvirtual_size: 7\.83MB\n\n$/,
    );
    expect((await runDocker(docker, 'images', '--format', '{{.Repository}}:{{.Tag}}')).stdout).toBe(
      'alpine:latest\n',
    );
  });

  it('dangling images show <none> <none>; filters', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine:3.18');
    await must(docker, 'pull', '-q', 'alpine:3.21');
    await must(docker, 'tag', 'alpine:3.18', 'x:1');
    await must(docker, 'tag', 'alpine:3.21', 'x:1'); // 3.18's image keeps its alpine:3.18 tag
    const byRef = await runDocker(docker, 'images', '--filter', 'reference=x');
    expect(byRef.stdout.split('\n').slice(1, -1)).toHaveLength(1);
    // no row for the digest of a repository the filter does not match
    expect(byRef.stdout).not.toContain('alpine');
    await must(docker, 'rmi', 'alpine:3.21');
    await must(docker, 'tag', 'alpine:3.18', 'y:1');
    await must(docker, 'rmi', 'alpine:3.18', 'y:1', 'x:1');
    const all = await runDocker(docker, 'images');
    expect(all.stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    const dangling = await runDocker(docker, 'images', '-f', 'dangling=true');
    expect(dangling.code).toBe(0);
    const bad = await runDocker(docker, 'images', '-f', 'nope=1');
    expect(bad).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'nope'\n",
      code: 1,
    });
    const format = await runDocker(docker, 'images', '-f', 'dangling');
    expect(format.code).toBe(125);
    expect(format.stderr.split('\n')[0]).toBe(
      'invalid argument "dangling" for "-f, --filter" flag: bad format of filter (expected name=value)',
    );
  });

  it('--tree is said plainly not to be in the lab', async () => {
    const { docker } = labDocker();
    const r = await runDocker(docker, 'images', '--tree');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^layerlab: /);
  });
});
