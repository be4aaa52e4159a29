import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDockerCommand } from './dispatch';
import { flagBool, flagList, flagString } from './flags/accessors';
import { HELP_TEXTS } from './help/help-texts';
import { specFromHelp } from './help/spec';
import { runDocker } from './testing/run-docker';
import type { DockerSubcommand, Invocation } from './types';

const seen: Invocation[] = [];
const record = (spec: ReturnType<typeof specFromHelp>): DockerSubcommand<null> => ({
  spec,
  run(parsed, ctx) {
    seen.push(parsed);
    ctx.stdout.write(`ran ${parsed.commandPath} ${JSON.stringify(parsed.args)}\n`);
    return 0;
  },
});

const docker = createDockerCommand<null>({
  engine: null,
  commands: {
    ps: record(specFromHelp('ps', { maxArgs: 0 })),
    images: record(specFromHelp('images', { maxArgs: 1 })),
    run: record(specFromHelp('run', { minArgs: 1, interspersed: false })),
    tag: record(specFromHelp('tag', { minArgs: 2, maxArgs: 2 })),
    commit: record(specFromHelp('commit', { minArgs: 1, maxArgs: 2 })),
    rm: record(specFromHelp('rm', { minArgs: 1 })),
  },
});

/** The samples of _client-side-errors.txt, when ../shared is there. */
function clientSideErrors(): Map<string, { text: string; code: number }> {
  const out = new Map<string, { text: string; code: number }>();
  let raw: string;
  try {
    raw = readFileSync(
      new URL('../../../shared/docker-help/_client-side-errors.txt', import.meta.url),
      'utf8',
    );
  } catch {
    return out;
  }
  for (const block of raw.split(/\n(?=\$ )/)) {
    const m = /^\$ (.*)\n([\s\S]*?)\[exit (\d+)\]/.exec(block);
    if (m) out.set(m[1] as string, { text: m[2] as string, code: Number(m[3]) });
  }
  return out;
}

