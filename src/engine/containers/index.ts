// The containers module's public surface.

export { createContainersApi, type ContainersApi, type ContainersApiOptions } from './api';
export { createDetachKeys, parseDetachKeys, type DetachKeys } from './attach';
export type { CommitOptions } from './commit';
export type { CopyRequest } from './copy';
export type { CreateResponse } from './create';
export type { ContainersDiskUsage, ContainerUsage } from './disk-usage';
export type { ContainerError, ContainerErrorCode } from './errors';
export type { ContainerEvent } from './events';
export type { ExecCreateOptions, ExecInspect, ExecStartOptions } from './exec';
export type { ContainerInspect } from './inspect';
export type { ContainerFilters, ContainerSummary, ListOptions, PortSummary } from './list';
export { rfc3339NanoFixed, type LogsOptions, type LogsResponse } from './logs';
export type { LogEntry, LogStream } from './logs-store';
export { interruptOf } from './process';
export type {
  ProcessInput,
  ProcessOutput,
  ProcessRunner,
  ProcessSignals,
  ProcessSpec,
  ProcessUser,
} from './process';
export type { ContainersPruneReport } from './prune';
export type { AttachClient, AttachEnd, AttachSession } from './relay';
export type { RemoveOptions } from './remove';
export type { Result } from './result';
export { parseSignal, SIGNALS, type Signal } from './signals';
export type { StatsSample } from './stats';
export type { StopOptions } from './stop';
export { createLabTimers, type Cancel, type LabTimers, type LabTimersOptions } from './timers';
export type { TopResponse } from './top';
export type {
  Container,
  ContainerConfig,
  CreateOptions,
  HostConfigOptions,
  PortBinding,
  RestartPolicy,
} from './types';
export type { WaitCondition, WaitResponse } from './wait';
