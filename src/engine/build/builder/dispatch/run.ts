// RUN: run a command in a temporary container on the previous step's image and keep what it
// changed as a layer. Shell form goes through the stage's shell (`/bin/sh -c …`); exec form runs
// the array as is. ARGs in scope are in the environment and recorded in the history
// (`RUN |1 V=1 /bin/sh -c …`). A non-zero exit fails the build with each builder's text.

import { normalise } from '../paths';
import { DEFAULT_PATH, envValue } from '../state';
import { fsStep } from '../step';
import { runInContainer } from '../step-container';
import { resolveUser } from '../user';
import { argEnv } from '../words';
import { commandArgv } from './cmd';
import type { Dispatch } from './common';
import type { RunInstruction } from '../../instructions/types';
import type { StageRun } from '../session';
import type { FileSystem } from '../../../fs/types';

/** Shell form with here-documents: the heredoc bodies follow the command, as written. */
function scriptOf(ins: RunInstruction): RunInstruction['command'] {
  if (ins.command.form !== 'shell' || ins.heredocs.length === 0) return ins.command;
  let text = ins.command.shellForm;
  for (const h of ins.heredocs) {
    const body = h.chomp ? h.data.replace(/^\t+/gm, '') : h.data;
    text += `\n${body}${body.endsWith('\n') ? '' : '\n'}${h.name}`;
  }
  return { form: 'shell', shellForm: text };
}

function processEnv(s: StageRun): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of argEnv(s)) env[k] = v;
  for (const e of s.state.config.Env ?? []) {
    const eq = e.indexOf('=');
    env[eq < 0 ? e : e.slice(0, eq)] = eq < 0 ? '' : e.slice(eq + 1);
  }
  env.PATH ??= DEFAULT_PATH;
  return env;
}

/** exec.LookPath inside the container. */
function lookPath(fs: FileSystem, argv0: string, path: string): string | undefined {
  if (argv0.includes('/')) return fs.exists(argv0) ? argv0 : undefined;
  for (const dir of path.split(':')) {
    const p = `${dir === '' ? '.' : dir}/${argv0}`;
    try {
      if (fs.stat(p).type === 'file') return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

export const dispatchRun: Dispatch<'RUN'> = async (sess, s, ins) => {
  const argv = commandArgv(s, scriptOf(ins));
  const args = argEnv(s).filter(([k]) => envValue(s.state.config.Env, k) === undefined);
  const prefix =
    args.length > 0 ? `|${args.length} ${args.map(([k, v]) => `${k}=${v}`).join(' ')} ` : '';
  const shown = argv.join(' ');
  const workdir = s.state.config.WorkingDir || '/';
  return fsStep(sess, s, ins, {
    keyParts: [prefix, JSON.stringify(argv), JSON.stringify(s.state.config.Env ?? [])],
    createdBy: `RUN ${prefix}${shown}`,
    buildkitSuffix: true,
    legacyCreatedBy: `${prefix}${shown}`,
    async run(c, log) {
      const env = processEnv(s);
      const user = resolveUser(c.fs, s.state.config.User);
      if (!user.ok) return { ok: false, message: user.error };
      const cwd = normalise(workdir);
      if (!c.fs.exists(cwd)) c.fs.mkdir(cwd, { recursive: true });
      const exe = lookPath(c.fs, argv[0] ?? '', env.PATH ?? DEFAULT_PATH);
      if (!exe) {
        const what = (argv[0] ?? '').includes('/')
          ? `exec: "${argv[0]}": stat ${argv[0]}: no such file or directory`
          : `exec: "${argv[0]}": executable file not found in $PATH`;
        if (sess.legacy)
          return {
            ok: false,
            message: `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${what}: unknown`,
            exitCode: 127,
          };
        return {
          ok: false,
          message: `process "${shown}" did not complete successfully: runc run failed: unable to start container process: error during container init: ${what}: unknown`,
        };
      }
      const code = await runInContainer(
        sess,
        c,
        {
          argv,
          executable: exe,
          env,
          cwd,
          user: user.user,
          hostname: sess.legacy ? c.id.slice(0, 12) : 'buildkitsandbox',
          image: s.state.imageId ?? '',
        },
        log,
      );
      if (code === 0) return { ok: true };
      if (sess.legacy)
        return {
          ok: false,
          message: `The command '${shown}' returned a non-zero code: ${code}`,
          exitCode: code,
        };
      return {
        ok: false,
        message: `process "${shown}" did not complete successfully: exit code: ${code}`,
      };
    },
  });
};