describe('docker dispatch', () => {
  it('--version and -v', async () => {
    expect(await runDocker(docker, '--version')).toEqual({
      stdout: 'Docker version 28.2.2, build e6534b4\n',
      stderr: '',
      code: 0,
    });
    expect((await runDocker(docker, '-v')).stdout).toBe('Docker version 28.2.2, build e6534b4\n');
  });

  it('--help, help, help X, X --help print the captured texts', async () => {
    expect((await runDocker(docker, '--help')).stdout).toBe(HELP_TEXTS['']);
    expect((await runDocker(docker, 'help')).stdout).toBe(HELP_TEXTS['']);
    expect((await runDocker(docker, 'help', 'run')).stdout).toBe(HELP_TEXTS['run']);
    expect((await runDocker(docker, 'run', '--help')).stdout).toBe(HELP_TEXTS['run']);
    expect((await runDocker(docker, 'container', 'ls', '--help')).stdout).toBe(
      HELP_TEXTS['container ls'],
    );
    expect((await runDocker(docker, 'container', '--help')).stdout).toBe(HELP_TEXTS['container']);
    // Not implemented yet, but help works.
    expect((await runDocker(docker, 'pull', '--help')).stdout).toBe(HELP_TEXTS['pull']);
    expect((await runDocker(docker, 'image', 'pull', '-h')).stdout).toBe(HELP_TEXTS['image pull']);
  });

  it('management forms run the same command under their own path', async () => {
    const r = await runDocker(docker, 'container', 'ls', '-a');
    expect(r.stdout).toBe('ran docker container ls []\n');
    expect((await runDocker(docker, 'container', 'list')).stdout).toBe(
      'ran docker container ls []\n',
    );
    expect((await runDocker(docker, 'image', 'ls')).stdout).toBe('ran docker image ls []\n');
    expect((await runDocker(docker, 'ps')).stdout).toBe('ran docker ps []\n');
  });

  it('global options before the command', async () => {
    seen.length = 0;
    await runDocker(docker, '-D', '--context', 'lab', '-H', 'unix:///x', '-l', 'debug', 'ps');
    expect(seen[0]?.globals).toEqual({
      debug: true,
      context: 'lab',
      hosts: ['unix:///x'],
      logLevel: 'debug',
    });
  });

  it('run stops parsing flags at the image', async () => {
    seen.length = 0;
    await runDocker(
      docker,
      'run',
      '-it',
      '--rm',
      '-p',
      '80:80',
      '-p=81:81',
      '--publish=82:82',
      '-e',
      'A',
      '-e',
      'B',
      'ubuntu',
      'ls',
      '-l',
    );
    const p = seen[0] as Invocation;
    expect(p.args).toEqual(['ubuntu', 'ls', '-l']);
    expect(flagBool(p, 'interactive') && flagBool(p, 'tty') && flagBool(p, 'rm')).toBe(true);
    expect(flagList(p, 'publish')).toEqual(['80:80', '81:81', '82:82']);
    expect(flagList(p, 'env')).toEqual(['A', 'B']);
    expect(flagString(p, 'restart')).toBe('no');
    // -h is --hostname for run, not help.
    seen.length = 0;
    await runDocker(docker, 'run', '-h', 'box', 'ubuntu');
    expect(flagString(seen[0] as Invocation, 'hostname')).toBe('box');
  });

  it('other commands take flags anywhere, and -- stops them', async () => {
    seen.length = 0;
    await runDocker(docker, 'rm', 'a', '-f', '--', '-b');
    expect(seen[0]?.args).toEqual(['a', '-b']);
    expect(flagBool(seen[0] as Invocation, 'force')).toBe(true);
  });

  it('bool flags take a value only with =', async () => {
    seen.length = 0;
    await runDocker(docker, 'run', '--rm=false', '-d=true', 'x');
    expect(flagBool(seen[0] as Invocation, 'rm')).toBe(false);
    expect(flagBool(seen[0] as Invocation, 'detach')).toBe(true);
  });

  it('unknown command and not-yet-available commands', async () => {
    expect(await runDocker(docker, 'foo')).toEqual({
      stdout: '',
      stderr: "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n",
      code: 1,
    });
    expect(await runDocker(docker, 'container', 'foo')).toEqual({
      stdout: '',
      stderr:
        "docker: unknown command: docker container foo\n\nUsage:  docker container COMMAND\n\nRun 'docker container --help' for more information\n",
      code: 1,
    });
    expect(await runDocker(docker, 'pull', 'nginx')).toEqual({
      stdout: '',
      stderr: "layerlab: 'docker pull' is not available in the lab yet\n",
      code: 1,
    });
  });

  it('flag errors', async () => {
    const usage =
      "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n";
    expect((await runDocker(docker, 'run', '-z', 'x')).stderr).toBe(
      `unknown shorthand flag: 'z' in -z${usage}`,
    );
    expect((await runDocker(docker, 'run', '-iz', 'x')).stderr).toBe(
      `unknown shorthand flag: 'z' in -z${usage}`,
    );
    expect((await runDocker(docker, 'run', '--cpus', 'abc', 'x')).stderr).toBe(
      `invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number${usage}`,
    );
    expect((await runDocker(docker, 'run', '-p')).stderr).toBe(
      `flag needs an argument: 'p' in -p${usage}`,
    );
    expect((await runDocker(docker, 'run', '--name')).stderr).toBe(
      `flag needs an argument: --name${usage}`,
    );
    expect((await runDocker(docker, 'run', '--rm=maybe', 'x')).stderr).toBe(
      `invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax${usage}`,
    );
    expect((await runDocker(docker, 'ps', '-n', 'x')).stderr).toBe(
      'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax\n\nUsage:  docker ps [OPTIONS]\n\nRun \'docker ps --help\' for more information\n',
    );
    expect((await runDocker(docker, '--badflag')).stderr).toBe(
      "unknown flag: --badflag\n\nUsage:  docker [OPTIONS] COMMAND\n\nRun 'docker --help' for more information\n",
    );
    expect((await runDocker(docker, 'images', 'a', 'b')).stderr).toBe(
      "docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nSRun 'docker images --help' for more information\n",
    );
    expect((await runDocker(docker, 'ps', 'x')).stderr).toBe(
      "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
    );
  });

  describe('matches _client-side-errors.txt', () => {
    const samples = clientSideErrors();
    const cmds = [
      'docker run',
      'docker run --memory 1x nginx',
      'docker tag a',
      'docker rm',
      'docker commit',
      'docker foo',
      'docker images --badflag',
      'docker --version',
      'docker run --cpus abc nginx',
    ];
    for (const cmd of cmds) {
      it.skipIf(!samples.has(cmd))(cmd, async () => {
        const want = samples.get(cmd) as { text: string; code: number };
        const r = await runDocker(docker, ...cmd.split(' ').slice(1));
        expect(r.stdout + r.stderr).toBe(want.text);
        expect(r.code).toBe(want.code);
      });
    }
  });

  it('docker version', async () => {
    const r = await runDocker(docker, 'version');
    expect(r.stdout).toBe(`Client: Docker Engine - Community
 Version:           28.2.2
 API version:       1.50
 Go version:        go1.24.3
 Git commit:        e6534b4
 Built:             Fri May 30 12:07:14 2025
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          28.2.2
  API version:      1.50 (minimum version 1.24)
  Go version:       go1.24.3
  Git commit:       45873be
  Built:            Fri May 30 12:07:14 2025
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          1.7.27
  GitCommit:        05044ec0a9a75232cad458027ca83437aae3f4da
 runc:
  Version:          1.2.5
  GitCommit:        v1.2.5-0-g59923ef
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
`);
    expect((await runDocker(docker, 'version', '-f', '{{.Client.Version}}')).stdout).toBe(
      '28.2.2\n',
    );
    expect((await runDocker(docker, 'version', '--format', '{{.Server.Nope}}')).code).toBe(1);
  });
});
