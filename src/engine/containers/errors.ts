// Daemon errors of the containers API, as values with Docker's own wording. The CLI prints
// `message` after `Error response from daemon: ` (or `docker: Error response from daemon: ` for
// run/create). `code` says what kind of failure it is; `exitCode` is set where Docker's CLI exits
// with something other than 1/125 (a start that failed to find the executable: 127).

export type ContainerErrorCode =
  | 'not-found'
  | 'ambiguous'
  | 'invalid-name'
  | 'name-conflict'
  | 'image'
  | 'conflict'
  | 'not-running'
  | 'paused'
  | 'not-paused'
  | 'start-failed'
  | 'invalid-argument'
  | 'invalid-signal'
  | 'no-such-exec'
  | 'copy-failed'
  | 'invalid-change';

export interface ContainerError {
  readonly code: ContainerErrorCode;
  readonly message: string;
  /** The exit status the CLI should use when it is not the default (126/127 for a failed exec). */
  readonly exitCode?: number;
}

const e = (code: ContainerErrorCode, message: string, exitCode?: number): ContainerError =>
  exitCode === undefined ? { code, message } : { code, message, exitCode };

export const noSuchContainer = (ref: string): ContainerError =>
  e('not-found', `No such container: ${ref}`);

export const ambiguousPrefix = (prefix: string): ContainerError =>
  e('ambiguous', `Multiple IDs found with provided prefix: ${prefix}`);

export const invalidName = (name: string): ContainerError =>
  e('invalid-name', `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);

export const nameConflict = (name: string, holderId: string): ContainerError =>
  e(
    'name-conflict',
    `Conflict. The container name "/${name}" is already in use by container "${holderId}". You have to remove (or rename) that container to be able to reuse that name.`,
  );

export const imageError = (message: string): ContainerError => e('image', message);

export const removeRunning = (typed: string): ContainerError =>
  e(
    'conflict',
    `cannot remove container "${typed}": container is running: stop the container before removing or force remove`,
  );

export const removePaused = (typed: string): ContainerError =>
  e(
    'conflict',
    `cannot remove container "${typed}": container is paused and must be unpaused first`,
  );

export const notRunning = (id: string): ContainerError =>
  e('not-running', `container ${id} is not running`);

export const restartingNotRunning = (id: string): ContainerError =>
  e('conflict', `Container ${id} is restarting, wait until the container is running`);

export const execPaused = (id: string): ContainerError =>
  e('paused', `Container ${id} is paused, unpause the container before exec`);

export const alreadyPaused = (id: string): ContainerError =>
  e('paused', `Container ${id} is already paused`);

export const notPaused = (id: string): ContainerError =>
  e('not-paused', `Container ${id} is not paused`);

export const cannotStartPaused = (): ContainerError =>
  e('paused', 'cannot start a paused container, try unpause instead');

export const cannotKillPaused = (id: string): ContainerError =>
  e('paused', `cannot kill container ${id}: container is paused`);

/** runc's start failure, as the daemon wraps it (FIDELITY §3.3). */
export function ociStartFailed(detail: string, exitCode: number): ContainerError {
  return e(
    'start-failed',
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${detail}: unknown`,
    exitCode,
  );
}

/** The same failure for `docker exec`. */
export function ociExecFailed(detail: string, exitCode: number): ContainerError {
  return e(
    'start-failed',
    `OCI runtime exec failed: exec failed: unable to start container process: ${detail}: unknown`,
    exitCode,
  );
}

export const invalidSignal = (sig: string): ContainerError =>
  e('invalid-signal', `Invalid signal: ${sig}`);

export const noSuchExec = (id: string): ContainerError =>
  e('no-such-exec', `No such exec instance: ${id}`);

export const invalidArgument = (message: string): ContainerError => e('invalid-argument', message);

export const copyFailed = (message: string): ContainerError => e('copy-failed', message);

export const invalidChange = (message: string): ContainerError => e('invalid-change', message);

export const renameSame = (): ContainerError =>
  e('invalid-argument', 'Renaming a container with the same name as its current name');
