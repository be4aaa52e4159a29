import type { LabSession } from '../../lab-session';
import { useT } from '../../i18n/use-t';
import { select, useDiagram } from '../diagram-store';
import { ContainerTree } from './container-tree';
import { LayerChanges } from './layer-changes';

/** What the selected node holds: a container's merged tree, a layer's changeset. */
export function InspectPanel({ session }: { session: LabSession }) {
  const t = useT();
  const selected = useDiagram((s) => s.selected);
  const data = useDiagram((s) =>
    s.selected === null
      ? undefined
      : s.snapshot?.model.nodes.find((n) => n.id === s.selected)?.data,
  );
  if (selected === null || !data || data.kind === 'image') return null;
  const engine = session.current().engine;
  return (
    <aside className="ll-inspect" aria-label={t('inspect.title')} data-testid="diagram-inspect">
      <button type="button" className="ll-toggle float-right" onClick={() => select(null)}>
        {t('inspect.close')}
      </button>
      {data.kind === 'container-layer' ? (
        <ContainerTree engine={engine} data={data} />
      ) : (
        <LayerChanges engine={engine} data={data} />
      )}
    </aside>
  );
}
