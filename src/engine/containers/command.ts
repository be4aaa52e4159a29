// How the daemon turns image config + create options into the container's Config and its command
// (moby daemon/commit.go merge, daemon/create.go getEntrypointAndArgs), and what runc checks before
// it execs: the executable on PATH and the user in /etc/passwd.

import { FsError } from '../fs/errors';
import type { FileSystem } from '../fs/types';
import type { ImageRunConfig } from '../images/catalog/types';
import { invalidArgument, ociStartFailed, type ContainerError } from './errors';
import type { ProcessUser } from './process';
import type { ContainerConfig, CreateOptions } from './types';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const envKey = (kv: string): string => {
  const i = kv.indexOf('=');
  return i < 0 ? kv : kv.slice(0, i);
};

/** User env first, then the image's entries whose keys the user did not set. */
export function mergeEnv(image: readonly string[], user: readonly string[]): string[] {
  if (user.length === 0) return [...image];
  const set = user.filter((kv) => kv.includes('='));
  const keys = new Set(user.map(envKey));
  return [...set, ...image.filter((kv) => !keys.has(envKey(kv)))];
}

export interface ResolvedCommand {
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
  readonly path: string;
  readonly args: readonly string[];
}

/** Entrypoint/Cmd as moby merges them; an error when nothing is left to run. */
export function resolveCommand(
  image: ImageRunConfig,
  o: Pick<CreateOptions, 'cmd' | 'entrypoint'>,
): ResolvedCommand | ContainerError {
  const userCmd = o.cmd && o.cmd.length > 0 ? o.cmd : undefined;
  let entrypoint: readonly string[] | null;
  let cmd: readonly string[] | null;
  const cleared = o.entrypoint !== undefined && o.entrypoint.every((w) => w === '');
  if (o.entrypoint !== undefined && !cleared) {
    entrypoint = o.entrypoint;
    cmd = userCmd ?? null;
  } else {
    entrypoint = cleared ? null : (image.Entrypoint ?? null);
    cmd = userCmd ?? image.Cmd ?? null;
  }
  const all = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (all.length === 0) return invalidArgument('no command specified');
  return { entrypoint, cmd, path: all[0] as string, args: all.slice(1) };
}

/** Config as the daemon stores it (what `inspect` shows under Config). */
export function containerConfig(
  image: ImageRunConfig,
  o: CreateOptions,
  hostname: string,
  command: ResolvedCommand,
): ContainerConfig {
  const exposed: Record<string, Record<string, never>> = { ...(image.ExposedPorts ?? {}) };
  for (const p of o.exposedPorts ?? []) exposed[p.includes('/') ? p : `${p}/tcp`] = {};
  for (const p of Object.keys(o.hostConfig?.portBindings ?? {})) exposed[p] = {};
  const env = mergeEnv(image.Env ?? [], o.env ?? []);
  return {
    Hostname: hostname,
    Domainname: o.domainname ?? '',
    User: o.user ?? image.User ?? '',
    AttachStdin: o.attachStdin ?? false,
    AttachStdout: o.attachStdout ?? false,
    AttachStderr: o.attachStderr ?? false,
    ...(Object.keys(exposed).length > 0 ? { ExposedPorts: exposed } : {}),
    Tty: o.tty ?? false,
    OpenStdin: o.openStdin ?? false,
    StdinOnce: (o.openStdin ?? false) && (o.attachStdin ?? false),
    Env: env,
    Cmd: command.cmd,
    Image: o.image,
    Volumes: image.Volumes ?? null,
    WorkingDir: o.workingDir ?? image.WorkingDir ?? '',
    Entrypoint: command.entrypoint,
    OnBuild: null,
    Labels: { ...(image.Labels ?? {}), ...(o.labels ?? {}) },
    ...((o.stopSignal ?? image.StopSignal) ? { StopSignal: o.stopSignal ?? image.StopSignal } : {}),
    ...(o.stopTimeout !== undefined ? { StopTimeout: o.stopTimeout } : {}),
  };
}

