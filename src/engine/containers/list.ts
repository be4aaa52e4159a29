// ContainerList (GET /containers/json, moby daemon/list.go): newest first, running only unless
// `all`, `last`/`latest`, filters, and sizes on request. The STATUS and COMMAND strings are built
// here, as the daemon builds them; the CLI only truncates and quotes.

import { sizeOfChanges, type Digest } from '../storage';
import { commandLine } from './command';
import type { Ctx } from './context';
import { invalidArgument } from './errors';
import { findContainer } from './lookup';
import { fail, ok, type Result } from './result';
import { statusName, statusText } from './state';
import type { Container, ContainerStatus } from './types';

export interface PortSummary {
  readonly IP?: string;
  readonly PrivatePort: number;
  readonly PublicPort?: number;
  readonly Type: string;
}

export interface ContainerSummary {
  readonly Id: string;
  /** `["/web"]`. */
  readonly Names: readonly string[];
  /** As the user gave it, or the image ID when that name now means another image. */
  readonly Image: string;
  readonly ImageID: string;
  /** Path + args, args with spaces single-quoted. */
  readonly Command: string;
  /** Seconds since the epoch. */
  readonly Created: number;
  readonly Ports: readonly PortSummary[];
  readonly SizeRw?: number;
  readonly SizeRootFs?: number;
  readonly Labels: Readonly<Record<string, string>>;
  readonly State: ContainerStatus;
  readonly Status: string;
  readonly HostConfig: { readonly NetworkMode: string };
  readonly Mounts: readonly never[];
}

export type ContainerFilters = Readonly<Record<string, readonly string[]>>;

export interface ListOptions {
  readonly all?: boolean;
  /** `-n`: the n most recently created, in any state. */
  readonly last?: number;
  /** `-l`. */
  readonly latest?: boolean;
  readonly size?: boolean;
  readonly filters?: ContainerFilters;
}

const KNOWN = new Set([
  'id',
  'name',
  'label',
  'exited',
  'status',
  'ancestor',
  'before',
  'since',
  'network',
  'volume',
  'health',
  'publish',
  'expose',
  'isolation',
  'is-task',
]);
const STATUSES = new Set([
  'created',
  'restarting',
  'running',
  'removing',
  'paused',
  'exited',
  'dead',
]);

export function portsOf(c: Container): PortSummary[] {
  const out: PortSummary[] = [];
  for (const [key, list] of Object.entries(c.network.ports)) {
    const [port = '0', proto = 'tcp'] = key.split('/');
    if (!list) {
      out.push({ PrivatePort: Number(port), Type: proto });
      continue;
    }
    for (const b of list)
      out.push({
        IP: b.HostIp,
        PrivatePort: Number(port),
        PublicPort: Number(b.HostPort),
        Type: proto,
      });
  }
  return out;
}

function labelMatch(c: Container, want: string): boolean {
  const i = want.indexOf('=');
  if (i < 0) return want in c.config.Labels;
  return c.config.Labels[want.slice(0, i)] === want.slice(i + 1);
}

export function listContainers(ctx: Ctx, o: ListOptions = {}): Result<ContainerSummary[]> {
  const filters = o.filters ?? {};
  for (const k of Object.keys(filters))
    if (!KNOWN.has(k)) return fail(invalidArgument(`invalid filter '${k}'`));
  for (const v of filters.status ?? [])
    if (!STATUSES.has(v)) return fail(invalidArgument(`invalid filter 'status=${v}'`));
  const order = [...ctx.containers.values()].reverse();
  const indexOf = new Map(order.map((c, i) => [c.id, i]));
  const limitOf = (key: 'before' | 'since'): number | undefined => {
    const ref = filters[key]?.[0];
    if (ref === undefined) return undefined;
    const f = findContainer(ctx, ref);
    return f.ok ? indexOf.get(f.value.id) : -2;
  };
  const before = limitOf('before');
  const since = limitOf('since');
  if (before === -2 || since === -2)
    return fail(invalidArgument(`No such container: ${filters.before?.[0] ?? filters.since?.[0]}`));
  const last = o.latest ? 1 : (o.last ?? -1);
  const all = o.all || last > 0 || before !== undefined || since !== undefined;

  const now = ctx.clock.now();
  const imageNow = new Map<string, Digest | undefined>();
  const resolvesTo = (ref: string): Digest | undefined => {
    if (!imageNow.has(ref)) {
      const r = ctx.images.getImage(ref);
      imageNow.set(ref, r.ok ? r.value.id : undefined);
    }
    return imageNow.get(ref);
  };
  const any = (key: string, test: (v: string) => boolean): boolean => {
    const vs = filters[key];
    return vs === undefined || vs.some(test);
  };

  const out: ContainerSummary[] = [];
  for (let i = 0; i < order.length; i++) {
    if (last > 0 && i >= last) break;
    const c = order[i] as Container;
    if (!all && !c.state.running) continue;
    if (before !== undefined && i <= before) continue;
    if (since !== undefined && i >= since) continue;
    const state = statusName(c.state);
    if (!any('id', (v) => c.id.startsWith(v))) continue;
    if (!any('name', (v) => new RegExp(v).test(`/${c.name}`))) continue;
    if (filters.label && !filters.label.every((v) => labelMatch(c, v))) continue;
    if (!any('status', (v) => v === state)) continue;
    if (
      filters.exited &&
      (c.state.running ||
        !c.hasBeenStarted ||
        !any('exited', (v) => Number(v) === c.state.exitCode))
    )
      continue;
    if (!any('ancestor', (v) => v === c.config.Image || resolvesTo(v) === c.imageId)) continue;
    if (
      !any(
        'network',
        (v) =>
          v === c.hostConfig.NetworkMode ||
          (v === 'bridge' && c.hostConfig.NetworkMode === 'default'),
      )
    )
      continue;
    if (
      !any('expose', (v) =>
        Object.keys(c.config.ExposedPorts ?? {}).some((p) => p === v || p.startsWith(`${v}/`)),
      )
    )
      continue;
    if (
      !any('publish', (v) =>
        portsOf(c).some(
          (p) =>
            p.PublicPort !== undefined &&
            (String(p.PublicPort) === v || `${p.PublicPort}/${p.Type}` === v),
        ),
      )
    )
      continue;
    if (filters.volume || filters.health) continue;
    const image =
      resolvesTo(c.config.Image) === c.imageId
        ? c.config.Image.replace(/@sha256:[0-9a-f]+$/, '')
        : c.imageId;
    let sizes: { SizeRw?: number; SizeRootFs?: number } = {};
    if (o.size) {
      const rw = sizeOfChanges(c.mount.upper);
      const img = ctx.images.getImage(c.imageId);
      sizes = { SizeRw: rw, SizeRootFs: rw + (img.ok ? img.value.size : 0) };
    }
    out.push({
      Id: c.id,
      Names: [`/${c.name}`],
      Image: image,
      ImageID: c.imageId,
      Command: commandLine(c.path, c.args),
      Created: Math.floor(c.createdMs / 1000),
      Ports: portsOf(c),
      ...sizes,
      Labels: c.config.Labels,
      State: state,
      Status: statusText(c.state, now),
      HostConfig: { NetworkMode: c.hostConfig.NetworkMode },
      Mounts: [],
    });
  }
  return ok(out);
}
