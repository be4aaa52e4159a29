import type { LabSession } from '../../lab-session';
import { useT } from '../../i18n/use-t';
import { select, useDiagram } from '../diagram-store';
import { ContainerTree } from './container-tree';
import { LayerChanges } from './layer-changes';
import { LayerCompare } from './layer-compare';

/** What the selected node holds: a container's merged tree, a layer's changeset, or two layers'. */
export function InspectPanel({ session }: { session: LabSession }) {
  const t = useT();
  const selected = useDiagram((s) => s.selected);
  const find = (id: string | null) => (s: ReturnType<typeof useDiagram.getState>) =>
    id === null ? undefined : s.snapshot?.model.nodes.find((n) => n.id === id)?.data;
  const data = useDiagram(find(selected));
  const compare = useDiagram((s) => s.compare);
  const second = useDiagram(find(compare));
  if (selected === null || !data || data.kind === 'image' || data.kind === 'build-container')
    return null;
  const engine = session.current().engine;
  return (
    <aside className="ll-inspect" aria-label={t('inspect.title')} data-testid="diagram-inspect">
      <button type="button" className="ll-toggle float-right" onClick={() => select(null)}>
        {t('inspect.close')}
      </button>
      {data.kind === 'container-layer' ? (
        <ContainerTree engine={engine} data={data} />
      ) : second?.kind === 'layer' && !data.building && !second.building ? (
        <LayerCompare engine={engine} a={data} b={second} nodeId={selected} />
      ) : (
        <LayerChanges engine={engine} data={data} nodeId={selected} />
      )}
    </aside>
  );
}
