// docker run / docker create flags → the engine's CreateOptions, with the client-side checks and
// texts of docker/cli (cli/command/container/opts.go parse, run.go, nat.ParsePortSpec,
// opts.ParseRestartPolicy). Flags the lab does not model are collected for one `layerlab:` note;
// volumes and non-default networks are said plainly.

import type {
  ContainersApi,
  CreateOptions,
  PortBinding,
  RestartPolicy,
} from '../../../engine/containers';
import type { CommandContext } from '../../../shell/types';
import { flagBool, flagChanged, flagList, flagNumber, flagString } from '../../flags/accessors';
import { flagError } from '../../flags/usage-errors';
import type { Invocation } from '../../types';

export type PullPolicy = 'missing' | 'always' | 'never';

export interface RunConfig {
  readonly create: CreateOptions;
  readonly detach: boolean;
  /** The streams the client attaches (run without -d: stdout+stderr, -i adds stdin). */
  readonly attach: { readonly stdin: boolean; readonly stdout: boolean; readonly stderr: boolean };
  readonly pull: PullPolicy;
  readonly quiet: boolean;
  readonly detachKeys: string;
  readonly sigProxy: boolean;
  readonly cidfile: string;
  /** `layerlab:` lines to print on stderr before anything else. */
  readonly notes: readonly string[];
}

export type RunConfigResult =
  | { readonly ok: true; readonly value: RunConfig }
  /** `withHelp`: printed as `docker: <message>` + the help hint, exit 125. */
  | { readonly ok: false; readonly message: string; readonly plain?: false }
  /** Printed as is, exit `code` (default 1): errors docker returns without the help hint. */
  | { readonly ok: false; readonly message: string; readonly plain: true; readonly code?: number };

/** Flags docker parses that the lab models (or that change nothing worth a note). */
const MODELLED = new Set([
  'detach',
  'interactive',
  'tty',
  'name',
  'rm',
  'env',
  'env-file',
  'workdir',
  'user',
  'publish',
  'publish-all',
  'expose',
  'volume',
  'mount',
  'network',
  'link',
  'hostname',
  'entrypoint',
  'restart',
  'memory',
  'cpus',
  'privileged',
  'read-only',
  'pull',
  'quiet',
  'platform',
  'detach-keys',
  'sig-proxy',
  'attach',
  'label',
  'label-file',
  'stop-signal',
  'stop-timeout',
  'domainname',
  'cidfile',
  'disable-content-trust',
  'help',
]);

const LAB_PLATFORMS = ['linux/amd64', 'linux/x86_64', 'linux/amd64/v1', 'linux', 'amd64'];

type Fail =
  | { readonly ok: false; readonly message: string; readonly plain?: false }
  | { readonly ok: false; readonly message: string; readonly plain: true; readonly code?: number };
const fail = (message: string, plain = false): Fail =>
  plain ? { ok: false, message, plain: true } : { ok: false, message };

/** strconv.ParseUint(s, 10, 16) of a port or `a-b` range (nat.ParsePortRange). */
function portRange(s: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] !== undefined ? Number(m[2]) : a;
  if (a > 65535 || b > 65535 || b < a) return undefined;
  return [a, b];
}

/** net.ParseIP: dotted IPv4, or IPv6 (eight groups, or fewer with one `::`). */
function isIp(s: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) return s.split('.').every((n) => Number(n) <= 255);
  if (!/^[0-9a-fA-F:]+$/.test(s)) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

/** nat.SplitProtoPort. */
function splitProtoPort(raw: string): [proto: string, port: string] {
  const parts = raw.split('/');
  if (parts[0] === '') return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1] === '') return ['tcp', parts[0] as string];
  return [parts[1] as string, parts[0] as string];
}

