// docker attach / docker container attach: the learner's terminal (or stdio) joins the main
// process. Client-side state checks first; detaching (Ctrl+P Ctrl+Q with a TTY) makes docker
// attach report `read escape sequence` and exit 1, as its RunAttach returns the EscapeError.

import type { Engine } from '../../engine/engine';
import type { AttachClient } from '../../engine/containers';
import { flagBool, flagChanged, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { detachBytes, watchDetach } from './lib/attach-io';
import { nextExit } from './lib/containers';
import { daemonError } from './lib/output';
import { waitAttached } from './run';

export const attach: DockerSubcommand<Engine> = {
  spec: specFromHelp('attach', { minArgs: 1, maxArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const found = api.inspectContainer(p.args[0] as string);
    if (!found.ok) return daemonError(ctx, found.error.message);
    const c = found.value;
    const state = c.State;
    const refuse = !state.Running
      ? 'You cannot attach to a stopped container, start it first'
      : state.Paused
        ? 'You cannot attach to a paused container, unpause it first'
        : state.Restarting
          ? 'You cannot attach to a restarting container, wait until it is running'
          : undefined;
    if (refuse) {
      ctx.stderr.write(`${refuse}\n`);
      return 1;
    }
    let stdin = !flagBool(p, 'no-stdin');
    if (stdin && c.Config.Tty && !ctx.stdin.isTTY) {
      ctx.stderr.write('the input device is not a TTY\n');
      return 1;
    }
    if (!c.Config.OpenStdin) stdin = false;
    const keys = detachBytes(flagString(p, 'detach-keys'));
    if (typeof keys !== 'string') return daemonError(ctx, keys.message);
    const tty = ctx.stdin.tty;
    const client: AttachClient =
      c.Config.Tty && stdin && tty
        ? { tty }
        : {
            ...(stdin ? { stdin: ctx.stdin } : {}),
            stdout: ctx.stdout,
            stderr: c.Config.Tty ? ctx.stdout : ctx.stderr,
          };
    const exit = nextExit(engine, c.Id, false);
    const session = api.attachContainer(c.Id, client);
    if (!session.ok) {
      exit.dispose();
      return daemonError(ctx, session.error.message);
    }
    let detachedByKeys = false;
    const unwatch = client.tty
      ? watchDetach(client.tty, keys, () => {
          detachedByKeys = true;
          session.value.detach();
        })
      : () => undefined;
    const sigProxy = !flagChanged(p, 'sig-proxy') || flagBool(p, 'sig-proxy');
    try {
      const code = await waitAttached(ctx, api, c.Id, session.value, {
        sigProxy: sigProxy && !c.Config.Tty,
        exit,
        terminal: client.tty,
      });
      if (detachedByKeys) {
        ctx.stderr.write('read escape sequence\n');
        return 1;
      }
      return code;
    } finally {
      unwatch();
    }
  },
};
