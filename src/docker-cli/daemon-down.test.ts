// The docker client with its daemon stopped: client-side checks first, then the connection error
// docker 28 prints (FIDELITY §0.5, docker-help/_client-side-errors.txt), and socket activation
// when only docker.service was stopped.

import { describe, expect, it } from 'vitest';
import { setSocketListening } from '../shell/daemon-socket';
import type { Command, DaemonControl } from '../shell/types';
import { createDockerCommand } from './dispatch';
import { specFromHelp } from './help/spec';
import { runDockerOn } from './testing/run-docker';
import type { DockerSubcommand } from './types';

const MSG =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

const ran = (path: string, extras = {}): DockerSubcommand<null> => ({
  spec: specFromHelp(path, extras),
  run(_p, ctx) {
    ctx.stdout.write(`ran ${path}\n`);
    return 0;
  },
});

const docker = createDockerCommand<null>({
  engine: null,
  commands: {
    ps: ran('ps', { maxArgs: 0 }),
    info: ran('info', { maxArgs: 0 }),
    run: ran('run', { minArgs: 1, interspersed: false }),
    build: ran('build', { minArgs: 1, maxArgs: 1 }),
    'image ls': ran('image ls', { maxArgs: 1 }),
  },
});

function fakeDaemon(running: boolean): DaemonControl & { starts: number } {
  const d = {
    running,
    starts: 0,
    isRunning: () => d.running,
    start: () => {
      d.running = true;
      d.starts++;
    },
    stop: () => void (d.running = false),
  };
  return d;
}

const run = (cmd: Command, daemon: DaemonControl, ...argv: string[]) =>
  runDockerOn(cmd, { hostname: 'layerlab', daemon }, ...argv);

/** docker.service and docker.socket both stopped. */
function down(): DaemonControl & { starts: number } {
  const d = fakeDaemon(false);
  setSocketListening(d, false);
  return d;
}

describe('docker with the daemon stopped', () => {
  it('plain commands print the connection error, exit 1', async () => {
    const d = down();
    expect(await run(docker, d, 'ps')).toEqual({ stdout: '', stderr: `${MSG}\n`, code: 1 });
    expect(await run(docker, d, 'image', 'ls', '--format', 'json')).toEqual({
      stdout: '',
      stderr: `${MSG}\n`,
      code: 1,
    });
    expect(d.starts).toBe(0);
  });

  it('run wraps it as docker: … with its usage hint, exit 125', async () => {
    expect(await run(docker, down(), 'run', '--rm', '-d', 'nginx')).toEqual({
      stdout: '',
      stderr: `docker: ${MSG}\n\nRun 'docker run --help' for more information\n`,
      code: 125,
    });
  });

  it('client-side checks still come first; --help, --version need no daemon', async () => {
    const d = down();
    const r = await run(docker, d, 'run');
    expect(r.stderr).toContain("docker: 'docker run' requires at least 1 argument");
    expect(r.code).toBe(1);
    expect((await run(docker, d, 'ps', '--badflag')).code).toBe(125);
    expect((await run(docker, d, 'ps', '--help')).code).toBe(0);
    expect(await run(docker, d, '--version')).toEqual({
      stdout: 'Docker version 28.2.2, build e6534b4\n',
      stderr: '',
      code: 0,
    });
  });

  it('version prints the client part, then the error', async () => {
    const r = await run(docker, down(), 'version');
    expect(r.stdout.split('\n')[0]).toBe('Client: Docker Engine - Community');
    expect(r.stdout).toMatch(/ Context: +default\n$/);
    expect(r.stdout).not.toContain('Server');
    expect(r.stderr).toBe(`${MSG}\n`);
    expect(r.code).toBe(1);
  });

  it('info prints the client section and Server:, then ERROR lines', async () => {
    const r = await run(docker, down(), 'info');
    expect(r.stdout.startsWith('Client: Docker Engine - Community\n Version:    28.2.2\n')).toBe(
      true,
    );
    expect(r.stdout.endsWith('\nServer:\n')).toBe(true);
    expect(r.stderr).toBe(`ERROR: ${MSG}\nerrors pretty printing info\n`);
    expect(r.code).toBe(1);
  });

  it('build (buildx) prints ERROR: …', async () => {
    expect(await run(docker, down(), 'build', '.')).toEqual({
      stdout: '',
      stderr: `ERROR: ${MSG}\n`,
      code: 1,
    });
  });

  it('a stopped docker.service with docker.socket listening is started by the client', async () => {
    const d = fakeDaemon(false);
    expect(await run(docker, d, 'ps')).toEqual({ stdout: 'ran ps\n', stderr: '', code: 0 });
    expect(d.starts).toBe(1);
    expect(d.isRunning()).toBe(true);
  });
});
