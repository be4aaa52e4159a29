// The images module's public surface.

export {
  createImagesApi,
  type ImagesApi,
  type ImagesApiOptions,
  type ImageLayers,
  type CreateImageInput,
} from './api';
export type { ImageError, ImageErrorCode } from './errors';
export type { ImageEvent } from './events';
export type { HistoryItem } from './history';
export type { ImageInspect } from './inspect';
export type { ImageFilters, ImageSummary } from './list';
export { pullMessages, type PullLayerStep, type PullMessage, type PullPlan } from './pull';
export type { PruneReport } from './prune';
export type { Registry, RemoteImage, RemoteLayer, ResolveResult } from './registry';
export type { ContainerUse, DeleteRecord, ImageUsage, RemoveOptions } from './remove';
export type { ImagesDiskUsage } from './disk-usage';
export * from './reference';
export type { Result } from './result';
export { rfc3339Nano } from './image-config';
