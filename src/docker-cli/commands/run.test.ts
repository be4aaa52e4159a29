import { describe, expect, it } from 'vitest';
import { containerLab, dockerIn, mustRun, ScriptTty } from './lib/container-testing';

const HELP = "\n\nRun 'docker run --help' for more information\n";

describe('docker run', () => {
  it('runs attached: output, the container’s exit code; bash with stdin closed exits 0', async () => {
    const lab = containerLab();
    expect(await dockerIn(lab, ['run', 'testos'])).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(await dockerIn(lab, ['run', 'testos', 'echo', 'hi'])).toEqual({
      stdout: 'hi\n',
      stderr: '',
      code: 0,
    });
    expect((await dockerIn(lab, ['run', 'testos', 'fail', '7'])).code).toBe(7);
  });

  it('-d prints the 64-hex ID, even when the start then fails (127, left Created)', async () => {
    const lab = containerLab();
    const d = await mustRun(lab, 'run', '-d', 'testos', 'sleep', '100');
    expect(d.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const bad = await dockerIn(lab, ['run', '-d', '--name', 'x1', 'testos', 'nosuch']);
    expect(bad.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(bad.code).toBe(127);
    expect(bad.stderr).toBe(
      `docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nosuch": executable file not found in $PATH: unknown${HELP}`,
    );
    const ps = await mustRun(lab, 'ps', '-a', '--format', '{{.Names}} {{.Status}}');
    expect(ps.stdout).toContain('x1 Created\n');
  });

  it('docker’s client-side errors, texts and exit codes', async () => {
    const lab = containerLab();
    const conflict = await dockerIn(lab, ['run', '--rm', '--restart', 'always', 'testos']);
    expect(conflict).toEqual({
      stdout: '',
      stderr: `docker: conflicting options: cannot specify both --restart and --rm${HELP}`,
      code: 125,
    });
    expect((await dockerIn(lab, ['run', ':tag'])).stderr).toBe(
      `docker: invalid reference format${HELP}`,
    );
    expect((await dockerIn(lab, ['run', '-p', 'abc', 'testos'])).stderr).toBe(
      `docker: invalid containerPort: abc${HELP}`,
    );
    expect((await dockerIn(lab, ['run', '-p', '99999:80', 'testos'])).stderr).toBe(
      `docker: invalid hostPort: 99999${HELP}`,
    );
    expect((await dockerIn(lab, ['run', '-p', '80:80:80:80', 'testos'])).stderr).toBe(
      `docker: invalid IP address: 80:80${HELP}`,
    );
    expect((await dockerIn(lab, ['run', '-v', ':/x', 'testos'])).stderr).toBe(
      `docker: invalid spec: :/x: empty section between colons${HELP}`,
    );
    expect(await dockerIn(lab, ['run', '-d', '-a', 'stdout', 'testos'])).toEqual({
      stdout: '',
      stderr: 'conflicting options: cannot specify both --attach and --detach\n',
      code: 1,
    });
    expect(await dockerIn(lab, ['run', '-it', 'testos'])).toEqual({
      stdout: '',
      stderr: 'the input device is not a TTY\n',
      code: 1,
    });
    const ps = await mustRun(lab, 'ps', '-aq');
    expect(ps.stdout).toBe('');
  });

  it('name conflicts and invalid names are the daemon’s (125)', async () => {
    const lab = containerLab();
    const { stdout } = await mustRun(lab, 'run', '-d', '--name', 'web', 'web');
    const id = stdout.trim();
    const again = await dockerIn(lab, ['run', '--name', 'web', 'testos']);
    expect(again.code).toBe(125);
    expect(again.stderr).toBe(
      `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.${HELP}`,
    );
    const bad = await dockerIn(lab, ['run', '--name', 'a', 'testos']);
    expect(bad.stderr).toContain(
      'Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
  });

  it('a missing image: Unable to find … locally, the pull on stderr, then the run', async () => {
    const lab = containerLab();
    const r = await dockerIn(lab, ['run', 'busybox', 'echo', 'pulled']);
    expect(r.stdout).toBe('pulled\n');
    expect(r.stderr.split('\n')[0]).toBe("Unable to find image 'busybox:latest' locally");
    expect(r.stderr).toContain('latest: Pulling from library/busybox\n');
    expect(r.stderr).toContain('Status: Downloaded newer image for busybox:latest\n');
    const missing = await dockerIn(lab, ['run', 'nosuch']);
    expect(missing.code).toBe(125);
    expect(missing.stderr).toBe(
      "Unable to find image 'nosuch:latest' locally\ndocker: Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied" +
        HELP,
    );
    const never = await dockerIn(lab, ['run', '--pull', 'never', 'alpine']);
    expect(never.stderr).toBe(
      `docker: Error response from daemon: No such image: alpine:latest${HELP}`,
    );
  });

  it('-it: the terminal is inside until exit (its status), or detached with Ctrl+P Ctrl+Q', async () => {
    const lab = containerLab();
    const tty = new ScriptTty(['echo in', 'exit 3']);
    const t = await dockerIn(lab, ['run', '-it', 'testos'], { tty });
    expect(t.code).toBe(3);
    expect(tty.screen).toMatch(/root@[0-9a-f]{12}:\/# echo in\nin\n/);

    const tty2 = new ScriptTty(['touch /tmp/x', '^P^Q']);
    const d = await dockerIn(lab, ['run', '-it', '--name', 'box', 'testos'], { tty: tty2 });
    expect(d).toEqual({ stdout: '', stderr: '', code: 0 });
    const ps = await mustRun(lab, 'ps', '--format', '{{.Names}} {{.Status}}');
    expect(ps.stdout).toBe('box Up Less than a second\n');
  });

  it('-it: Ctrl+C goes to the container (raw terminal), not to the client or the host shell', async () => {
    const lab = containerLab();
    const events: string[] = [];
    lab.engine.events.subscribe((e) => events.push(e.type));
    // The server (PID 1) has no SIGINT handler of its own: the signal is ignored and it stays up.
    const tty = new ScriptTty([], ['^C', '^C', '^P^Q']);
    const r = await dockerIn(lab, ['run', '-it', '--name', 'srv', 'web'], { tty });
    expect(r).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(tty.screen).toBe('server: ready\n^C^C');
    // No kill through the API (that would be sig-proxy, which run.go disables with -t).
    expect(events).not.toContain('container/killed');
    const ps = await mustRun(lab, 'ps', '--format', '{{.Names}} {{.Status}}');
    expect(ps.stdout).toBe('srv Up Less than a second\n');
  });

  it('--rm removes the container after it exits; notes for what the lab does not model', async () => {
    const lab = containerLab();
    const r = await dockerIn(lab, [
      'run',
      '--rm',
      '--cap-add',
      'NET_ADMIN',
      '-v',
      '/a:/b',
      'testos',
      'echo',
      'x',
    ]);
    expect(r.stdout).toBe('x\n');
    expect(r.stderr).toBe(
      'layerlab: not modelled in the lab, accepted and ignored: --cap-add\n' +
        'layerlab: volumes and bind mounts come with the volumes issue: -v /a:/b is recorded (HostConfig.Binds) but not mounted\n',
    );
    expect((await mustRun(lab, 'ps', '-aq')).stdout).toBe('');
    const net = await dockerIn(lab, ['run', '--network', 'mynet', 'testos']);
    expect(net.code).toBe(1);
    expect(net.stderr).toContain('only the default bridge network is modelled');
  });

  it('-e, --env-file, -w, -u, --hostname, -p reach the container config', async () => {
    const lab = containerLab();
    lab.hostFs.mkdir('/root', { recursive: true });
    lab.hostFs.writeFile('/root/env.list', '# comment\nA=1\nB\n');
    const { stdout } = await dockerIn(
      lab,
      [
        'create',
        '--env-file',
        'env.list',
        '-e',
        'C=3',
        '-e',
        'HOME',
        '-w',
        '/srv',
        '-u',
        'www',
        '-h',
        'box',
        '-p',
        '8080:80',
        'testos',
      ],
      { env: { HOME: '/home/me', B: '2' } },
    );
    const id = stdout.trim();
    const cfg = lab.api.inspectContainer(id);
    if (!cfg.ok) throw new Error(cfg.error.message);
    expect(cfg.value.Config.Env).toEqual(
      expect.arrayContaining(['A=1', 'B=2', 'C=3', 'HOME=/home/me']),
    );
    expect(cfg.value.Config.WorkingDir).toBe('/srv');
    expect(cfg.value.Config.User).toBe('www');
    expect(cfg.value.Config.Hostname).toBe('box');
    expect(cfg.value.HostConfig.PortBindings).toEqual({
      '80/tcp': [{ HostIp: '', HostPort: '8080' }],
    });
  });
});
