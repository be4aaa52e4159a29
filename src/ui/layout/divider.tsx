import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { PaneId } from '../../store/settings';
import { resizePanes, useUi } from '../../store/ui-store';
import { useT } from '../i18n/use-t';

interface DividerProps {
  readonly left: PaneId;
  readonly right: PaneId;
  /** The row the panes sit in, to turn pixels into fractions. */
  readonly container: () => HTMLElement | null;
}

/** A draggable, keyboard-operable boundary between two panes (WAI-ARIA window splitter). */
export function Divider({ left, right, container }: DividerProps) {
  const t = useT();
  const sizes = useUi((s) => s.settings.layout.sizes);
  const lastX = useRef<number | null>(null);
  const li = left === 'lesson' ? 0 : left === 'terminal' ? 1 : 2;
  const ri = right === 'lesson' ? 0 : right === 'terminal' ? 1 : 2;
  const share = Math.round(
    ((sizes[li] as number) / ((sizes[li] as number) + (sizes[ri] as number))) * 100,
  );

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    lastX.current = e.clientX;
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (lastX.current === null) return;
    // Size units per pixel, from the two panes this divider sits between: with a pane hidden
    // the shown ones are scaled up to fill the row (workspace.tsx), so the row's width alone
    // would make the divider outrun the pointer.
    const pair =
      (document.getElementById(`pane-${left}`)?.clientWidth ?? 0) +
      (document.getElementById(`pane-${right}`)?.clientWidth ?? 0);
    const width = pair > 0 ? pair / ((sizes[li] as number) + (sizes[ri] as number)) : 0;
    if (width <= 0 || !container()) return;
    resizePanes(left, right, (e.clientX - lastX.current) / width);
    lastX.current = e.clientX;
  };
  const onPointerUp = () => {
    lastX.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    if (e.key === 'ArrowLeft') resizePanes(left, right, -step);
    else if (e.key === 'ArrowRight') resizePanes(left, right, step);
    else if (e.key === 'Home') resizePanes(left, right, -1);
    else if (e.key === 'End') resizePanes(left, right, 1);
    else return;
    e.preventDefault();
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('divider.label', { a: t(`pane.${left}`), b: t(`pane.${right}`) })}
      aria-valuenow={share}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      data-testid={`divider-${left}-${right}`}
      className="w-1.5 flex-none cursor-col-resize touch-none bg-slate-300 hover:bg-sky-500 focus-visible:bg-sky-600 focus-visible:outline-none dark:bg-slate-700"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
