// docker exec / docker container exec: a second process in a running container, seeing the
// same filesystem. `-it` gives it the learner's terminal (Ctrl+P Ctrl+Q detaches and leaves it
// running); `-d` starts it and returns; a missing command is runc's error and 126/127;
// a stopped container is `container <64hex> is not running` (FIDELITY §5).

import type { Engine } from '../../engine/engine';
import type { ExecStartOptions } from '../../engine/containers';
import type { CommandContext } from '../../shell/types';
import { flagBool, flagList, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { detachableTty, detachBytes, watchDetach, whileRaw } from './lib/attach-io';
import { interrupted } from './lib/containers';
import { daemonError } from './lib/output';

/** -e and --env-file entries; `NAME` alone takes NAME from the client's environment. */
function execEnv(
  ctx: CommandContext,
  files: readonly string[],
  env: readonly string[],
): string[] | string {
  const out: string[] = [];
  const fromClient = (e: string): string | undefined =>
    e.includes('=') ? e : Object.hasOwn(ctx.env, e) ? `${e}=${ctx.env[e]}` : undefined;
  for (const f of files) {
    let text: string;
    try {
      text = ctx.fs.readText(ctx.resolve(f));
    } catch {
      return `open ${f}: no such file or directory`;
    }
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const v = fromClient(line);
      if (v !== undefined) out.push(v);
    }
  }
  for (const e of env) {
    const v = fromClient(e);
    if (v !== undefined) out.push(v);
  }
  return out;
}

export const exec: DockerSubcommand<Engine> = {
  spec: specFromHelp('exec', { minArgs: 2, interspersed: false }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const ref = p.args[0] as string;
    const cmd = p.args.slice(1);
    const found = api.inspectContainer(ref);
    if (!found.ok) return daemonError(ctx, found.error.message);
    const detach = flagBool(p, 'detach');
    const interactive = flagBool(p, 'interactive');
    const wantTty = flagBool(p, 'tty');
    if (!detach && interactive && wantTty && !ctx.stdin.isTTY) {
      ctx.stderr.write('the input device is not a TTY\n');
      return 1;
    }
    const env = execEnv(ctx, flagList(p, 'env-file'), flagList(p, 'env'));
    if (typeof env === 'string') {
      ctx.stderr.write(`${env}\n`);
      return 1;
    }
    const keys = detachBytes(flagString(p, 'detach-keys'));
    if (typeof keys !== 'string') return daemonError(ctx, keys.message);
    const user = flagString(p, 'user');
    const workdir = flagString(p, 'workdir');
    const created = api.execCreate(ref, {
      cmd,
      ...(user !== '' ? { user } : {}),
      ...(workdir !== '' ? { workingDir: workdir } : {}),
      ...(env.length > 0 ? { env } : {}),
      tty: wantTty,
      attachStdin: interactive && !detach,
      privileged: flagBool(p, 'privileged'),
    });
    if (!created.ok) return daemonError(ctx, created.error.message);
    const id = created.value.id;

    if (detach) {
      const r = await api.execStart(id, { detach: true });
      if (!r.ok) return daemonError(ctx, r.error.message);
      await api.settle();
      return 0;
    }

    const terminal = wantTty && ctx.stdin.tty ? detachableTty(ctx.stdin.tty) : undefined;
    const options: ExecStartOptions = terminal
      ? { tty: terminal.tty }
      : {
          ...(interactive ? { stdin: ctx.stdin } : {}),
          stdout: ctx.stdout,
          stderr: wantTty ? ctx.stdout : ctx.stderr,
        };
    let detached!: () => void;
    const detachedP = new Promise<'detached'>((resolve) => {
      detached = () => {
        terminal?.detach();
        resolve('detached');
      };
    });
    const unwatch =
      terminal && ctx.stdin.tty ? watchDetach(ctx.stdin.tty, keys, detached) : () => undefined;
    const ctrlC = interrupted(ctx);
    try {
      const race = () =>
        Promise.race([
          api.execStart(id, options),
          detachedP,
          terminal ? new Promise<never>(() => undefined) : ctrlC.promise,
        ]);
      // -it: the client's terminal is raw, Ctrl+C goes to the exec's pty (SIGINT to it).
      const outcome =
        terminal && ctx.stdin.tty
          ? await whileRaw(ctx.stdin.tty, () => terminal.interrupt(), race)
          : await race();
      if (outcome === 'detached') return 0;
      if (outcome === 'interrupted') return 130;
      if (!outcome.ok) {
        // runc's failure reaches the client on the exec's stream, without the daemon prefix.
        ctx.stderr.write(`${outcome.error.message}\n`);
        return outcome.error.exitCode ?? 126;
      }
      await api.settle();
      return outcome.value.exitCode ?? 0;
    } finally {
      unwatch();
      ctrlC.dispose();
    }
  },
};
