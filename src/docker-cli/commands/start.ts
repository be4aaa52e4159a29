// docker start / docker container start: without -a/-i, start each container, echo it as typed,
// print each failure at once and finish with `Error: failed to start containers: a, b`. With
// -a/-i: one container, attached like docker run (detach keys with a TTY), its exit status.

import type { Engine } from '../../engine/engine';
import type { AttachClient } from '../../engine/containers';
import { flagBool, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { detachBytes, watchDetach } from './lib/attach-io';
import { nextExit } from './lib/containers';
import { labNote } from './lib/output';
import { waitAttached } from './run';

export const start: DockerSubcommand<Engine> = {
  spec: specFromHelp('start', { minArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    if (flagString(p, 'checkpoint') !== '' || flagString(p, 'checkpoint-dir') !== '')
      return labNote(ctx, 'checkpoints (experimental) are not part of this lab');
    await api.settle();
    const attach = flagBool(p, 'attach');
    const interactive = flagBool(p, 'interactive');
    if (!attach && !interactive) {
      const failed: string[] = [];
      for (const ref of p.args) {
        const r = api.startContainer(ref);
        if (r.ok) ctx.stdout.write(`${ref}\n`);
        else {
          ctx.stderr.write(`Error response from daemon: ${r.error.message}\n`);
          failed.push(ref);
        }
      }
      await api.settle();
      if (failed.length === 0) return 0;
      ctx.stderr.write(`Error: failed to start containers: ${failed.join(', ')}\n`);
      return 1;
    }
    if (p.args.length > 1) {
      ctx.stderr.write('you cannot start and attach multiple containers at once\n');
      return 1;
    }
    const ref = p.args[0] as string;
    const found = api.inspectContainer(ref);
    if (!found.ok) {
      ctx.stderr.write(`Error response from daemon: ${found.error.message}\n`);
      return 1;
    }
    const c = found.value;
    const stdin = interactive && c.Config.OpenStdin;
    if (stdin && c.Config.Tty && !ctx.stdin.isTTY) {
      ctx.stderr.write('the input device is not a TTY\n');
      return 1;
    }
    const keys = detachBytes(flagString(p, 'detach-keys'));
    if (typeof keys !== 'string') {
      ctx.stderr.write(`Error response from daemon: ${keys.message}\n`);
      return 1;
    }
    const tty = ctx.stdin.tty;
    const client: AttachClient =
      c.Config.Tty && stdin && tty
        ? { tty }
        : {
            ...(stdin ? { stdin: ctx.stdin } : {}),
            stdout: ctx.stdout,
            stderr: c.Config.Tty ? ctx.stdout : ctx.stderr,
          };
    const exit = nextExit(engine, c.Id, c.HostConfig.AutoRemove);
    const session = api.attachContainer(c.Id, client);
    if (!session.ok) {
      exit.dispose();
      ctx.stderr.write(`Error response from daemon: ${session.error.message}\n`);
      return 1;
    }
    const started = api.startContainer(c.Id);
    if (!started.ok) {
      exit.dispose();
      session.value.detach();
      ctx.stderr.write(`Error response from daemon: ${started.error.message}\n`);
      return 1;
    }
    const unwatch = client.tty
      ? watchDetach(client.tty, keys, () => session.value.detach())
      : () => undefined;
    try {
      return await waitAttached(ctx, api, c.Id, session.value, {
        sigProxy: !c.Config.Tty,
        exit,
        terminal: client.tty,
      });
    } finally {
      unwatch();
    }
  },
};
