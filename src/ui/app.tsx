import type { LabSession } from './lab-session';
import { Notice } from './layout/notice';
import { Workspace } from './layout/workspace';
import { Toolbar } from './toolbar/toolbar';

export interface AppProps {
  readonly session: LabSession;
  readonly terminalHost: HTMLElement;
}

export function App({ session, terminalHost }: AppProps) {
  return (
    <div className="flex h-dvh flex-col bg-[var(--ll-bg)] text-[var(--ll-fg)]">
      <Toolbar session={session} />
      <Notice />
      <Workspace session={session} terminalHost={terminalHost} />
    </div>
  );
}
