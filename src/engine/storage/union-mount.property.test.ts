// Property tests: random operation sequences on random layer stacks against a reference model that
// flattens the layers in order and applies the operations to a plain path → node map.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFsError } from '../fs/errors';
import type { FileSystem } from '../fs/types';
import { commitChanges, copyChanges } from './commit';
import { diffIdOfChanges, layerDiffId, layerSize } from './digest';
import { createLayer, type Layer, type LayerEntrySpec } from './layer';
import { ancestorsOf, compareKeys, isUnder, parentKey } from './path';
import { createUnionMount } from './union-mount';

type RNode =
  | { type: 'file'; text: string; mode: number }
  | { type: 'dir'; mode: number }
  | { type: 'symlink'; target: string };

// Few names, so random operations keep hitting the same paths and the layers' entries.
const NAMES = ['a', 'b'];
const PATHS: string[] = [];
for (const x of NAMES) {
  PATHS.push(`/${x}`);
  for (const y of NAMES) {
    PATHS.push(`/${x}/${y}`);
    for (const z of NAMES) PATHS.push(`/${x}/${y}/${z}`);
  }
}
const TARGETS = ['/a', '/a/b', '/b/a', 'a', 'b', '../a', '../../b', '/nowhere', '/a/b/a'];

class Errno extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

class Model {
  readonly m = new Map<string, RNode>();
  readonly pure = new Set<string>();

  flatten(layers: readonly LayerEntrySpec[][]): void {
    for (const specs of layers) {
      for (const e of specs) {
        const p = e.path;
        const cur = this.m.get(p);
        switch (e.type) {
          case 'whiteout':
            this.removeTree(p);
            break;
          case 'dir':
            if (e.opaque || (cur && cur.type !== 'dir')) this.removeTree(p);
            this.m.set(p, { type: 'dir', mode: e.mode ?? 0o755 });
            break;
          case 'file':
            this.removeTree(p);
            this.m.set(p, {
              type: 'file',
              text: typeof e.data === 'string' ? e.data : '',
              mode: e.mode ?? 0o644,
            });
            break;
          case 'symlink':
            this.removeTree(p);
            this.m.set(p, { type: 'symlink', target: e.target });
            break;
          default:
            throw new Error('not generated');
        }
      }
    }
  }

  removeTree(p: string): void {
    for (const k of [...this.m.keys()]) if (k === p || isUnder(k, p)) this.m.delete(k);
  }

  children(p: string): string[] {
    return [...this.m.keys()].filter((k) => k !== p && parentKey(k) === p);
  }

  resolve(path: string, follow: boolean): { key: string; node?: RNode } {
    const queue = path.split('/').filter((x) => x !== '');
    if (queue.length === 0) return { key: '/', node: { type: 'dir', mode: 0o755 } };
    let cur = '/';
    let hops = 0;
    while (queue.length > 0) {
      const c = queue.shift() as string;
      const last = queue.length === 0;
      if (c === '..') {
        cur = parentKey(cur);
        if (last)
          return { key: cur, node: cur === '/' ? { type: 'dir', mode: 0o755 } : this.m.get(cur) };
        continue;
      }
      const next = cur === '/' ? `/${c}` : `${cur}/${c}`;
      const n = this.m.get(next);
      if (!n) {
        if (last) return { key: next };
        throw new Errno('ENOENT');
      }
      if (n.type === 'symlink' && (!last || follow)) {
        if (++hops > 40) throw new Errno('ELOOP');
        if (n.target.startsWith('/')) cur = '/';
        queue.unshift(...n.target.split('/').filter((x) => x !== ''));
        if (queue.length === 0) return { key: cur, node: { type: 'dir', mode: 0o755 } };
        continue;
      }
      if (!last && n.type !== 'dir') throw new Errno('ENOTDIR');
      cur = next;
    }
    return { key: cur, node: this.m.get(cur) };
  }

  write(p: string, text: string, append: boolean): void {
    const r = this.resolve(p, true);
    if (!r.node) {
      this.m.set(r.key, { type: 'file', text, mode: 0o644 });
      return;
    }
    if (r.node.type === 'dir') throw new Errno('EISDIR');
    if (r.node.type === 'file') r.node.text = append ? r.node.text + text : text;
  }

  unlink(p: string): void {
    const r = this.resolve(p, false);
    if (!r.node) throw new Errno('ENOENT');
    if (r.node.type === 'dir') throw new Errno('EISDIR');
    this.m.delete(r.key);
  }

  rmdir(p: string): void {
    const r = this.resolve(p, false);
    if (!r.node) throw new Errno('ENOENT');
    if (r.node.type !== 'dir') throw new Errno('ENOTDIR');
    if (r.key === '/') throw new Errno('EBUSY');
    if (this.children(r.key).length > 0) throw new Errno('ENOTEMPTY');
    this.m.delete(r.key);
    this.pure.delete(r.key);
  }

  mkdir(p: string): void {
    const r = this.resolve(p, false);
    if (r.node) throw new Errno('EEXIST');
    this.m.set(r.key, { type: 'dir', mode: 0o755 });
    this.pure.add(r.key);
  }

