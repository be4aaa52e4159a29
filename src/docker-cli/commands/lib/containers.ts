// What every container subcommand shares: the containers API of this lab's engine, docker's
// error shapes (`Error response from daemon: …`, `docker: … Run 'docker run --help'`), and a
// wait for a container's exit that does not keep driving lab time once nobody waits for it.

import type { Engine } from '../../../engine/engine';
import type { Cancel, ContainerEvent, ContainersApi } from '../../../engine/containers';
import type { LabEvent } from '../../../engine/events/types';
import type { CommandContext } from '../../../shell/types';

/** docker run/create's `withHelp`: `docker: <err>` + blank line + `Run 'docker run --help' …`. */
export function withHelp(
  ctx: CommandContext,
  command: string,
  message: string,
  code = 125,
): number {
  ctx.stderr.write(`docker: ${message}\n\nRun 'docker ${command} --help' for more information\n`);
  return code;
}

/**
 * run.go toStatusError: 127 when the command was not found, 126 when it cannot be invoked,
 * otherwise 125 — all printed as `docker: Error response from daemon: …` with the help hint.
 */
export function startErrorStatus(message: string): number {
  if (
    message.includes('executable file not found') ||
    message.includes('no such file or directory') ||
    message.includes('system cannot find the file specified')
  )
    return 127;
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  return 125;
}

function isContainerEvent(e: LabEvent): e is ContainerEvent {
  return e.type.startsWith('container/');
}

/**
 * The next exit of container `id` (its status), or its removal when `removed` (the status of the
 * exit before it), whichever the CLI waits for — resolved from the engine's events, so that
 * nothing keeps driving the container's timers once the client stops waiting (detach, Ctrl+C).
 */
export function nextExit(
  engine: Engine,
  id: string,
  removed: boolean,
): { readonly done: Promise<number>; dispose(): void } {
  let off: () => void = () => undefined;
  let last = 0;
  const done = new Promise<number>((resolve) => {
    off = engine.events.subscribe((e) => {
      if (!isContainerEvent(e) || e.id !== id) return;
      if (e.type === 'container/died') {
        last = e.exitCode;
        if (!removed) resolve(e.exitCode);
      } else if (e.type === 'container/removed') resolve(last);
    });
  });
  void done.then(() => off());
  return { done, dispose: () => off() };
}

/** Drive the container's lab-time timers until `until` settles (run, attach, start -a). */
export async function driveUntil(
  api: ContainersApi,
  id: string,
  until: Promise<unknown>,
): Promise<void> {
  await api.timers.drive((owner) => owner === id, until);
}

/** A Cancel that fires on Ctrl+C of the command (logs -f, events, stats). */
export function interruptCancel(ctx: CommandContext): Cancel & { dispose(): void } {
  let fired = ctx.signal.interrupted;
  const listeners = new Set<() => void>();
  const off = ctx.signal.onInterrupt(() => {
    fired = true;
    for (const l of [...listeners]) l();
    listeners.clear();
  });
  return {
    get cancelled() {
      return fired;
    },
    onCancel(listener) {
      if (fired) {
        listener();
        return () => undefined;
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: off,
  };
}

/** Resolves when Ctrl+C arrives (never, if it does not). */
export function interrupted(ctx: CommandContext): {
  readonly promise: Promise<'interrupted'>;
  dispose(): void;
} {
  let off: () => void = () => undefined;
  const promise = new Promise<'interrupted'>((resolve) => {
    if (ctx.signal.interrupted) resolve('interrupted');
    off = ctx.signal.onInterrupt(() => resolve('interrupted'));
  });
  return { promise, dispose: () => off() };
}
