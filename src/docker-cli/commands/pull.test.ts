import { describe, expect, it } from 'vitest';
import { renderPlain } from '../../console/screen';
import { runDocker } from '../testing/run-docker';
import { progressString } from './lib/json-messages';
import { labDocker, must, runOn } from './lib/testing';

describe('docker pull', () => {
  it('non-TTY: each status once, no byte progress, then digest, status and the reference', async () => {
    const { docker } = labDocker();
    const r = await runDocker(docker, 'pull', 'ubuntu');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Using default tag: latest');
    expect(lines[1]).toBe('latest: Pulling from library/ubuntu');
    expect(lines[2]).toMatch(/^[0-9a-f]{12}: Pulling fs layer$/);
    const id = (lines[2] as string).slice(0, 12);
    expect(lines.slice(2, 6)).toEqual([
      `${id}: Pulling fs layer`,
      `${id}: Verifying Checksum`,
      `${id}: Download complete`,
      `${id}: Pull complete`,
    ]);
    expect(lines[6]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(lines.slice(7)).toEqual([
      'Status: Downloaded newer image for ubuntu:latest',
      'docker.io/library/ubuntu:latest',
      '',
    ]);
    expect(r.stdout).not.toContain('Downloading');
  });

  it('up to date the second time; a tag given means no "Using default tag"', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', 'ubuntu:24.04');
    const r = await runDocker(docker, 'pull', 'ubuntu:24.04');
    expect(r.stdout).not.toContain('Using default tag');
    expect(r.stdout).toContain('Status: Image is up to date for ubuntu:24.04\n');
    expect(r.stdout).not.toContain('Pulling fs layer');
    expect(r.stdout).not.toContain('Already exists');
    expect(r.stdout.split('\n')).toHaveLength(5);
    expect(r.stdout.endsWith('docker.io/library/ubuntu:24.04\n')).toBe(true);
    // the same image under a new tag: nothing fetched, but a reference moved
    const l = await runDocker(docker, 'pull', 'ubuntu');
    expect(l.stdout).not.toMatch(/^[0-9a-f]{12}: /m);
    expect(l.stdout).toContain('Status: Downloaded newer image for ubuntu:latest\n');
  });

  it('python after debian: the shared layer says Already exists', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', 'debian:bookworm');
    const r = await runDocker(docker, 'pull', 'python');
    expect(r.stdout).toMatch(/^[0-9a-f]{12}: Already exists$/m);
    const waiting = r.stdout.split('\n').filter((l) => l.endsWith(': Waiting'));
    expect(waiting.length).toBeGreaterThan(0);
  });

  it('TTY: one line per layer, redrawn in place; the final screen shows Pull complete', async () => {
    const { engine, docker } = labDocker();
    const start = engine.clock.now();
    const r = await runOn(engine, docker, ['pull', 'ubuntu'], { tty: true, columns: 80 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\x1b[1A');
    expect(r.stdout).toContain('Downloading ');
    expect(r.stdout).not.toContain('[='); // no bar at 80 columns
    const screen = renderPlain(r.stdout).split('\n');
    expect(screen[2]).toMatch(/^[0-9a-f]{12}: Pull complete $/);
    expect(screen[3]).toMatch(/^Digest: /);
    // paced in lab time: about a second
    expect(engine.clock.now() - start).toBeGreaterThan(300);
    expect(engine.clock.now() - start).toBeLessThan(2500);
  });

  it('TTY wider than 110 columns: the progress bar', async () => {
    const { engine, docker } = labDocker();
    const r = await runOn(engine, docker, ['pull', 'alpine'], { tty: true, columns: 120 });
    expect(r.stdout).toMatch(/Downloading \[=+>\s*\] +[0-9.]+[kM]?B\/[0-9.]+[kM]?B/);
  });

  it('progress strings as jsonmessage prints them', () => {
    expect(progressString(3_146_000, 31_360_000, 80)).toBe(' 3.146MB/31.36MB');
    // 10% of 50 cells
    expect(progressString(3_146_000, 31_360_000, 120)).toBe(
      `[${'='.repeat(5)}>${' '.repeat(45)}]  3.146MB/31.36MB`,
    );
    expect(progressString(0, 0, 120)).toBe('');
  });

  it('-q prints only the reference', async () => {
    const { docker } = labDocker();
    const r = await runDocker(docker, 'pull', '-q', 'alpine');
    expect(r).toEqual({ stdout: 'docker.io/library/alpine:latest\n', stderr: '', code: 0 });
  });

  it('errors: client-side references, unknown repositories, bad tags, scratch', async () => {
    const { docker } = labDocker();
    expect(await runDocker(docker, 'pull', 'UPPER')).toEqual({
      stdout: '',
      stderr: 'invalid reference format: repository name (library/UPPER) must be lowercase\n',
      code: 1,
    });
    expect(await runDocker(docker, 'pull', 'nginx:')).toEqual({
      stdout: '',
      stderr: 'invalid reference format\n',
      code: 1,
    });
    expect(await runDocker(docker, 'pull', 'nosuchimage')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr:
        "Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      code: 1,
    });
    expect(await runDocker(docker, 'pull', 'nginx:nope')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: manifest for nginx:nope not found: manifest unknown: manifest unknown\n',
      code: 1,
    });
    const s = await runDocker(docker, 'pull', 'scratch');
    expect(s.stderr).toBe("Error response from daemon: 'scratch' is a reserved name\n");
    expect(s.code).toBe(1);
    const usage = await runDocker(docker, 'pull');
    expect(usage.stderr).toContain("'docker pull' requires 1 argument");
  });

  it('--platform other than linux/amd64 and -a say plainly they are not modelled', async () => {
    const { docker } = labDocker();
    const p = await runDocker(docker, 'pull', '--platform', 'linux/arm64', 'alpine');
    expect(p.code).toBe(1);
    expect(p.stderr).toMatch(/^layerlab: .*not modelled/);
    expect((await runDocker(docker, 'pull', '--platform', 'linux/amd64', 'alpine')).code).toBe(0);
    const a = await runDocker(docker, 'pull', '-a', 'alpine');
    expect(a.stderr).toMatch(/^layerlab: .*not modelled/);
    expect((await runDocker(docker, 'pull', '-a', 'alpine:3.21')).stderr).toBe(
      "tag can't be used with --all-tags/-a\n",
    );
  });
});
