import { Fragment, lazy, Suspense, useRef } from 'react';
import { PANES, type PaneId } from '../../store/settings';
import { useUi } from '../../store/ui-store';
import { useT } from '../i18n/use-t';
import type { LabSession } from '../lab-session';
import { LessonPanel } from '../lesson/lesson-panel';
import { Divider } from './divider';
import { PaneTabs } from './pane-tabs';
import { TerminalPane } from './terminal-pane';
import { useNarrow } from './use-narrow';

// React Flow is the heaviest piece: it loads after the terminal is already usable.
const DiagramPane = lazy(() => import('../diagram/diagram-pane'));

interface WorkspaceProps {
  readonly session: LabSession;
  readonly terminalHost: HTMLElement;
}

export function Workspace({ session, terminalHost }: WorkspaceProps) {
  const t = useT();
  const layout = useUi((s) => s.settings.layout);
  const narrow = useNarrow();
  const row = useRef<HTMLDivElement>(null);

  const shown = (p: PaneId): boolean => (narrow ? layout.tab === p : !layout.hidden[p]);
  const visible = PANES.filter(shown);
  // Sizes are fractions of the row; CSS gives flex items whose grow factors sum below 1 only
  // that share of the space, so the shown panes' sizes are scaled to fill it.
  const shownTotal = PANES.reduce((sum, p, i) => sum + (shown(p) ? (layout.sizes[i] ?? 0) : 0), 0);
  const grow = (i: number): number =>
    narrow ? 1 : shownTotal > 0 ? (layout.sizes[i] ?? 0) / shownTotal : 1;

  const body = (p: PaneId) => {
    if (p === 'terminal')
      return <TerminalPane host={terminalHost} terminal={session.terminal} visible={shown(p)} />;
    if (p === 'lesson') return <LessonPanel />;
    return (
      <Suspense fallback={<p className="p-4 text-sm">{t('loading.panes')}</p>}>
        <DiagramPane session={session} />
      </Suspense>
    );
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {narrow && <PaneTabs />}
      <main ref={row} className="flex min-h-0 flex-1">
        {PANES.map((p, i) => {
          const prev = visible[visible.indexOf(p) - 1];
          return (
            <Fragment key={p}>
              {!narrow && shown(p) && prev && (
                <Divider left={prev} right={p} container={() => row.current} />
              )}
              <section
                id={`pane-${p}`}
                aria-label={t(`pane.${p}`)}
                role={narrow ? 'tabpanel' : undefined}
                aria-labelledby={narrow ? `tab-${p}` : undefined}
                hidden={!shown(p)}
                data-pane={p}
                className={`min-h-0 min-w-0 overflow-hidden ${p === 'terminal' ? 'bg-[var(--ll-term-bg)]' : ''}`}
                style={{ flexGrow: grow(i), flexBasis: 0 }}
              >
                {body(p)}
              </section>
            </Fragment>
          );
        })}
      </main>
    </div>
  );
}