/** nat.ParsePortSpec: `[ip:][hostPort:]containerPort[/proto]` → bindings per "port/proto". */
export function parsePortSpec(
  raw: string,
): { ok: true; value: [string, PortBinding][] } | { ok: false; message: string } {
  const parts = raw.split(':');
  let ip = '';
  let hostPort = '';
  let containerPort: string;
  if (parts.length === 1) containerPort = raw;
  else if (parts.length === 2) {
    hostPort = parts[0] as string;
    containerPort = parts[1] as string;
  } else if (parts.length === 3) {
    ip = parts[0] as string;
    hostPort = parts[1] as string;
    containerPort = parts[2] as string;
  } else {
    ip = parts.slice(0, -2).join(':');
    hostPort = parts[parts.length - 2] as string;
    containerPort = parts[parts.length - 1] as string;
  }
  const [proto, port] = splitProtoPort(containerPort);
  if (ip.startsWith('[')) ip = ip.replace(/^\[|\]$/g, '');
  if (ip !== '' && !isIp(ip)) return { ok: false, message: `invalid IP address: ${ip}` };
  if (port === '') return { ok: false, message: `no port specified: ${raw}<empty>` };
  const cr = portRange(port);
  if (!cr) return { ok: false, message: `invalid containerPort: ${port}` };
  let hr: [number, number] | undefined;
  if (hostPort !== '') {
    hr = portRange(hostPort);
    if (!hr) return { ok: false, message: `invalid hostPort: ${hostPort}` };
  }
  if (hr && cr[1] - cr[0] !== hr[1] - hr[0] && cr[0] !== cr[1])
    return {
      ok: false,
      message: `invalid ranges specified for container and host Ports: ${port} and ${hostPort}`,
    };
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase()))
    return { ok: false, message: `invalid proto: ${proto}` };
  const out: [string, PortBinding][] = [];
  for (let i = 0; i <= cr[1] - cr[0]; i++) {
    let host = '';
    if (hr) {
      if (cr[0] === cr[1] && hr[0] !== hr[1]) host = `${hr[0]}-${hr[1]}`;
      else host = String(hr[0] + i);
    }
    out.push([`${cr[0] + i}/${proto.toLowerCase()}`, { HostIp: ip, HostPort: host }]);
  }
  return { ok: true, value: out };
}

/** `-p target=80,published=8080,protocol=tcp` (the long syntax) → the short one. */
function longPortSyntax(raw: string): string | { error: string } {
  const kv: Record<string, string> = {};
  for (const part of raw.split(',')) {
    const i = part.indexOf('=');
    if (i < 0) return { error: `invalid field '${part}' must be a key=value pair` };
    kv[part.slice(0, i).toLowerCase()] = part.slice(i + 1);
  }
  for (const k of Object.keys(kv))
    if (!['target', 'published', 'protocol', 'mode', 'host_ip'].includes(k))
      return { error: `invalid field key ${k}` };
  if (kv.target === undefined) return { error: 'missing mandatory field "target"' };
  const proto = kv.protocol ?? 'tcp';
  const host = kv.published !== undefined ? `${kv.published}:` : '';
  const ip = kv.host_ip !== undefined && kv.published !== undefined ? `${kv.host_ip}:` : '';
  return `${ip}${host}${kv.target}/${proto}`;
}

