import { describe, expect, it } from 'vitest';
import { containerLab, dockerIn, mustRun } from './lib/container-testing';

const WARNING = (images: string, cache: string, volumes = ''): string =>
  'WARNING! This will remove:\n' +
  '  - all stopped containers\n' +
  '  - all networks not used by at least one container\n' +
  volumes +
  `  - ${images}\n` +
  `  - ${cache}\n` +
  '\nAre you sure you want to continue? [y/N] ';

describe('docker system prune', () => {
  it('asks with the list of what goes; anything but y cancels and keeps everything', async () => {
    const lab = containerLab();
    await mustRun(lab, 'create', '--name', 'c1', 'testos');
    const r = await dockerIn(lab, ['system', 'prune'], { stdin: ['yes'] });
    expect(r).toEqual({
      stdout: WARNING('all dangling images', 'unused build cache'),
      stderr: '',
      code: 0,
    });
    const a = await dockerIn(lab, ['system', 'prune', '-a', '--volumes'], { stdin: [] });
    expect(a.stdout).toBe(
      WARNING(
        'all images without at least one container associated to them',
        'all build cache',
        '  - all anonymous volumes not used by at least one container\n',
      ),
    );
    expect((await mustRun(lab, 'ps', '-aq')).stdout.trim()).not.toBe('');
  });

  it('-a -f: stopped containers first, then the images they no longer hold', async () => {
    const lab = containerLab();
    const id = (await mustRun(lab, 'create', '--name', 'c1', 'testos')).stdout.trim();
    await mustRun(lab, 'run', '-d', '--name', 'w1', 'web');
    const r = await dockerIn(lab, ['system', 'prune', '-a', '-f']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Deleted Containers:', id, '']);
    expect(lines[3]).toBe('Deleted Images:');
    expect(lines[4]).toBe('untagged: testos:latest');
    expect(lines.at(-2)).toMatch(/^Total reclaimed space: \d/);
    expect((await mustRun(lab, 'ps', '-a', '--format', '{{.Names}}')).stdout).toBe('w1\n');
    expect((await mustRun(lab, 'images', '--format', '{{.Repository}}')).stdout).toBe('web\n');
  });

  it('nothing to remove: only the total; --filter is said not to be modelled', async () => {
    const lab = containerLab();
    expect(await dockerIn(lab, ['system', 'prune', '-f'])).toEqual({
      stdout: 'Total reclaimed space: 0B\n',
      stderr: '',
      code: 0,
    });
    const f = await dockerIn(lab, ['system', 'prune', '-f', '--filter', 'until=1h']);
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/^layerlab: /);
  });
});
