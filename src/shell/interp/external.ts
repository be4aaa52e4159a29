// Running what is not a builtin or a function: a registered program found on PATH, a script
// (`#!` or plain text) run by a child shell, or this shell itself as `sh`/`bash`.

import { errnoMessage, isFsError } from '../../engine/fs/errors';
import { parse } from '../parser/parser';
import { AbortSignal } from './control';
import type { Interpreter, IO } from './interpreter';
import { lookupCommand } from './lookup';
import { resolvePath } from './paths';
import { ShellState } from './state';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export async function runExternal(
  sh: Interpreter,
  argv: readonly string[],
  io: IO,
  env: Record<string, string>,
): Promise<number> {
  const found = lookupCommand(
    argv[0],
    sh.state.cwd,
    sh.state.get('PATH') ?? DEFAULT_PATH,
    sh.fs,
    sh.rt.commands,
  );
  switch (found.kind) {
    case 'error':
      io.stderr.write(`${sh.errorPrefix()}: ${found.message}\n`);
      return found.status;
    case 'shell':
      return runShell(sh, argv, io, env);
    case 'script': {
      // The kernel hands the interpreter the path execve was given: the PATH entry it found
      // (`/usr/local/bin/entry.sh`), or the name as typed when it has a slash (`./s.sh`).
      const script = argv[0].includes('/') ? argv[0] : found.path;
      if (found.command) {
        const interpArgv = [
          found.interpreterName ?? '',
          ...found.interpreterArgs,
          script,
          ...argv.slice(1),
        ];
        return runCommand(sh, found.command, interpArgv, io, env);
      }
      return runShell(sh, ['bash', ...found.interpreterArgs, script, ...argv.slice(1)], io, env);
    }
    case 'command':
      return runCommand(sh, found.command, argv, io, env);
  }
}

async function runCommand(
  sh: Interpreter,
  command: { run: (ctx: ReturnType<Interpreter['context']>) => Promise<number> | number },
  argv: readonly string[],
  io: IO,
  env: Record<string, string>,
): Promise<number> {
  try {
    const status = await command.run(sh.context(argv, io, env));
    return status & 255;
  } catch (e) {
    if (e instanceof AbortSignal) throw e;
    io.stderr.write(
      `layerlab: ${argv[0]}: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 1;
  }
}

/** `sh -c '…'`, `bash script.sh args`, `bash` (interactive on a terminal, else reads stdin). */
export async function runShell(
  sh: Interpreter,
  argv: readonly string[],
  io: IO,
  env: Record<string, string>,
): Promise<number> {
  const prefix = sh.rt.errorPrefix;
  const state = new ShellState();
  for (const [k, v] of Object.entries(env)) state.set(k, v, true);
  state.cwd = sh.state.cwd;
  state.umask = sh.state.umask;
  state.name = argv[0];
  let command: string | undefined;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-c') {
      command = argv[++i];
      if (command === undefined) {
        io.stderr.write(`${prefix}: -c: option requires an argument\n`);
        return 2;
      }
      continue;
    }
    if (a === '-o' || a === '+o') {
      const opt = argv[++i];
      if (opt === 'pipefail') state.flags.pipefail = a === '-o';
      else if (opt === 'errexit') state.flags.errexit = a === '-o';
      else if (opt === 'nounset') state.flags.nounset = a === '-o';
      else if (opt === 'xtrace') state.flags.xtrace = a === '-o';
      continue;
    }
    if (/^--(login|norc|noprofile|posix)$/.test(a)) continue;
    if (/^[-+][a-zA-Z]+$/.test(a)) {
      const on = a[0] === '-';
      for (const f of a.slice(1)) {
        if (f === 'c') {
          command = argv[++i];
          continue;
        }
        if (f === 'e') state.flags.errexit = on;
        else if (f === 'x') state.flags.xtrace = on;
        else if (f === 'u') state.flags.nounset = on;
        else if (f === 'f') state.flags.noglob = on;
        else if ('ilsvn'.includes(f)) continue;
        else {
          io.stderr.write(`${prefix}: ${a}: invalid option\n`);
          return 2;
        }
      }
      continue;
    }
    break;
  }
  const rest = argv.slice(i);
  let source: string;
  let where: string;
  if (command !== undefined) {
    source = command;
    where = `${argv[0]}: -c`;
    if (rest.length > 0) state.name = rest[0];
    state.positional = rest.slice(1);
  } else if (rest.length > 0) {
    const file = rest[0];
    const path = resolvePath(sh.state.cwd, file);
    try {
      if (sh.fs.stat(path).type === 'dir') {
        io.stderr.write(`${argv[0]}: ${file}: Is a directory\n`);
        return 126;
      }
      source = sh.fs.readText(path);
    } catch (e) {
      const msg = isFsError(e) ? errnoMessage(e.code) : String(e);
      io.stderr.write(`${argv[0]}: ${file}: ${msg}\n`);
      return 127;
    }
    state.name = file;
    where = file;
    state.positional = rest.slice(1);
  } else if (io.stdin.isTTY && sh.rt.nestedShell) {
    return sh.rt.nestedShell(state);
  } else {
    source = await io.stdin.readAll();
    where = argv[0];
  }
  const parsed = parse(source);
  if (!parsed.ok) {
    io.stderr.write(`${where}: line ${parsed.error.line}: ${parsed.error.message}\n`);
    return 2;
  }
  const child = sh.childProcess(state);
  child.where = command !== undefined ? argv[0] : where;
  // `bash -c` exits 127 on a fatal expansion error, a script 1 (as bash 5.2 does).
  const fatal = command !== undefined ? 127 : 1;
  return child.runProcess(() => child.runLines(parsed.script, io, fatal), io);
}
