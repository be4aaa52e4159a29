import { useT } from '../i18n/use-t';
import { captionOf } from './caption';
import { useDiagram } from './diagram-store';

/** One line naming the last animation, large enough to read from the back of a room. */
export function CaptionBar() {
  const t = useT();
  const played = useDiagram((s) => s.played);
  const snapshot = useDiagram((s) => s.snapshot);
  const text =
    played && snapshot ? captionOf(played.step, snapshot.model, t) : t('diagram.caption.idle');
  return (
    <p
      data-testid="diagram-caption"
      data-step={played?.step.kind}
      aria-live="polite"
      className="ll-caption"
    >
      {text}
    </p>
  );
}
