// The builder's public surface: create one per engine (its cache lives as long as it does).

export { createBuilder, type Builder, type BuildReport } from './builder';
export type { BuildEvent, BuildEmit } from './events';
export type { BuildProgress, Vertex, VertexStatus } from './progress';
export { contextTarSize, openContext, type BuildContext } from './context';
export { bkBytes } from './units';
export type {
  BuilderDeps,
  BuilderKind,
  BuildError,
  BuildRequest,
  BuildResult,
  ContextSource,
} from './types';
