// One command's events → the steps worth showing, in order. Copy-up and the write that caused it
// become one step, as do create-then-write; reads are shown only when the command changed no
// files (a `cat`), and only the last few; pull progress becomes one step per image.

import type { LabEvent } from '../engine/events/types';
import type { PulledLayer, Step } from './steps';

export interface FromEventsOptions {
  /** Mounts nobody draws (the host's own filesystem). Default: "host". */
  readonly ignoreMount?: (mount: string) => boolean;
  /** At most this many file steps (add, modify, copy-up, whiteout, remove) per command; the last ones. */
  readonly maxFileSteps?: number;
  /** At most this many reads per command; the last ones. */
  readonly maxReads?: number;
}

type FileStep = Extract<Step, { mount: string; path: string }>;

const isFileStep = (s: Step): s is FileStep =>
  s.kind === 'copy-up' ||
  s.kind === 'add' ||
  s.kind === 'modify' ||
  s.kind === 'whiteout' ||
  s.kind === 'remove';

const keyOf = (mount: string, path: string): string => `${mount}\u0000${path}`;

export function stepsFromEvents(
  events: readonly LabEvent[],
  options: FromEventsOptions = {},
): Step[] {
  const ignore = options.ignoreMount ?? ((m: string) => m === 'host');
  const out: Step[] = [];
  /** The last file step per mount+path, so a later write folds into it. */
  const lastFile = new Map<string, number>();
  const downloaded = new Map<string, PulledLayer[]>();
  const reused = new Map<string, PulledLayer[]>();
  const removedLayers: PulledLayer[] = [];
  const created = new Map<string, number>();
  const dropped = new Set<Step>();

  const pushFile = (s: FileStep): void => {
    lastFile.set(keyOf(s.mount, s.path), out.length);
    out.push(s);
  };

  for (const e of events) {
    switch (e.type) {
      case 'storage/file-read':
        if (!ignore(e.mount))
          out.push({
            kind: 'read',
            mount: e.mount,
            path: e.path,
            visited: e.visited,
            result: e.result,
            ...(e.layer !== undefined ? { layer: e.layer } : {}),
          });
        break;
      case 'storage/file-copied-up':
        // Parent directories copied up on the way to a file are scaffolding, not the lesson.
        if (!ignore(e.mount) && e.fileType !== 'dir')
          pushFile({
            kind: 'copy-up',
            mount: e.mount,
            path: e.path,
            from: e.fromLayer,
            to: e.toLayer,
            bytes: e.bytes,
            written: false,
          });
        break;
      case 'storage/file-created':
        if (!ignore(e.mount))
          pushFile({ kind: 'add', mount: e.mount, path: e.path, layer: e.layer });
        break;
      case 'storage/file-written': {
        if (ignore(e.mount)) break;
        const at = lastFile.get(keyOf(e.mount, e.path));
        const prev = at !== undefined ? out[at] : undefined;
        if (prev?.kind === 'copy-up')
          out[at as number] = { ...prev, written: true, bytes: e.bytes };
        else if (prev?.kind !== 'add' && prev?.kind !== 'modify')
          pushFile({ kind: 'modify', mount: e.mount, path: e.path, layer: e.layer });
        break;
      }
      case 'storage/whiteout-created':
        if (!ignore(e.mount))
          pushFile({
            kind: 'whiteout',
            mount: e.mount,
            path: e.path,
            layer: e.layer,
            hides: e.hides,
          });
        break;
      case 'storage/file-removed':
        if (!ignore(e.mount))
          pushFile({ kind: 'remove', mount: e.mount, path: e.path, layer: e.layer });
        break;
      case 'storage/layer-committed':
        out.push({
          kind: 'commit',
          ...(e.mount !== undefined ? { mount: e.mount } : {}),
          layer: e.layer,
          diffId: e.diffId,
          size: e.size,
        });
        break;
      case 'container/committed': {
        // Name the commit step the storage event made (same command, just before).
        for (let i = out.length - 1; i >= 0; i--) {
          const s = out[i] as Step;
          if (s.kind === 'commit' && (s.mount === undefined || s.mount === e.id)) {
            out[i] = {
              ...s,
              container: e.name,
              imageId: e.imageId,
              ...(e.ref !== undefined ? { ref: e.ref } : {}),
            };
            break;
          }
        }
        break;
      }
      case 'image/layer-downloaded':
        listIn(downloaded, e.ref).push({ chainId: e.chainId, cacheId: e.cacheId, size: e.size });
        break;
      case 'image/layer-reused':
        listIn(reused, e.ref).push({ chainId: e.chainId, cacheId: e.cacheId });
        break;
      case 'image/pulled':
        // The pull moved the tag: its step says so, a separate tag step would only repeat it.
        dropTags(out, dropped, (t) => t.ref === e.ref);
        out.push({
          kind: 'pull',
          ref: e.ref,
          imageId: e.imageId,
          downloaded: downloaded.get(e.ref) ?? [],
          reused: reused.get(e.ref) ?? [],
        });
        break;
      case 'image/tagged':
        out.push({ kind: 'tag', imageId: e.imageId, ref: e.ref });
        break;
      case 'layer/removed':
        removedLayers.push({ chainId: e.chainId, cacheId: e.cacheId, size: e.size });
        break;
      case 'image/removed':
        out.push({ kind: 'rmi', imageId: e.imageId, layers: [] });
        break;
      case 'container/created':
        created.set(e.id, out.length);
        out.push({ kind: 'run', id: e.id, name: e.name, started: false });
        break;
      case 'container/started': {
        const at = created.get(e.id);
        const s = at !== undefined ? out[at] : undefined;
        if (s?.kind === 'run') out[at as number] = { ...s, started: true };
        else out.push({ kind: 'state', id: e.id, name: e.name, what: 'started' });
        break;
      }
      case 'container/stopped':
      case 'container/died':
      case 'container/paused':
      case 'container/unpaused':
      case 'container/restarted':
        out.push({
          kind: 'state',
          id: e.id,
          name: e.name,
          what: e.type.slice('container/'.length) as Extract<Step, { kind: 'state' }>['what'],
        });
        break;
      case 'container/removed':
        out.push({ kind: 'rm', id: e.id, name: e.name });
        break;
      case 'build/step-container-created':
        out.push({
          kind: 'build-container',
          build: e.build,
          container: e.container,
          step: e.step,
          lowers: e.lowers,
        });
        break;
      case 'build/layer-committed': {
        const step: Step = {
          kind: 'build-layer',
          build: e.build,
          step: e.step,
          ...(e.layer !== undefined ? { layer: e.layer } : {}),
          ...(e.diffId !== undefined ? { diffId: e.diffId } : {}),
          size: e.size,
        };
        // Storage announced the same layer just before as a commit of the step's container:
        // that is this step, told once.
        const at = out.findLastIndex((s) => s.kind === 'commit' && s.layer === e.layer);
        if (e.layer !== undefined && at >= 0) out[at] = step;
        else out.push(step);
        break;
      }
      case 'build/step-container-removed': {
        const at = out.findLastIndex((s) => s.kind === 'build-layer' && s.container === undefined);
        const s = at >= 0 ? out[at] : undefined;
        if (s?.kind === 'build-layer') out[at] = { ...s, container: e.container };
        else out.push({ kind: 'build-removed', build: e.build, container: e.container });
        break;
      }
      case 'build/step-cached': {
        // The builder may name the reused layer (optional fields; older builders do not).
        const named = e as {
          readonly layer?: unknown;
          readonly diffId?: unknown;
          readonly lowers?: unknown;
        };
        const lowers =
          Array.isArray(named.lowers) && named.lowers.every((l) => typeof l === 'string')
            ? (named.lowers as string[])
            : undefined;
        out.push({
          kind: 'build-cached',
          build: e.build,
          step: e.step,
          ...(typeof named.layer === 'string' ? { layer: named.layer } : {}),
          ...(typeof named.diffId === 'string' ? { diffId: named.diffId } : {}),
          ...(lowers ? { lowers } : {}),
        });
        break;
      }
      case 'build/config-changed':
        out.push({ kind: 'build-config', build: e.build, step: e.step, createdBy: e.createdBy });
        break;
      case 'build/finished':
        // The tags the build moved are named by its last step.
        if (e.imageId !== undefined) dropTags(out, dropped, (t) => t.imageId === e.imageId);
        out.push({
          kind: 'build-done',
          build: e.build,
          ...(e.imageId !== undefined ? { imageId: e.imageId } : {}),
          tags: e.tags,
          ...(e.error !== undefined ? { error: e.error } : {}),
        });
        break;
      default:
        break;
    }
  }
  // Layers an rmi freed go with the last rmi step of the command.
  if (removedLayers.length > 0) {
    const at = out.map((s) => s.kind).lastIndexOf('rmi');
    const s = at >= 0 ? out[at] : undefined;
    if (s?.kind === 'rmi') out[at] = { ...s, layers: removedLayers };
  }
  return trim(
    out.filter((s) => !dropped.has(s)),
    options.maxFileSteps ?? 6,
    options.maxReads ?? 2,
  );
}

/** Marks tag steps to leave out (not spliced: indexes into `out` must stay valid). */
function dropTags(
  out: readonly Step[],
  dropped: Set<Step>,
  which: (t: Extract<Step, { kind: 'tag' }>) => boolean,
): void {
  for (const s of out) if (s.kind === 'tag' && which(s)) dropped.add(s);
}

function listIn<T>(m: Map<string, T[]>, key: string): T[] {
  let l = m.get(key);
  if (!l) m.set(key, (l = []));
  return l;
}

/** Keep every structural step, the last `maxFile` file steps, and reads only for read-only commands. */
function trim(steps: readonly Step[], maxFile: number, maxReads: number): Step[] {
  const files = steps.filter(isFileStep).length;
  const reads = files > 0 ? 0 : Math.min(maxReads, steps.filter((s) => s.kind === 'read').length);
  let skipFiles = Math.max(0, files - maxFile);
  let skipReads = steps.filter((s) => s.kind === 'read').length - reads;
  return steps.filter((s) => {
    if (s.kind === 'read') return skipReads-- <= 0;
    if (isFileStep(s)) return skipFiles-- <= 0;
    return true;
  });
}
