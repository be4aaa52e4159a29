import { useLayoutEffect, useRef } from 'react';
import type { TerminalHandle } from '../terminal/xterm-terminal';

interface TerminalPaneProps {
  readonly host: HTMLElement;
  readonly terminal: TerminalHandle;
  readonly visible: boolean;
}

/**
 * Adopts the terminal that the first chunk already started: its element moves into this pane
 * before the browser paints, the boot skeleton goes away, and focus stays where it was.
 */
export function TerminalPane({ host, terminal, visible }: TerminalPaneProps) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = slot.current;
    if (!el || host.parentElement === el) return;
    const hadFocus = host.contains(document.activeElement);
    el.appendChild(host);
    document.getElementById('boot')?.remove();
    terminal.fit();
    if (hadFocus) terminal.focus();
  }, [host, terminal]);
  useLayoutEffect(() => {
    if (visible) terminal.fit();
  }, [visible, terminal]);
  return <div ref={slot} className="h-full w-full" />;
}