  rename(a: string, b: string): void {
    const ra = this.resolve(a, false);
    if (!ra.node) throw new Errno('ENOENT');
    const rb = this.resolve(b, false);
    if (ra.key === '/' || rb.key === '/') throw new Errno('EBUSY');
    if (ra.key === rb.key) return;
    const srcDir = ra.node.type === 'dir';
    if (srcDir && isUnder(rb.key, ra.key)) throw new Errno('EINVAL');
    if (rb.node) {
      if (srcDir && rb.node.type !== 'dir') throw new Errno('ENOTDIR');
      if (!srcDir && rb.node.type === 'dir') throw new Errno('EISDIR');
      if (rb.node.type === 'dir' && this.children(rb.key).length > 0) throw new Errno('ENOTEMPTY');
    }
    if (srcDir && !this.pure.has(ra.key)) throw new Errno('EXDEV');
    this.m.delete(rb.key);
    this.pure.delete(rb.key);
    const moved = [...this.m.keys()].filter((k) => k === ra.key || isUnder(k, ra.key));
    for (const k of moved) {
      const nk = rb.key + k.slice(ra.key.length);
      this.m.set(nk, this.m.get(k) as RNode);
      this.m.delete(k);
      if (this.pure.delete(k)) this.pure.add(nk);
    }
  }

  /** rm -r without following symlinks, one entry at a time (as rm does). */
  rmrf(p: string): void {
    const r = this.resolve(p, false);
    if (!r.node) throw new Errno('ENOENT');
    if (r.node.type === 'dir') {
      for (const c of this.children(r.key).sort()) this.rmrf(c);
      this.rmdir(r.key);
    } else this.unlink(r.key);
  }

  chmod(p: string, mode: number): void {
    const r = this.resolve(p, true);
    if (!r.node) throw new Errno('ENOENT');
    if (r.node.type !== 'symlink') r.node.mode = mode;
  }

  symlink(t: string, p: string): void {
    const r = this.resolve(p, false);
    if (r.node) throw new Errno('EEXIST');
    this.m.set(r.key, { type: 'symlink', target: t });
  }
}

/** Keep one entry per path, drop entries under a non-directory of the same layer, parents first. */
function sanitise(specs: LayerEntrySpec[]): LayerEntrySpec[] {
  const byPath = new Map<string, LayerEntrySpec>();
  for (const s of specs) if (!byPath.has(s.path)) byPath.set(s.path, s);
  const ok = [...byPath.values()].filter((s) =>
    ancestorsOf(s.path).every((a) => {
      const e = byPath.get(a);
      return !e || e.type === 'dir';
    }),
  );
  // Parent directories implied by createLayer must show in the model too.
  const full = new Map<string, LayerEntrySpec>(ok.map((s) => [s.path, s]));
  for (const s of ok)
    for (const a of ancestorsOf(s.path)) if (!full.has(a)) full.set(a, { path: a, type: 'dir' });
  return [...full.values()].sort((x, y) => compareKeys(x.path, y.path));
}

const entryArb: fc.Arbitrary<LayerEntrySpec> = fc.oneof(
  fc.record({
    path: fc.constantFrom(...PATHS),
    type: fc.constant('file' as const),
    data: fc.constantFrom('', 'x', 'hello\n'),
  }),
  fc.record({
    path: fc.constantFrom(...PATHS),
    type: fc.constant('dir' as const),
    opaque: fc.boolean(),
    mode: fc.constantFrom(0o755, 0o700),
  }),
  fc.record({ path: fc.constantFrom(...PATHS), type: fc.constant('whiteout' as const) }),
  fc.record({
    path: fc.constantFrom(...PATHS),
    type: fc.constant('symlink' as const),
    target: fc.constantFrom(...TARGETS),
  }),
);

type Op =
  | { op: 'write'; p: string; text: string; append: boolean }
  | { op: 'unlink' | 'rmdir' | 'mkdir' | 'rmrf'; p: string }
  | { op: 'rename'; a: string; b: string }
  | { op: 'chmod'; p: string; mode: number }
  | { op: 'symlink'; t: string; p: string };

// Operations aim at the upper two levels so that sequences like rm -r then mkdir meet often.
const pathArb = fc.constantFrom(...PATHS.filter((p) => p.split('/').length <= 3));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('write' as const),
    p: pathArb,
    text: fc.constantFrom('1', 'two\n'),
    append: fc.boolean(),
  }),
  fc.record({
    op: fc.constantFrom('unlink' as const, 'rmdir' as const, 'mkdir' as const),
    p: pathArb,
  }),
  fc.record({ op: fc.constant('rename' as const), a: pathArb, b: pathArb }),
  fc.record({ op: fc.constant('chmod' as const), p: pathArb, mode: fc.constantFrom(0o600, 0o755) }),
  fc.record({ op: fc.constant('symlink' as const), t: fc.constantFrom(...TARGETS), p: pathArb }),
);

function run(f: () => void): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (isFsError(e) || e instanceof Errno) return e.code;
    throw e;
  }
}