/** opts.ParseRestartPolicy, then the daemon's validation (whose errors are the daemon's). */
function restartPolicy(text: string): RestartPolicy | Fail {
  if (text === '') return { Name: '', MaximumRetryCount: 0 };
  const i = text.indexOf(':');
  const name = i < 0 ? text : text.slice(0, i);
  const count = i < 0 ? '' : text.slice(i + 1);
  if (i >= 0 && name === '')
    return fail('invalid restart policy format: no policy provided before colon');
  let max = 0;
  if (count !== '') {
    if (!/^[+-]?\d+$/.test(count))
      return fail('invalid restart policy format: maximum retry count must be an integer');
    max = Number(count);
  }
  if (!['no', 'always', 'unless-stopped', 'on-failure'].includes(name))
    return fail(
      `Error response from daemon: invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
    );
  if (max !== 0 && name !== 'on-failure')
    return fail(
      "Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'",
    );
  if (max < 0)
    return fail(
      'Error response from daemon: invalid restart policy: maximum retry count cannot be negative',
    );
  return { Name: name as RestartPolicy['Name'], MaximumRetryCount: max };
}

/** Read an env or label file as docker's opts.ParseEnvFile does. */
function readKvFile(
  ctx: CommandContext,
  path: string,
  lookupEnv: boolean,
): { ok: true; lines: string[] } | Fail {
  let text: string;
  try {
    text = ctx.fs.readText(ctx.resolve(path));
  } catch {
    return fail(`open ${path}: no such file or directory`);
  }
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s+/, '').replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    const key = i < 0 ? line : line.slice(0, i);
    if (/\s/.test(key)) return fail(`variable '${key}' contains whitespaces`);
    if (i >= 0) lines.push(line);
    else if (lookupEnv && Object.hasOwn(ctx.env, key)) lines.push(`${key}=${ctx.env[key]}`);
    else lines.push(key);
  }
  return { ok: true, lines };
}

/** `-e NAME` takes NAME from the client's environment; unset, it stays `NAME`. */
function envEntry(ctx: CommandContext, e: string): string {
  if (e.includes('=')) return e;
  return Object.hasOwn(ctx.env, e) ? `${e}=${ctx.env[e]}` : e;
}

/** A `-v` spec as the client checks it (volumespec / the daemon's split). */
function checkVolume(spec: string): string | undefined {
  const parts = spec.split(':');
  if (parts.some((p) => p === '') && parts.length > 1)
    return `invalid spec: ${spec}: empty section between colons`;
  if (parts.length > 3) return `invalid spec: ${spec}: too many colons`;
  if (
    parts.length === 3 &&
    !/^(ro|rw|z|Z|nocopy|[rs]?(shared|slave|private)|,)+$/.test(parts[2] as string)
  )
    return `invalid mode: ${parts[2]}`;
  return undefined;
}

/** Everything `docker run`/`docker create` parses, checked in docker's order. */
export function runConfig(
  p: Invocation,
  ctx: CommandContext,
  api: ContainersApi,
  command: 'run' | 'create',
): RunConfigResult {
  const pull = flagString(p, 'pull') || 'missing';
  if (!['missing', 'always', 'never'].includes(pull))
    return fail(`invalid pull option: '${pull}': must be one of "always", "missing" or "never"`);

  const notes: string[] = [];
  const ignored = [...p.changed].filter((f) => !MODELLED.has(f)).map((f) => `--${f}`);
  if (ignored.length > 0)
    notes.push(`not modelled in the lab, accepted and ignored: ${ignored.join(', ')}`);

  // --attach
  const attachList = flagList(p, 'attach').map((s) => s.toLowerCase());
  for (const a of attachList)
    if (!['stdin', 'stdout', 'stderr'].includes(a)) {
      const e = flagError(
        `invalid argument "${a}" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR`,
        p.commandPath,
        p.useLine,
      );
      return { ok: false, message: e.message, plain: true, code: e.exitCode };
    }

  // ports
  const portBindings: Record<string, PortBinding[]> = {};
  const exposed = new Set<string>();
  for (const raw of flagList(p, 'publish')) {
    let spec = raw;
    if (raw.includes('=')) {
      const long = longPortSyntax(raw);
      if (typeof long !== 'string') return fail(long.error);
      spec = long;
    }
    const r = parsePortSpec(spec);
    if (!r.ok) return fail(r.message);
    for (const [key, binding] of r.value) {
      (portBindings[key] ??= []).push(binding);
      exposed.add(key);
    }
  }
  for (const raw of flagList(p, 'expose')) {
    const [proto, port] = splitProtoPort(raw);
    const range = portRange(port);
    if (!range)
      return fail(
        `invalid range format for --expose: ${raw}, error: strconv.ParseUint: parsing ${JSON.stringify(port)}: invalid syntax`,
      );
    for (let n = range[0]; n <= range[1]; n++) exposed.add(`${n}/${proto}`);
  }

  // volumes: the spec is checked; mounting comes with the volumes issue
  const binds: string[] = [];
  for (const v of flagList(p, 'volume')) {
    const bad = checkVolume(v);
    if (bad) return fail(bad);
    binds.push(v);
  }
  if (binds.length > 0)
    notes.push(
      `volumes and bind mounts come with the volumes issue: ${binds.map((b) => `-v ${b}`).join(', ')} is recorded (HostConfig.Binds) but not mounted`,
    );
  if (flagList(p, 'mount').length > 0)
    notes.push('volumes and bind mounts come with the volumes issue: --mount is not mounted yet');

  // env
  const env: string[] = [];
  for (const file of flagList(p, 'env-file')) {
    const r = readKvFile(ctx, file, true);
    if (!r.ok) return r;
    env.push(...r.lines);
  }
  for (const e of flagList(p, 'env')) {
    if (e.startsWith('=')) return fail(`invalid environment variable: ${e}`);
    env.push(envEntry(ctx, e));
  }

  // labels
  const labels: Record<string, string> = {};
  const labelLines: string[] = [];
  for (const file of flagList(p, 'label-file')) {
    const r = readKvFile(ctx, file, false);
    if (!r.ok) return r;
    labelLines.push(...r.lines);
  }
  labelLines.push(...flagList(p, 'label'));
  for (const l of labelLines) {
    const i = l.indexOf('=');
    if (i === 0) return fail(`invalid label '${l}': empty name`);
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }

  // restart and --rm
  const restart = restartPolicy(flagString(p, 'restart'));
  if ('ok' in restart) return restart;
  const autoRemove = flagBool(p, 'rm');
  if (autoRemove && restart.Name !== '' && restart.Name !== 'no')
    return fail('conflicting options: cannot specify both --restart and --rm');

  // network and links
  const networks = flagList(p, 'network');
  const network = networks[networks.length - 1] ?? flagString(p, 'network');
  if (network !== '' && network !== 'bridge' && network !== 'default') {
    return fail(
      `layerlab: only the default bridge network is modelled so far; '--network ${network}' comes with the networks issue`,
      true,
    );
  }
  for (const link of flagList(p, 'link')) {
    const target = link.split(':')[0] as string;
    const found = api.getContainer(target);
    if (!found.ok)
      return fail(
        `Error response from daemon: could not get container for ${target}: No such container: ${target}`,
      );
  }
  if (flagList(p, 'link').length > 0)
    notes.push(
      `--link is accepted, but its /etc/hosts entry comes with the networks issue (${flagList(p, 'link').join(', ')})`,
    );

  const platform = flagString(p, 'platform');
  if (platform !== '' && !LAB_PLATFORMS.includes(platform.toLowerCase()))
    return fail(
      `layerlab: the lab's images are linux/amd64 only; '--platform ${platform}' is not modelled`,
      true,
    );

  const workdir = flagString(p, 'workdir');
  if (workdir !== '' && !workdir.startsWith('/'))
    return fail(
      `Error response from daemon: the working directory '${workdir}' is invalid, it needs to be an absolute path`,
    );

  const detach = command === 'run' && flagBool(p, 'detach');
  const interactive = flagBool(p, 'interactive');
  const tty = flagBool(p, 'tty');
  // Without -a: stdout and stderr, plus stdin with -i (opts.go attach defaults).
  let attach = { stdin: interactive, stdout: true, stderr: true };
  if (attachList.length > 0)
    attach = {
      stdin: attachList.includes('stdin'),
      stdout: attachList.includes('stdout'),
      stderr: attachList.includes('stderr'),
    };
  if (command === 'create' && attachList.length === 0)
    attach = { stdin: interactive, stdout: true, stderr: true };
  if (detach) {
    if (attachList.length > 0)
      return fail('conflicting options: cannot specify both --attach and --detach', true);
    attach = { stdin: false, stdout: false, stderr: false };
  }

  const entrypoint = flagString(p, 'entrypoint');
  const image = p.args[0] as string;
  const cmd = p.args.slice(1);
  const hostConfig = {
    autoRemove,
    ...(restart.Name !== '' ? { restartPolicy: restart } : {}),
    ...(Object.keys(portBindings).length > 0 ? { portBindings } : {}),
    ...(flagBool(p, 'publish-all') ? { publishAllPorts: true } : {}),
    ...(binds.length > 0 ? { binds } : {}),
    ...(network !== '' ? { networkMode: network } : {}),
    ...(flagBool(p, 'privileged') ? { privileged: true } : {}),
    ...(flagBool(p, 'read-only') ? { readonlyRootfs: true } : {}),
    ...(flagChanged(p, 'memory') ? { memory: flagNumber(p, 'memory') } : {}),
    ...(flagChanged(p, 'cpus') ? { nanoCpus: Math.round(flagNumber(p, 'cpus') * 1e9) } : {}),
  };
  const create: CreateOptions = {
    image,
    ...(flagString(p, 'name') !== '' ? { name: flagString(p, 'name') } : {}),
    ...(cmd.length > 0 ? { cmd } : {}),
    ...(entrypoint !== '' ? { entrypoint: [entrypoint] } : {}),
    ...(entrypoint === '' && flagChanged(p, 'entrypoint') ? { entrypoint: [''] } : {}),
    ...(env.length > 0 ? { env } : {}),
    ...(workdir !== '' ? { workingDir: workdir } : {}),
    ...(flagString(p, 'user') !== '' ? { user: flagString(p, 'user') } : {}),
    ...(flagString(p, 'hostname') !== '' ? { hostname: flagString(p, 'hostname') } : {}),
    ...(flagString(p, 'domainname') !== '' ? { domainname: flagString(p, 'domainname') } : {}),
    ...(exposed.size > 0 ? { exposedPorts: [...exposed] } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    tty,
    openStdin: interactive,
    attachStdin: attach.stdin,
    attachStdout: attach.stdout,
    attachStderr: attach.stderr,
    ...(flagString(p, 'stop-signal') !== '' ? { stopSignal: flagString(p, 'stop-signal') } : {}),
    ...(flagChanged(p, 'stop-timeout') ? { stopTimeout: flagNumber(p, 'stop-timeout') } : {}),
    hostConfig,
  };
  return {
    ok: true,
    value: {
      create,
      detach,
      attach,
      pull: pull as PullPolicy,
      quiet: flagBool(p, 'quiet'),
      detachKeys: flagString(p, 'detach-keys'),
      sigProxy: !flagChanged(p, 'sig-proxy') || flagBool(p, 'sig-proxy'),
      cidfile: flagString(p, 'cidfile'),
      notes,
    },
  };
}
