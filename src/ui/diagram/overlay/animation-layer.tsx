import { ViewportPortal } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { useDiagram } from '../diagram-store';
import { planSprites, type Frame, type Locate, type Sprite } from './plan';

/**
 * Nodes that arrive during a step (a pulled layer, a build's container) stay hidden until their
 * sprite lands: one CSS rule per node, so the graph itself does not re-render.
 */
function revealCss(
  sprites: readonly Sprite[],
  duration: number,
  nodeOf: (engineId: string) => string | undefined,
): string {
  if (duration <= 0) return '';
  let css = '';
  for (const s of sprites) {
    if (s.kind !== 'reveal' || s.target === undefined) continue;
    const id = nodeOf(s.target);
    if (id === undefined) continue;
    const span = Math.max(1, Math.round(duration * s.span));
    const delay = Math.round(duration * s.delay);
    css += `.react-flow__node[data-id=${JSON.stringify(id)}]{animation:ll-reveal ${span}ms ease-out ${delay}ms both}\n`;
  }
  return css;
}

const transformOf = (f: Frame, s: Sprite): string => {
  const centred = s.kind === 'chip' || s.kind === 'probe' ? ' translate(-50%, -50%)' : '';
  const scale =
    f.scale !== undefined
      ? s.origin === 'bottom'
        ? ` scaleY(${f.scale})`
        : ` scale(${f.scale})`
      : '';
  return `translate(${f.x}px, ${f.y}px)${centred}${scale}`;
};

const SpriteView = memo(function SpriteView({
  sprite,
  duration,
}: {
  sprite: Sprite;
  duration: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || duration <= 0 || typeof el.animate !== 'function') return;
    const a = el.animate(
      sprite.frames.map((f) => ({ transform: transformOf(f, sprite), opacity: f.opacity ?? 1 })),
      {
        duration: Math.max(1, duration * sprite.span),
        delay: duration * sprite.delay,
        fill: 'both',
        easing: 'ease-in-out',
      },
    );
    return () => a.cancel();
  }, [sprite, duration]);
  const last = sprite.frames[sprite.frames.length - 1] as Frame;
  return (
    <div
      ref={ref}
      className={`ll-sprite ll-sprite--${sprite.kind} ll-tone--${sprite.tone ?? 'found'}`}
      style={{
        transform: transformOf(last, sprite),
        opacity: last.opacity ?? 1,
        width: sprite.w,
        height: sprite.h,
        transformOrigin: sprite.origin === 'bottom' ? 'bottom' : undefined,
      }}
    >
      {sprite.label}
    </div>
  );
});

/**
 * The moving part of the diagram: a few absolutely placed elements in flow coordinates (React
 * Flow's viewport portal), animated by the browser. Re-renders once per step, never per frame.
 */
export const AnimationLayer = memo(function AnimationLayer({
  locate,
  nodeOf,
}: {
  locate: Locate;
  nodeOf: (engineId: string) => string | undefined;
}) {
  const t = useT();
  const played = useDiagram((s) => s.played);
  const sprites = useMemo(
    () =>
      played
        ? planSprites(played.step, locate, {
            exists: t('diagram.pull.exists'),
            cached: t('diagram.layer.cached'),
          })
        : [],
    [played, locate, t],
  );
  const css = useMemo(
    () => (played ? revealCss(sprites, played.durationMs, nodeOf) : ''),
    [sprites, played, nodeOf],
  );
  if (!played) return null;
  return (
    <ViewportPortal>
      {css !== '' && <style>{css}</style>}
      <div
        className="ll-overlay"
        aria-hidden="true"
        data-testid="diagram-overlay"
        data-step={played.step.kind}
      >
        {sprites.map((s, i) =>
          // At instant pace nothing moves: a ghost frozen on its last frame would only tint the
          // nodes under it, so only rings and chips mark where the step happened.
          s.kind === 'reveal' || (s.kind === 'ghost' && played.durationMs <= 0) ? null : (
            <SpriteView key={`${played.seq}:${i}`} sprite={s} duration={played.durationMs} />
          ),
        )}
      </div>
    </ViewportPortal>
  );
});
