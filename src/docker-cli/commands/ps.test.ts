import { describe, expect, it } from 'vitest';
import { containerLab, dockerIn, mustRun } from './lib/container-testing';

describe('docker ps', () => {
  it('default table: running only, newest first; -a adds exited; -q short IDs', async () => {
    const lab = containerLab();
    await mustRun(lab, 'run', 'testos');
    const id = (
      await mustRun(lab, 'run', '-d', '--name', 'web', '-p', '5080:80', 'web')
    ).stdout.trim();
    lab.engine.clock.advance(7 * 60_000);
    const ps = await mustRun(lab, 'ps');
    expect(ps.stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND    CREATED         STATUS         PORTS                                     NAMES\n' +
        `${id.slice(0, 12)}   web       "server"   7 minutes ago   Up 7 minutes   0.0.0.0:5080->80/tcp, [::]:5080->80/tcp   web\n`,
    );
    const all = await mustRun(lab, 'ps', '-a', '--format', '{{.Names}}|{{.Status}}|{{.Command}}');
    expect(all.stdout.split('\n')[0]).toBe('web|Up 7 minutes|"server"');
    expect(all.stdout.split('\n')[1]).toMatch(
      /^[a-z]+_[a-z]+\|Exited \(0\) 7 minutes ago\|"\/bin\/bash"$/,
    );
    expect((await mustRun(lab, 'ps', '-q')).stdout).toBe(`${id.slice(0, 12)}\n`);
    expect((await mustRun(lab, 'ps', '-q', '--no-trunc')).stdout).toBe(`${id}\n`);
  });

  it('filters, -n/-l, -s, json; unknown filters are the daemon’s error', async () => {
    const lab = containerLab();
    expect((await dockerIn(lab, ['run', '--name', 'one', 'testos', 'fail', '3'])).code).toBe(3);
    await mustRun(lab, 'run', '-d', '--name', 'two', '--label', 'tier=web', 'web');
    const exited = await mustRun(lab, 'ps', '-a', '--filter', 'exited=3', '--format', '{{.Names}}');
    expect(exited.stdout).toBe('one\n');
    const label = await mustRun(
      lab,
      'ps',
      '--filter',
      'label=tier=web',
      '--format',
      '{{.Names}} {{.Label "tier"}}',
    );
    expect(label.stdout).toBe('two web\n');
    expect((await mustRun(lab, 'ps', '-l', '--format', '{{.Names}}')).stdout).toBe('two\n');
    expect((await mustRun(lab, 'ps', '-n', '2', '--format', '{{.Names}}')).stdout).toBe(
      'two\none\n',
    );
    const size = await mustRun(lab, 'ps', '-s', '--format', '{{.Size}}');
    expect(size.stdout).toMatch(/^0B \(virtual [0-9.]+[kM]?B\)\n$/);
    const json = await mustRun(lab, 'ps', '--format', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      Names: 'two',
      State: 'running',
      Networks: 'bridge',
    });
    const bad = await dockerIn(lab, ['ps', '--filter', 'foo=bar']);
    expect(bad).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'foo'\n",
      code: 1,
    });
    const tmpl = await dockerIn(lab, ['ps', '--format', '{{.Nope}}']);
    expect(tmpl.stderr).toBe(
      'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
    );
  });
});
