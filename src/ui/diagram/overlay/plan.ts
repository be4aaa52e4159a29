// A step → the few overlay sprites that show it (a probe, a file chip, rings, ghosts), as
// keyframes in flow coordinates. Pure: the overlay animates them with the Web Animations API
// above a graph that does not move.

import type { Step } from '../../../director';
import { cachedKey } from '../../diagram-bridge/build-scene';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly opacity?: number;
  readonly scale?: number;
}

export interface Sprite {
  /** `reveal`: no element of its own; the node drawn for `target` fades in over delay…span. */
  readonly kind: 'probe' | 'chip' | 'ring' | 'ghost' | 'reveal';
  readonly tone?: 'found' | 'copy' | 'add' | 'delete' | 'commit' | 'pull' | 'reused';
  readonly label?: string;
  /** Ring and ghost: the node's size. */
  readonly w?: number;
  readonly h?: number;
  readonly frames: readonly Frame[];
  /** Fractions of the step's duration. */
  readonly delay: number;
  readonly span: number;
  readonly origin?: 'bottom';
  /** reveal: the engine thing whose node appears. */
  readonly target?: string;
}

/** Words the sprites show (translated by the view). */
export interface SpriteWords {
  /** On a pulled layer the store already had (docker pull prints `Already exists`). */
  readonly exists: string;
  readonly cached: string;
}

const WORDS: SpriteWords = { exists: 'Already exists', cached: 'CACHED' };

/** Where an engine thing (layer id, container id, ChainID, image ID) is drawn, even if just gone. */
export type Locate = (engineId: string) => Rect | undefined;

const PROBE = 14;
const center = (r: Rect): Frame => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const at = (r: Rect, dx: number, dy: number): Frame => ({ x: r.x + dx, y: r.y + dy });

const ring = (r: Rect, tone: Sprite['tone'], delay = 0, span = 1): Sprite => ({
  kind: 'ring',
  tone,
  w: r.w,
  h: r.h,
  frames: [
    { x: r.x, y: r.y, opacity: 0 },
    { x: r.x, y: r.y, opacity: 1 },
  ],
  delay,
  span,
});

const chip = (
  label: string,
  frames: Frame[],
  tone: Sprite['tone'],
  delay = 0,
  span = 1,
): Sprite => ({
  kind: 'chip',
  tone,
  label,
  frames,
  delay,
  span,
});

