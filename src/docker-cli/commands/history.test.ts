import { describe, expect, it } from 'vitest';
import { runDocker } from '../testing/run-docker';
import { labDocker, must } from './lib/testing';

describe('docker history', () => {
  it('table: top row with the ID, <missing> below, CREATED BY cut at 45 cells', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'python');
    const lines = (await runDocker(docker, 'history', 'python')).stdout.split('\n');
    expect(lines[0]).toBe(
      'IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT',
    );
    expect(lines[1]).toMatch(/^[0-9a-f]{12} {3}/);
    expect(lines.slice(2, -1).every((l) => l.startsWith('<missing>'))).toBe(true);
    const by = lines.map((l) => l.slice(31, 79).trimEnd()).filter((s) => s.endsWith('…'));
    expect(by.length).toBeGreaterThan(0);
    for (const s of by) expect([...s]).toHaveLength(45);
    expect(lines.join('\n')).not.toContain('\t');
  });

  it('-H=false, -q, --no-trunc, --format', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'ubuntu');
    const raw = (await runDocker(docker, 'image', 'history', '-H=false', 'ubuntu')).stdout;
    expect(raw.split('\n')[0]).toMatch(/^IMAGE {10}CREATED AT {13}CREATED BY/);
    expect(raw).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {3}/);
    expect(raw).toMatch(/ 78130000 /);
    const q = (await runDocker(docker, 'history', '-q', 'ubuntu')).stdout.split('\n');
    expect(q[0]).toMatch(/^[0-9a-f]{12}$/);
    expect(q[1]).toBe('<missing>');
    const full = (await runDocker(docker, 'history', '--no-trunc', 'ubuntu')).stdout;
    expect(full).toMatch(/^sha256:[0-9a-f]{64} /m);
    const f = await runDocker(docker, 'history', '--format', '{{.Size}}|{{.Comment}}', 'ubuntu');
    expect(f.stdout.split('\n')[0]).toBe('0B|');
  });

  it('a missing image is the daemon error', async () => {
    const { docker } = labDocker();
    expect(await runDocker(docker, 'history', 'nope')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      code: 1,
    });
  });
});
