// Every event the engine emits, one discriminated union. Each part of the engine adds its own
// members here (past tense, `area/what-happened`), so a consumer's switch is checked by the compiler.

import type { StorageEvent } from '../storage/events';
import type { ImageEvent } from '../images/events';
import type { ContainerEvent } from '../containers/events';
import type { BuildEvent } from '../build/builder/events';

export type LabEvent =
  | { readonly type: 'shell/command-ran'; readonly line: string; readonly exitCode: number }
  | { readonly type: 'lab/reset' }
  | StorageEvent
  | ImageEvent
  | ContainerEvent
  | BuildEvent;
