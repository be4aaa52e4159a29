// The diagram's views (tabs). Storage is drawn today; network and registry join when the engine
// models them — each adds its projection and node types, and flips `ready`.

import type { MessageKey } from '../i18n';
import type { DiagramView } from './diagram-store';

export interface ViewSpec {
  readonly id: DiagramView;
  readonly label: MessageKey;
  readonly ready: boolean;
}

export const VIEWS: readonly ViewSpec[] = [
  { id: 'storage', label: 'diagram.view.storage', ready: true },
  { id: 'network', label: 'diagram.view.network', ready: false },
  { id: 'registry', label: 'diagram.view.registry', ready: false },
];
