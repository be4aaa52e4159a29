// Finding a program: a name with a slash is a path; otherwise each PATH directory is tried. A
// file is runnable when it has an execute bit and either holds a script (`#!` or plain text) or
// a simulated program is registered for its name. Shells (sh, bash, ash, dash) are this shell.

import type { FileSystem } from '../../engine/fs/types';
import { isFsError } from '../../engine/fs/errors';
import type { Command } from '../types';
import { binaryCommand } from './binaries';
import { basename, resolvePath } from './paths';

export const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash']);

export type Resolved =
  | { readonly kind: 'command'; readonly path: string; readonly command: Command }
  | { readonly kind: 'shell'; readonly path: string }
  /** A script: run `interpreter` (a shell unless `command` is given) with the file. */
  | {
      readonly kind: 'script';
      readonly path: string;
      readonly interpreterArgs: readonly string[];
      readonly command?: Command;
      readonly interpreterName?: string;
    }
  | { readonly kind: 'error'; readonly message: string; readonly status: number };

export function lookupCommand(
  name: string,
  cwd: string,
  pathVar: string,
  fs: FileSystem,
  commands: Readonly<Record<string, Command>>,
): Resolved {
  if (name.includes('/')) {
    const path = resolvePath(cwd, name);
    const st = statOf(fs, path);
    if (st === null)
      return { kind: 'error', message: `${name}: No such file or directory`, status: 127 };
    if (st.type === 'dir')
      return { kind: 'error', message: `${name}: Is a directory`, status: 126 };
    if ((st.mode & 0o111) === 0)
      return { kind: 'error', message: `${name}: Permission denied`, status: 126 };
    return classify(name, path, fs, commands);
  }
  // bash keeps the first match without an x bit and, if nothing runnable follows, reports it by
  // its path: `bash: /usr/local/bin/x: Permission denied`.
  let denied: string | null = null;
  for (const dir of pathVar.split(':')) {
    const path = resolvePath(cwd, `${dir || '.'}/${name}`);
    const st = statOf(fs, path);
    if (st === null || st.type === 'dir') continue;
    if ((st.mode & 0o111) === 0) {
      denied ??= path;
      continue;
    }
    return classify(name, path, fs, commands);
  }
  if (denied !== null)
    return { kind: 'error', message: `${denied}: Permission denied`, status: 126 };
  return { kind: 'error', message: `${name}: command not found`, status: 127 };
}

function statOf(fs: FileSystem, path: string) {
  try {
    return fs.stat(path);
  } catch (e) {
    if (isFsError(e)) return null;
    throw e;
  }
}

function registered(
  commands: Readonly<Record<string, Command>>,
  names: string[],
): Command | undefined {
  for (const n of names) if (Object.hasOwn(commands, n)) return commands[n];
  return undefined;
}

function classify(
  typed: string,
  path: string,
  fs: FileSystem,
  commands: Readonly<Record<string, Command>>,
): Resolved {
  const names = [basename(typed)];
  try {
    names.push(basename(fs.realpath(path)));
  } catch {
    // a dangling link was already reported by stat
  }
  if (names.some((n) => SHELL_NAMES.has(n))) return { kind: 'shell', path };
  const data = fs.readFile(path);
  const text = data.kind === 'text' ? data.text : null;
  if (text !== null && text.startsWith('#!')) {
    const line = text.slice(2, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n')).trim();
    let [interp, ...args] = line.split(/\s+/).filter(Boolean);
    if (interp && basename(interp) === 'env' && args.length > 0) [interp, ...args] = args;
    const interpName = basename(interp ?? '');
    if (!interp || SHELL_NAMES.has(interpName))
      return { kind: 'script', path, interpreterArgs: args };
    const command = registered(commands, [interpName]);
    if (command)
      return { kind: 'script', path, interpreterArgs: args, command, interpreterName: interp };
    return {
      kind: 'error',
      message: `${typed}: ${interp}: bad interpreter: No such file or directory`,
      status: 126,
    };
  }
  // A binary the lab built (go build) runs by its content, whatever its name.
  const runner = data.kind === 'blob' ? binaryCommand(data.digest) : undefined;
  const built = runner !== undefined ? registered(commands, [runner]) : undefined;
  if (built) return { kind: 'command', path, command: built };
  const command = registered(commands, names);
  if (command) return { kind: 'command', path, command };
  if (text !== null) return { kind: 'script', path, interpreterArgs: [] };
  return {
    kind: 'error',
    message: `${typed}: this program is not simulated in layerlab`,
    status: 126,
  };
}
