import { describe, expect, it } from 'vitest';
import { labDocker, must, runOn } from './lib/testing';

describe('docker info', () => {
  it('client then server, with the lab host and the image count', async () => {
    const { engine, docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    const r = await runOn(engine, docker, ['info'], { tty: false });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      'Client: Docker Engine - Community',
      ' Version:    28.2.2',
      ' Context:    default',
      ' Debug Mode: false',
      ' Plugins:',
      '  buildx: Docker Buildx (Docker Inc.)',
      '    Version:  v0.24.0',
      '    Path:     /usr/libexec/docker/cli-plugins/docker-buildx',
      '',
      'Server:',
    ]);
    expect(r.stdout).toContain(' Images: 1\n Server Version: 28.2.2\n Storage Driver: overlay2\n');
    expect(r.stdout).toContain(
      '  Backing Filesystem: extfs\n  Supports d_type: true\n  Using metacopy: false\n  Native Overlay Diff: true\n  userxattr: false\n',
    );
    expect(r.stdout).toContain(' Kernel Version: 6.8.0-1019-layerlab\n');
    expect(r.stdout).toContain(' Operating System: Ubuntu 24.04.1 LTS\n');
    expect(r.stdout).toContain(' CPUs: 2\n Total Memory: 3.823GiB\n Name: layerlab\n');
    expect(r.stdout).toContain(' Insecure Registries:\n  ::1/128\n  127.0.0.0/8\n');
    expect(r.stdout.endsWith(' Live Restore Enabled: false\n\n')).toBe(true);
    expect(r.stdout).not.toContain('Registry: https://index.docker.io/v1/');
  });

  it('-f templates and json; docker system info is the same command', async () => {
    const { engine, docker } = labDocker();
    const f = await runOn(engine, docker, ['system', 'info', '-f', '{{.ServerVersion}} {{.NCPU}}']);
    expect(f.stdout).toBe('28.2.2 2\n');
    const j = await runOn(engine, docker, ['info', '--format', 'json']);
    const data = JSON.parse(j.stdout) as { Driver: string; Images: number };
    expect(data.Driver).toBe('overlay2');
    expect(data.Images).toBe(0);
  });
});
