// One line naming a step, e.g. `copy-up: /etc/nginx/nginx.conf  layer 3 → container layer`.
// Plain function: the step names engine things; the model says what the diagram calls them.

import type { Step } from '../../director';
import { shortDigest, sizeLabel } from '../diagram-bridge/labels';
import type { DiagramModel, DiagramNodeData } from '../diagram-bridge/model';
import type { MessageKey } from '../i18n';

export type Translate = (key: MessageKey, vars?: Record<string, string>) => string;

function dataOf(model: DiagramModel, engineId: string): DiagramNodeData | undefined {
  const id = model.byEngineId.get(engineId);
  return id === undefined ? undefined : model.nodes.find((n) => n.id === id)?.data;
}

/** "layer 3", "container layer", "-init layer" for a layer id as storage events name it. */
export function layerName(model: DiagramModel, layerId: string, t: Translate): string {
  const d = dataOf(model, layerId);
  if (d?.kind === 'layer') return t('diagram.layer.n', { n: String(d.position) });
  if (d?.kind === 'container-layer')
    return t(layerId === d.initId ? 'diagram.layer.init' : 'diagram.layer.container');
  if (d?.kind === 'build-container') return t('diagram.layer.temp');
  return layerId.endsWith('-init') ? t('diagram.layer.init') : shortDigest(layerId);
}

function imageName(model: DiagramModel, imageId: string): string {
  const d = dataOf(model, imageId);
  return d?.kind === 'image' ? d.ref : shortDigest(imageId);
}

export function captionOf(step: Step, model: DiagramModel, t: Translate): string {
  const L = (id: string): string => layerName(model, id, t);
  switch (step.kind) {
    case 'read':
      if (step.result === 'missing') return t('caption.read.missing', { path: step.path });
      if (step.result === 'whiteout')
        return t('caption.read.whiteout', { path: step.path, layer: L(step.layer ?? '') });
      return t('caption.read.found', {
        path: step.path,
        top: L(step.visited[0] ?? ''),
        layer: L(step.layer ?? ''),
      });
    case 'copy-up':
      return t('caption.copyUp', { path: step.path, from: L(step.from), to: L(step.to) });
    case 'add':
      return t('caption.add', { path: step.path, layer: L(step.layer) });
    case 'modify':
      return t('caption.modify', { path: step.path, layer: L(step.layer) });
    case 'whiteout':
      return t('caption.whiteout', {
        path: step.path,
        layer: L(step.layer),
        hidden: L(step.hides),
      });
    case 'remove':
      return t('caption.remove', { path: step.path, layer: L(step.layer) });
    case 'commit':
      return t('caption.commit', {
        container: step.container ?? step.mount?.slice(0, 12) ?? '',
        diff: shortDigest(step.diffId),
        size: sizeLabel(step.size),
      });
    case 'pull':
      return t('caption.pull', {
        ref: step.ref,
        downloaded: String(step.downloaded.length),
        reused: String(step.reused.length),
      });
    case 'run': {
      const d = dataOf(model, step.id);
      const image = d?.kind === 'container-layer' ? d.image : '';
      return t(step.started ? 'caption.run' : 'caption.create', { name: step.name, image });
    }
    case 'state':
      return t('caption.state', { what: step.what, name: step.name });
    case 'rm':
      return t('caption.rm', { name: step.name });
    case 'rmi':
      return t('caption.rmi', {
        image: shortDigest(step.imageId),
        count: String(step.layers.length),
      });
    case 'tag':
      return t('caption.tag', { ref: step.ref || imageName(model, step.imageId) });
    case 'build-container':
      return t('caption.buildContainer', {
        step: step.step,
        layer: step.lowers[0] !== undefined ? L(step.lowers[0]) : 'scratch',
      });
    case 'build-layer':
      return step.layer === undefined
        ? t('caption.buildEmpty', { step: step.step })
        : t('caption.buildLayer', {
            step: step.step,
            diff: step.diffId !== undefined ? shortDigest(step.diffId) : L(step.layer),
            size: sizeLabel(step.size),
          });
    case 'build-removed':
      return t('caption.buildRemoved', { id: step.container.slice(0, 12) });
    case 'build-cached':
      return t('caption.buildCached', { step: step.step });
    case 'build-config':
      return t('caption.buildConfig', { step: step.step });
    case 'build-done':
      if (step.error !== undefined) return t('caption.buildFailed', { error: step.error });
      return t('caption.buildDone', {
        image:
          step.tags[0] ?? (step.imageId !== undefined ? imageName(model, step.imageId) : '<none>'),
      });
  }
}
