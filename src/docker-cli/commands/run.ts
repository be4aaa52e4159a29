// docker run / docker container run (FIDELITY §3): create (pulling a missing image, stream on
// stderr), then either print the ID and start (-d), or attach, start, and wait for the exit —
// or for a detach (Ctrl+P Ctrl+Q with -t), after which docker returns silently with 0. The exit
// status is the container's; 125/126/127 for docker's own failures (run.go toStatusError).

import type { Engine } from '../../engine/engine';
import type { AttachClient, AttachSession, ContainersApi } from '../../engine/containers';
import type { Tty } from '../../console/tty';
import type { CommandContext } from '../../shell/types';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { detachBytes, watchDetach, whileRaw } from './lib/attach-io';
import { driveUntil, interrupted, nextExit, startErrorStatus, withHelp } from './lib/containers';
import { createWithPull } from './lib/create-container';
import { runConfig, type RunConfig } from './lib/run-options';

/** The client's side of the attachment, as run.go sets it up from the attach flags. */
function attachClient(ctx: CommandContext, c: RunConfig): AttachClient {
  const tty = ctx.stdin.tty;
  if (c.create.tty && c.attach.stdin && tty) return { tty };
  return {
    ...(c.attach.stdin ? { stdin: ctx.stdin } : {}),
    ...(c.attach.stdout ? { stdout: ctx.stdout } : {}),
    ...(c.attach.stderr ? { stderr: c.create.tty ? ctx.stdout : ctx.stderr } : {}),
  };
}

/**
 * Wait for the attached container: its exit (or removal, with --rm) ends the wait with its
 * status; a detach ends it with 0. With the container's terminal (`terminal`, -t) the client's
 * terminal is raw: Ctrl+C goes to the container's pty (SIGINT to its foreground process) and the
 * client waits on. Otherwise Ctrl+C reaches the client, which proxies it as SIGINT (sig-proxy) —
 * a PID 1 without a handler ignores it, as in Docker; without sig-proxy it gives up (130).
 */
export async function waitAttached(
  ctx: CommandContext,
  api: ContainersApi,
  id: string,
  session: AttachSession,
  o: {
    readonly sigProxy: boolean;
    readonly exit: ReturnType<typeof nextExit>;
    readonly terminal?: Tty | undefined;
  },
): Promise<number> {
  const detached = new Promise<'detached'>((resolve) => {
    void session.ended.then((how) => {
      if (how === 'detached') resolve('detached');
    });
  });
  const exit = o.exit.done.then((code) => ({ code }));
  const ctrlC = interrupted(ctx);
  const gaveUp = new Promise<'interrupted'>((resolve) => {
    void ctrlC.promise.then(() => {
      if (o.sigProxy) api.killContainer(id, 'SIGINT');
      else resolve('interrupted');
    });
  });
  const outcome = Promise.race([exit, detached, gaveUp]);
  const wait = async (): Promise<Awaited<typeof outcome>> => {
    await driveUntil(api, id, outcome);
    return outcome;
  };
  const r = await (o.terminal ? whileRaw(o.terminal, () => session.interrupt(), wait) : wait());
  ctrlC.dispose();
  o.exit.dispose();
  if (r === 'detached') return 0;
  if (r === 'interrupted') {
    session.detach();
    return 130;
  }
  return r.code;
}

export const run: DockerSubcommand<Engine> = {
  spec: specFromHelp('run', { minArgs: 1, interspersed: false }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const r = runConfig(p, ctx, api, 'run');
    if (!r.ok) {
      if (!r.plain) return withHelp(ctx, 'run', r.message);
      ctx.stderr.write(`${r.message}\n`);
      return r.code ?? 1;
    }
    const c = r.value;
    if (!c.detach && c.attach.stdin && c.create.tty && !ctx.stdin.isTTY) {
      ctx.stderr.write('the input device is not a TTY\n');
      return 1;
    }
    for (const note of c.notes) ctx.stderr.write(`layerlab: ${note}\n`);
    const keys = detachBytes(c.detachKeys);
    if (typeof keys !== 'string')
      return withHelp(ctx, 'run', `Error response from daemon: ${keys.message}`);

    const created = await createWithPull(ctx, engine, api, c, 'run');
    if (!created.ok) return created.code;
    const id = created.id;

    if (c.detach) {
      ctx.stdout.write(`${id}\n`);
      const started = api.startContainer(id);
      if (!started.ok) {
        const msg = `Error response from daemon: ${started.error.message}`;
        return withHelp(ctx, 'run', msg, startErrorStatus(msg));
      }
      await api.settle();
      return 0;
    }

    const attached = c.attach.stdin || c.attach.stdout || c.attach.stderr;
    if (!attached) ctx.stdout.write(`${id}\n`);
    const autoRemove = c.create.hostConfig?.autoRemove ?? false;
    const exit = nextExit(engine, id, autoRemove);
    const client = attachClient(ctx, c);
    const session = attached ? api.attachContainer(id, client) : undefined;
    if (session && !session.ok) {
      exit.dispose();
      ctx.stderr.write(`Error response from daemon: ${session.error.message}\n`);
      return 1;
    }
    const started = api.startContainer(id);
    if (!started.ok) {
      exit.dispose();
      session?.value.detach();
      const msg = `Error response from daemon: ${started.error.message}`;
      return withHelp(ctx, 'run', msg, startErrorStatus(msg));
    }
    if (!session) {
      exit.dispose();
      await api.settle();
      return 0;
    }
    const unwatch =
      client.tty !== undefined
        ? watchDetach(client.tty, keys, () => session.value.detach())
        : () => undefined;
    try {
      // run.go: "Disable sigProxy when in TTY mode".
      return await waitAttached(ctx, api, id, session.value, {
        sigProxy: c.sigProxy && !c.create.tty,
        exit,
        terminal: client.tty,
      });
    } finally {
      unwatch();
    }
  },
};
