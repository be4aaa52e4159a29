import { describe, expect, it } from 'vitest';
import { runDocker } from '../testing/run-docker';
import { labDocker, must } from './lib/testing';

const ID = /sha256:[0-9a-f]{64}/;

describe('docker events: image events', () => {
  it('pull, tag, untag and delete as the daemon logs them; no tag for a pull or a moved tag', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    await must(docker, 'pull', '-q', 'ubuntu');
    await must(docker, 'tag', 'alpine', 'mine:1');
    await must(docker, 'tag', 'ubuntu', 'mine:1');
    await must(docker, 'rmi', 'mine:1');
    await must(docker, 'rmi', 'alpine');
    const r = await runDocker(docker, 'events', '--since', '1h', '--until', '0s');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^2026-11-22T\d\d:\d\d:\d\d\.\d{9}Z image pull alpine:latest \(name=alpine\)$/,
    );
    // The image's labels come along while it exists.
    expect(lines[1]).toMatch(
      / image pull ubuntu:latest \(name=ubuntu, org\.opencontainers\.image\.ref\.name=ubuntu, org\.opencontainers\.image\.version=24\.04\)$/,
    );
    expect(lines.map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual([
      'image pull',
      'image pull',
      'image tag',
      'image tag',
      'image untag',
      'image untag',
      'image untag',
      'image delete',
    ]);
    const tag = new RegExp(` image tag (${ID.source}) \\(name=mine:1\\)$`).exec(lines[2] ?? '');
    expect(tag).not.toBeNull();
    const id = tag?.[1] ?? '';
    // rmi alpine: one untag per reference (the tag and the digest), then delete; name is the ID.
    expect(lines[5]).toMatch(new RegExp(` image untag ${id} \\(name=${id}\\)$`));
    expect(lines[7]).toMatch(new RegExp(` image delete ${id} \\(name=${id}\\)$`));
  });

  it('filters: type=image, image=NAME, container= leaves image events out; --format Type', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    await must(docker, 'tag', 'alpine', 'mine:1');
    const only = await runDocker(
      docker,
      'events',
      '--since',
      '1h',
      '--until',
      '0s',
      '-f',
      'image=mine',
    );
    expect(only.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(only.stdout).toContain(' image tag ');
    const typed = await runDocker(
      docker,
      'events',
      '--since',
      '1h',
      '--until',
      '0s',
      '--filter',
      'type=image',
      '--format',
      '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}',
    );
    expect(typed.stdout).toBe('image pull alpine\nimage tag mine:1\n');
    const none = await runDocker(
      docker,
      'events',
      '--since',
      '1h',
      '--until',
      '0s',
      '-f',
      'container=x',
    );
    expect(none.stdout).toBe('');
  });
});