/** The environment of a process: Config.Env, PATH if missing, HOSTNAME, TERM with a TTY, HOME. */
export function processEnv(
  env: readonly string[],
  hostname: string,
  tty: boolean,
  home: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  out.PATH = DEFAULT_PATH;
  out.HOSTNAME = hostname;
  if (tty) out.TERM = 'xterm';
  for (const kv of env) {
    const i = kv.indexOf('=');
    if (i > 0) out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  out.HOME ??= home;
  return out;
}

const isExec = (fs: FileSystem, path: string): 'ok' | 'missing' | 'denied' => {
  try {
    const st = fs.stat(path);
    if (st.type === 'dir') return 'denied';
    return (st.mode & 0o111) !== 0 ? 'ok' : 'denied';
  } catch (e) {
    if (e instanceof FsError) return 'missing';
    throw e;
  }
};

/** exec.LookPath in the container; the daemon's start error (127/126) when it fails. */
export function lookPath(
  fs: FileSystem,
  name: string,
  path: string,
  cwd: string,
  fail: (detail: string, exitCode: number) => ContainerError = ociStartFailed,
): string | ContainerError {
  if (name.includes('/')) {
    const abs = name.startsWith('/') ? name : `${cwd.replace(/\/$/, '')}/${name}`;
    const r = isExec(fs, abs);
    if (r === 'ok') return abs;
    if (r === 'missing')
      return fail(`exec: "${name}": stat ${name}: no such file or directory`, 127);
    return fail(`exec: "${name}": permission denied`, 126);
  }
  for (const dir of path.split(':')) {
    const full = `${dir === '' ? '.' : dir.replace(/\/$/, '')}/${name}`;
    if (isExec(fs, full) === 'ok') return full;
  }
  return fail(`exec: "${name}": executable file not found in $PATH`, 127);
}

interface PasswdEntry {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
}

function readTable(fs: FileSystem, path: string): string[][] {
  try {
    return fs
      .readText(path)
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch (e) {
    if (e instanceof FsError) return [];
    throw e;
  }
}

function passwd(fs: FileSystem): PasswdEntry[] {
  return readTable(fs, '/etc/passwd').map((f) => ({
    name: f[0] ?? '',
    uid: Number(f[2]),
    gid: Number(f[3]),
    home: f[5] ?? '/',
  }));
}

/** `-u name`, `-u uid`, `-u name:group`, `-u uid:gid` against the container's passwd/group. */
export function resolveUser(
  fs: FileSystem,
  spec: string,
  fail: (detail: string, exitCode: number) => ContainerError = ociStartFailed,
): ProcessUser | ContainerError {
  if (spec === '') return { uid: 0, gid: 0, name: 'root', home: '/root' };
  const [u = '', g] = spec.split(':', 2);
  const users = passwd(fs);
  const numeric = /^\d+$/.test(u);
  const entry = users.find((p) => (numeric ? p.uid === Number(u) : p.name === u));
  if (!entry && !numeric)
    return fail(`unable to find user ${u}: no matching entries in passwd file`, 128);
  let gid = entry?.gid ?? 0;
  if (g !== undefined) {
    if (/^\d+$/.test(g)) gid = Number(g);
    else {
      const grp = readTable(fs, '/etc/group').find((f) => f[0] === g);
      if (!grp) return fail(`unable to find group ${g}: no matching entries in group file`, 128);
      gid = Number(grp[2]);
    }
  }
  return {
    uid: entry?.uid ?? Number(u),
    gid,
    ...(entry ? { name: entry.name } : {}),
    home: entry?.home ?? '/',
  };
}

/** Docker's ps COMMAND before the CLI truncates it: Path + args, args with spaces single-quoted. */
export function commandLine(path: string, args: readonly string[]): string {
  return [path, ...args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
}
