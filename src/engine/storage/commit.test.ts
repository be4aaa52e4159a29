import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/clock';
import { commitChanges } from './commit';
import { containerDiff } from './container-diff';
import { layerDiffId, layerSize } from './digest';
import type { StorageEvent } from './events';
import { createLayer } from './layer';
import { createUnionMount } from './union-mount';

const image = createLayer({
  id: 'ubuntu',
  entries: [
    { path: '/etc/legal', type: 'file', data: 'legal\n' },
    { path: '/etc/passwd', type: 'file', data: 'root:x:0:0\n' },
    { path: '/tmp', type: 'dir', mode: 0o1777 },
    { path: '/usr/share/doc/a', type: 'file', data: 'a' },
    { path: '/usr/share/doc/b', type: 'file', data: 'b' },
  ],
});
const init = createLayer({
  id: 'c1-init',
  entries: [
    { path: '/.dockerenv', type: 'file', data: '' },
    { path: '/etc/hosts', type: 'file', data: '' },
    { path: '/etc/hostname', type: 'file', data: '' },
    { path: '/etc/resolv.conf', type: 'file', data: '' },
  ],
});

function container() {
  const clock = createManualClock();
  return { clock, fs: createUnionMount({ id: 'c1', lowers: [init, image], clock }) };
}

describe('commit', () => {
  it('gives an empty layer for an unchanged container, as docker commit does', () => {
    const { fs } = container();
    const events: StorageEvent[] = [];
    const layer = commitChanges(fs.upper, { id: 'l2', emit: (e) => events.push(e), mount: 'c1' });
    expect(layerDiffId(layer)).toBe(
      'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
    );
    expect(layerSize(layer)).toBe(0);
    expect(events).toEqual([
      {
        type: 'storage/layer-committed',
        layer: 'l2',
        diffId: 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
        size: 0,
        entries: 0,
        mount: 'c1',
      },
    ]);
  });

  it('seals a copy: later writes to the container do not reach the committed layer', () => {
    const { fs } = container();
    fs.writeFile('/app.txt', 'v1');
    fs.writeFile('/a', 'x');
    fs.link('/a', '/b');
    const layer = commitChanges(fs.upper, { id: 'l2' });
    const before = layerDiffId(layer);
    fs.writeFile('/app.txt', 'v2');
    expect(layer.changes.get('/app.txt')).toMatchObject({ data: { text: 'v1' } });
    expect(layer.changes.get('/a')).toBe(layer.changes.get('/b'));
    expect(layerDiffId(layer)).toBe(before);
    expect(layerSize(layer)).toBe(3);
    // The new layer stacks under a new container and shows the same files.
    const next = createUnionMount({ lowers: [layer, image] });
    expect(next.readText('/app.txt')).toBe('v1');
    expect(next.stat('/a').ino).toBe(next.stat('/b').ino);
  });

  it('keeps whiteouts and opaque directories', () => {
    const { fs } = container();
    fs.unlink('/usr/share/doc/a');
    fs.unlink('/usr/share/doc/b');
    fs.rmdir('/usr/share/doc');
    fs.mkdir('/usr/share/doc');
    fs.unlink('/etc/legal');
    const layer = commitChanges(fs.upper, { id: 'l2' });
    const next = createUnionMount({ lowers: [layer, image] });
    expect(next.readdir('/usr/share/doc')).toEqual([]);
    expect(next.exists('/etc/legal')).toBe(false);
  });
});

describe('docker diff', () => {
  it('matches the FIDELITY §1.4 example', () => {
    const { fs } = container();
    fs.mkdir('/foo');
    fs.writeFile('/foo/bar', 'x\n');
    fs.unlink('/etc/legal');
    fs.writeFile('/tmp/x', '');
    expect(containerDiff(fs.upper, fs.lowers).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /etc',
      'D /etc/legal',
      'A /foo',
      'A /foo/bar',
      'C /tmp',
      'A /tmp/x',
    ]);
  });

  it('prints nothing for an unchanged container and ignores the bind-mounted files', () => {
    const { fs } = container();
    expect(containerDiff(fs.upper, fs.lowers)).toEqual([]);
    fs.writeFile('/etc/hosts', '127.0.0.1 localhost\n');
    fs.writeFile('/etc/resolv.conf', 'nameserver 8.8.8.8\n');
    expect(containerDiff(fs.upper, fs.lowers)).toEqual([]);
  });

  it('shows a modified file and its directory as C, deletions after additions', () => {
    const { fs, clock } = container();
    clock.advance(1000);
    fs.writeFile('/etc/passwd', 'x\n', { append: true });
    fs.writeFile('/etc/zz', '');
    fs.unlink('/etc/legal');
    expect(containerDiff(fs.upper, fs.lowers).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /etc',
      'C /etc/passwd',
      'A /etc/zz',
      'D /etc/legal',
    ]);
  });

  it('reports an opaque re-created directory: old children D, new ones A', () => {
    const { fs } = container();
    fs.unlink('/usr/share/doc/a');
    fs.unlink('/usr/share/doc/b');
    fs.rmdir('/usr/share/doc');
    fs.mkdir('/usr/share/doc');
    fs.writeFile('/usr/share/doc/c', '');
    expect(containerDiff(fs.upper, fs.lowers).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /usr',
      'C /usr/share',
      'C /usr/share/doc',
      'A /usr/share/doc/c',
      'D /usr/share/doc/a',
      'D /usr/share/doc/b',
    ]);
  });
});