function defined<T>(xs: readonly (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

const reveal = (target: string, delay: number, span: number): Sprite => ({
  kind: 'reveal',
  target,
  frames: [],
  delay,
  span,
});

const fade = (r: Rect, tone: Sprite['tone'], from = 0.9): Sprite => ({
  kind: 'ghost',
  tone,
  w: r.w,
  h: r.h,
  frames: [
    { x: r.x, y: r.y, opacity: from },
    { x: r.x, y: r.y, opacity: 0 },
  ],
  delay: 0,
  span: 1,
});

/** A new node growing up from its base: a container on its image, a step container on a layer. */
const grow = (r: Rect, opacity: number, delay: number, span: number): Sprite => ({
  kind: 'ghost',
  tone: 'add',
  w: r.w,
  h: r.h,
  origin: 'bottom',
  frames: [
    { x: r.x, y: r.y, scale: 0.05, opacity: 1 },
    { x: r.x, y: r.y, scale: 1, opacity },
  ],
  delay,
  span,
});

export function planSprites(step: Step, locate: Locate, words: SpriteWords = WORDS): Sprite[] {
  switch (step.kind) {
    case 'read': {
      const rects = defined(step.visited.map(locate));
      // upper and -init are one node: do not stop twice.
      const path = rects.filter((r, i) => i === 0 || r !== rects[i - 1]);
      if (path.length === 0) return [];
      const frames = path.map((r) => at(r, r.w - PROBE - 6, r.h / 2 - PROBE / 2));
      const found = step.layer !== undefined ? locate(step.layer) : undefined;
      return defined([
        { kind: 'probe', tone: 'found', frames, delay: 0, span: 0.75 },
        found ? ring(found, step.result === 'found' ? 'found' : 'delete', 0.7, 0.3) : undefined,
      ]);
    }
    case 'copy-up': {
      const from = locate(step.from);
      const to = locate(step.to);
      if (!from || !to) return [];
      return [
        ring(from, 'copy', 0, 0.2),
        chip(step.path, [center(from), center(to)], 'copy', 0.1, 0.75),
        ring(to, 'copy', 0.8, 0.2),
      ];
    }
    case 'add':
    case 'modify': {
      const r = locate(step.layer);
      if (!r) return [];
      const c = center(r);
      return [
        chip(
          step.path,
          [
            { ...c, scale: 0.2, opacity: 0 },
            { ...c, scale: 1, opacity: 1 },
          ],
          'add',
          0,
          0.6,
        ),
        ring(r, 'add', 0.5, 0.5),
      ];
    }
    case 'whiteout':
    case 'remove': {
      const r = locate(step.layer);
      const hidden = step.kind === 'whiteout' ? locate(step.hides) : undefined;
      if (!r) return [];
      return defined([
        hidden ? ring(hidden, 'delete', 0, 0.4) : undefined,
        chip(
          `✕ ${step.path}`,
          [
            { ...center(r), opacity: 0 },
            { ...center(r), opacity: 1 },
          ],
          'delete',
          0.3,
          0.5,
        ),
        ring(r, 'delete', 0.6, 0.4),
      ]);
    }
    case 'commit': {
      const from = step.mount !== undefined ? locate(step.mount) : undefined;
      const to = locate(step.layer);
      if (!to) return [];
      const start = from ?? to;
      return [
        {
          kind: 'ghost',
          tone: 'commit',
          w: to.w,
          h: to.h,
          frames: [
            { x: start.x, y: start.y, opacity: 1 },
            { x: to.x, y: to.y, opacity: 0.2 },
          ],
          delay: 0,
          span: 0.8,
        },
        ring(to, 'commit', 0.75, 0.25),
      ];
    }
    case 'pull': {
      // Layers the store had stay where they are, marked; only the others travel in (their
      // nodes appear as they land).
      const n = step.downloaded.length + step.reused.length || 1;
      return [
        ...step.reused.flatMap((l, i) => {
          const r = locate(l.chainId);
          if (!r) return [];
          const d = (i / n) * 0.6;
          return [
            ring(r, 'reused', d, 0.3),
            chip(
              words.exists,
              [
                { ...at(r, r.w / 2, 0), opacity: 0 },
                { ...at(r, r.w / 2, 0), opacity: 1 },
              ],
              'reused',
              d,
              0.3,
            ),
          ];
        }),
        ...step.downloaded.flatMap((l, i) => {
          const r = locate(l.chainId);
          if (!r) return [];
          const d = ((i + step.reused.length) / n) * 0.6;
          return [
            {
              kind: 'ghost' as const,
              tone: 'pull' as const,
              w: r.w,
              h: r.h,
              // It lands and fades: the layer's own node is revealed under it.
              frames: [
                { x: r.x, y: r.y - 120, opacity: 0 },
                { x: r.x, y: r.y, opacity: 0.9 },
                { x: r.x, y: r.y, opacity: 0 },
              ],
              delay: d,
              span: 0.4,
            },
            reveal(l.chainId, d + 0.3, 0.1),
          ];
        }),
        ...(locate(step.imageId) ? [reveal(step.imageId, 0.9, 0.1)] : []),
      ];
    }
    case 'run': {
      const r = locate(step.id);
      if (!r) return [];
      return [grow(r, 0.6, 0, 1)];
    }
    case 'state': {
      const r = locate(step.id);
      return r ? [ring(r, step.what === 'started' ? 'add' : 'found', 0, 1)] : [];
    }
    case 'rm':
    case 'rmi': {
      const ids =
        step.kind === 'rm' ? [step.id] : [step.imageId, ...step.layers.map((l) => l.chainId)];
      return defined(
        ids.map((id) => {
          const r = locate(id);
          return r ? fade(r, 'delete') : undefined;
        }),
      );
    }
    case 'tag': {
      const r = locate(step.imageId);
      return r ? [ring(r, 'found', 0, 1)] : [];
    }
    case 'build-container': {
      // The temporary container grows on the layer it stands on.
      const r = locate(step.container);
      const below = step.lowers[0] !== undefined ? locate(step.lowers[0]) : undefined;
      if (!r) return [];
      return defined([
        below ? ring(below, 'found', 0, 0.3) : undefined,
        grow(r, 0.5, 0.1, 0.8),
        reveal(step.container, 0.1, 0.4),
      ]);
    }
    case 'build-layer': {
      // The container becomes the layer (drawn where it stood) and vanishes.
      const from = step.container !== undefined ? locate(step.container) : undefined;
      const to = step.layer !== undefined ? locate(step.layer) : undefined;
      if (!to) return from ? [fade(from, 'delete')] : [];
      const start = from ?? to;
      return [
        {
          kind: 'ghost',
          tone: 'commit',
          w: to.w,
          h: to.h,
          frames: [
            { x: start.x, y: start.y, opacity: 1, scale: 1 },
            { x: to.x, y: to.y, opacity: 0, scale: 0.9 },
          ],
          delay: 0,
          span: 0.7,
        },
        reveal(step.layer as string, 0.2, 0.5),
        ring(to, 'commit', 0.7, 0.3),
      ];
    }
    case 'build-removed': {
      const r = locate(step.container);
      return r ? [fade(r, 'delete')] : [];
    }
    case 'build-cached': {
      const r = locate(step.layer ?? cachedKey(step.build, step.step));
      if (!r) return [];
      return [
        ring(r, 'reused', 0, 0.5),
        ring(r, 'reused', 0.5, 0.5),
        chip(
          words.cached,
          [
            { ...at(r, r.w / 2, 0), opacity: 0 },
            { ...at(r, r.w / 2, 0), opacity: 1 },
          ],
          'reused',
          0,
          0.4,
        ),
      ];
    }
    case 'build-config':
      return [];
    case 'build-done': {
      const r = step.imageId !== undefined ? locate(step.imageId) : undefined;
      return r && step.imageId !== undefined
        ? [reveal(step.imageId, 0, 0.4), ring(r, 'commit', 0.3, 0.7)]
        : [];
    }
  }
}
