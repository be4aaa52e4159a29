import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n';
import { toggle, useDiagram } from './diagram-store';

type Flag = 'showInit' | 'largeType' | 'highContrast';

const FLAGS: readonly { key: Flag; label: MessageKey }[] = [
  { key: 'showInit', label: 'diagram.toggle.init' },
  { key: 'largeType', label: 'diagram.toggle.large' },
  { key: 'highContrast', label: 'diagram.toggle.contrast' },
];

function FlagButton({ flag, label }: { flag: Flag; label: string }) {
  const on = useDiagram((s) => s[flag]);
  return (
    <button type="button" aria-pressed={on} className="ll-toggle" onClick={() => toggle(flag)}>
      {label}
    </button>
  );
}

/** Display toggles (pressed buttons: keyboard-reachable, announced with their state). */
export function DiagramControls({ onSkip }: { onSkip: () => void }) {
  const t = useT();
  return (
    <div role="group" aria-label={t('diagram.options')} className="ll-controls">
      {FLAGS.map((f) => (
        <FlagButton key={f.key} flag={f.key} label={t(f.label)} />
      ))}
      <button type="button" className="ll-toggle" onClick={onSkip}>
        {t('diagram.skip')}
      </button>
    </div>
  );
}
