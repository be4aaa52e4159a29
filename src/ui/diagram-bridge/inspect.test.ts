import { describe, expect, it } from 'vitest';
import { createLayer, createUnionMount } from '../../engine/storage';
import { imageWaste, layerChanges, mergedEntries } from './inspect';

const base = createLayer({
  id: 'L1',
  entries: [
    { path: '/etc/issue', type: 'file', data: 'Ubuntu\n' },
    { path: '/etc/bash.bashrc', type: 'file', data: '# bashrc\n' },
    { path: '/big', type: 'file', data: 'x'.repeat(100) },
  ],
});
const second = createLayer({
  id: 'L2',
  entries: [
    { path: '/etc/bash.bashrc', type: 'file', data: '# bashrc v2\n' },
    { path: '/big', type: 'whiteout' },
    { path: '/app', type: 'file', data: 'app' },
  ],
});

describe('looking inside', () => {
  it('merged view: source layers, copy-ups in both places, whiteouts', () => {
    const m = createUnionMount({ id: 'c', lowers: [second, base] });
    m.writeFile('/etc/issue', 'changed\n');
    m.unlink('/app');
    m.writeFile('/new', 'n');
    const all = mergedEntries(m);
    const at = (p: string) => all.find((e) => e.path === p);
    expect(at('/etc/issue')).toMatchObject({ layer: 0, copiedFrom: 2 });
    expect(at('/etc/bash.bashrc')).toMatchObject({ layer: 1 });
    expect(at('/app')).toMatchObject({ kind: 'whiteout', layer: 0 });
    expect(at('/new')).toMatchObject({ layer: 0 });
    expect(at('/new')?.copiedFrom).toBeUndefined();
    expect(at('/big')).toBeUndefined();
    expect(mergedEntries(m, true).map((e) => e.path)).toEqual([
      '/app',
      '/etc',
      '/etc/issue',
      '/new',
    ]);
  });

  it('layer changes and wasted bytes', () => {
    expect(layerChanges(second.changes, [base])).toEqual([
      { path: '/app', change: 'added', kind: 'file', size: 3 },
      { path: '/big', change: 'deleted', kind: 'whiteout', size: 0 },
      { path: '/etc/bash.bashrc', change: 'modified', kind: 'file', size: 12 },
    ]);
    const w = imageWaste([base.changes, second.changes]);
    expect(w.wastedBytes).toBe(100 + 9);
    expect(w.files).toBe(2);
    expect(w.efficiency).toBeCloseTo((w.totalBytes - 109) / w.totalBytes);
  });
});
