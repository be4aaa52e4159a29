import { describe, expect, it } from 'vitest';
import { runDocker } from '../testing/run-docker';
import { labDocker, must } from './lib/testing';

describe('docker system df', () => {
  it('four rows in order; images from the store, shared layers counted once', async () => {
    const { docker } = labDocker();
    expect((await runDocker(docker, 'system', 'df')).stdout).toBe(
      [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          0         0         0B        0B',
        'Containers      0         0         0B        0B',
        'Local Volumes   0         0         0B        0B',
        'Build Cache     0         0         0B        0B',
        '',
      ].join('\n'),
    );
    await must(docker, 'pull', '-q', 'debian:bookworm');
    await must(docker, 'pull', '-q', 'python');
    const lines = (await runDocker(docker, 'system', 'df')).stdout.split('\n');
    expect(lines[1]).toBe('Images          2         0         1.019GB   1.019GB (100%)');
  });

  it('-v: the per-object sections; --format json and templates', async () => {
    const { docker } = labDocker();
    await must(docker, 'pull', '-q', 'alpine');
    const v = (await runDocker(docker, 'system', 'df', '-v')).stdout;
    expect(v).toMatch(
      /^Images space usage:\n\nREPOSITORY {3}TAG {7}IMAGE ID {7}CREATED\s+SIZE {6}SHARED SIZE {3}UNIQUE SIZE {3}CONTAINERS\nalpine {7}latest {4}[0-9a-f]{12} /,
    );
    expect(v).toContain(
      '\nContainers space usage:\n\nCONTAINER ID   IMAGE     COMMAND   LOCAL VOLUMES   SIZE      CREATED   STATUS    NAMES\n',
    );
    expect(v).toContain('\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n');
    expect(
      v.endsWith(
        '\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n',
      ),
    ).toBe(true);
    const j = (await runDocker(docker, 'system', 'df', '--format', 'json')).stdout.split('\n');
    expect(JSON.parse(j[0] as string)).toEqual({
      Active: '0',
      Reclaimable: '7.834MB (100%)',
      Size: '7.834MB',
      TotalCount: '1',
      Type: 'Images',
    });
    const t = await runDocker(docker, 'system', 'df', '--format', '{{.Type}}: {{.Size}}');
    expect(t.stdout.split('\n')[3]).toBe('Build Cache: 0B');
  });
});