function rmrf(fs: FileSystem, p: string): void {
  const key =
    fs.realpath(parentKey(p)) === '/'
      ? `/${p.split('/').pop() ?? ''}`
      : `${fs.realpath(parentKey(p))}/${p.split('/').pop() ?? ''}`;
  if (fs.lstat(key).type === 'dir') {
    for (const e of fs.readdir(key)) rmrf(fs, `${key}/${e.name}`);
    fs.rmdir(key);
  } else fs.unlink(key);
}

function apply(fs: FileSystem, model: Model, o: Op): [string, string] {
  switch (o.op) {
    case 'write':
      return [
        run(() => fs.writeFile(o.p, o.text, { append: o.append })),
        run(() => model.write(o.p, o.text, o.append)),
      ];
    case 'unlink':
      return [run(() => fs.unlink(o.p)), run(() => model.unlink(o.p))];
    case 'rmdir':
      return [run(() => fs.rmdir(o.p)), run(() => model.rmdir(o.p))];
    case 'rmrf':
      return [run(() => rmrf(fs, o.p)), run(() => model.rmrf(o.p))];
    case 'mkdir':
      return [run(() => fs.mkdir(o.p)), run(() => model.mkdir(o.p))];
    case 'rename':
      return [run(() => fs.rename(o.a, o.b)), run(() => model.rename(o.a, o.b))];
    case 'chmod':
      return [run(() => fs.chmod(o.p, o.mode)), run(() => model.chmod(o.p, o.mode))];
    case 'symlink':
      return [run(() => fs.symlink(o.t, o.p)), run(() => model.symlink(o.t, o.p))];
  }
}

function dump(fs: FileSystem): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdir(dir)) {
      const p = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
      const st = fs.lstat(p);
      if (st.type === 'dir') {
        out.push(`${p} dir ${st.mode.toString(8)}`);
        walk(p);
      } else if (st.type === 'symlink') out.push(`${p} -> ${fs.readlink(p)}`);
      else out.push(`${p} file ${st.mode.toString(8)} ${JSON.stringify(fs.readText(p))}`);
    }
  };
  walk('/');
  return out.sort();
}

function dumpModel(model: Model): string[] {
  return [...model.m.entries()]
    .map(([p, n]) =>
      n.type === 'dir'
        ? `${p} dir ${n.mode.toString(8)}`
        : n.type === 'symlink'
          ? `${p} -> ${n.target}`
          : `${p} file ${n.mode.toString(8)} ${JSON.stringify(n.text)}`,
    )
    .sort();
}

const stackArb = fc.array(fc.array(entryArb, { maxLength: 10 }), { minLength: 0, maxLength: 5 });

describe('union mount vs reference model', () => {
  it('flattened layers read the same', () => {
    fc.assert(
      fc.property(stackArb, (raw) => {
        const specs = raw.map(sanitise);
        const layers: Layer[] = specs.map((entries, i) => createLayer({ id: `L${i}`, entries }));
        const fs = createUnionMount({ lowers: layers.slice().reverse() });
        const model = new Model();
        model.flatten(specs);
        expect(dump(fs)).toEqual(dumpModel(model));
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it('random operations agree with the model, and commit preserves the view', () => {
    fc.assert(
      fc.property(stackArb, fc.array(opArb, { maxLength: 25 }), (raw, ops) => {
        const specs = raw.map(sanitise);
        const layers: Layer[] = specs.map((entries, i) => createLayer({ id: `L${i}`, entries }));
        const lowers = layers.slice().reverse();
        const fs = createUnionMount({ lowers });
        const model = new Model();
        model.flatten(specs);
        for (const o of ops) {
          const [got, want] = apply(fs, model, o);
          expect([o, got]).toEqual([o, want]);
        }
        const view = dump(fs);
        expect(view).toEqual(dumpModel(model));

        // Invariants of the upper layer: ancestors are directories; whiteouts have nothing below.
        for (const [k, n] of fs.upper.entries()) {
          if (k === '/') continue;
          for (const a of ancestorsOf(k)) expect(fs.upper.get(a)?.kind).toBe('dir');
          if (n.kind === 'whiteout') expect(fs.upper.childNames(k)).toBeUndefined();
        }
        // Committing and stacking the result shows the same tree; digests are stable; sizes add up.
        const layer = commitChanges(fs.upper, { id: 'C' });
        expect(dump(createUnionMount({ lowers: [layer, ...lowers] }))).toEqual(view);
        expect(diffIdOfChanges(copyChanges(layer.changes))).toBe(layerDiffId(layer));
        let sum = 0;
        for (const [, n] of layer.changes.entries())
          if (n.kind === 'file')
            sum += n.data.kind === 'text' ? Buffer.byteLength(n.data.text) : n.data.size;
        expect(layerSize(layer)).toBe(sum);
      }),
      {
        numRuns: 600,
        examples: [
          [
            [[{ path: '/a/b', type: 'file', data: 'x' }]],
            [
              { op: 'rmrf', p: '/a' },
              { op: 'mkdir', p: '/a' },
            ],
          ],
        ],
      },
    );
  }, 60_000);
});
