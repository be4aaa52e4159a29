// ContainerCreate: resolve the image, merge its config with the options, check and reserve the
// name, lay out the -init layer and the writable layer over the image's layers (shared, never
// copied), and record the container as Created.

import { FsError } from '../fs/errors';
import { createUnionMount, linkIdOf, newCacheId, type Layer } from '../storage';
import { hostsFile, createInitLayer, resolvConfFile, withBindFiles } from './init-layer';
import { touch, type Ctx, who } from './context';
import { imageError, nameConflict, type ContainerError } from './errors';
import { containerConfig, resolveCommand } from './command';
import { newId, shortId } from './ids';
import { LogStore } from './logs-store';
import { generateName, validateName } from './names';
import { NO_ENDPOINT } from './network';
import { Relay } from './relay';
import { fail, isError, ok, type Result } from './result';
import { newState } from './state';
import type { Container, CreateOptions, HostConfig } from './types';

export interface CreateResponse {
  /** 64 hex. */
  readonly id: string;
  readonly warnings: readonly string[];
}

function hostConfigOf(o: CreateOptions): HostConfig {
  const h = o.hostConfig ?? {};
  return {
    AutoRemove: h.autoRemove ?? false,
    RestartPolicy: h.restartPolicy ?? { Name: 'no', MaximumRetryCount: 0 },
    PortBindings: h.portBindings ?? {},
    PublishAllPorts: h.publishAllPorts ?? false,
    Binds: h.binds ?? null,
    NetworkMode: h.networkMode ?? 'bridge',
    Privileged: h.privileged ?? false,
    ReadonlyRootfs: h.readonlyRootfs ?? false,
    Memory: h.memory ?? 0,
    NanoCpus: h.nanoCpus ?? 0,
  };
}

export function newRelay(ctx: Ctx, c: Pick<Container, 'logs' | 'config'>): Relay {
  return new Relay({
    logs: c.logs,
    now: () => ctx.clock.now(),
    tty: c.config.Tty,
    openStdin: c.config.OpenStdin,
    stdinOnce: c.config.StdinOnce,
  });
}

export function createContainer(ctx: Ctx, o: CreateOptions): Result<CreateResponse> {
  // The daemon looks the image up before it reserves the name (moby daemon/create.go), so a
  // missing image is pulled first and only then is a bad or taken name reported.
  const img = ctx.images.imageLayers(o.image);
  if (!img.ok) return fail(imageError(img.error.message));
  let name: string | undefined;
  if (o.name !== undefined && o.name !== '') {
    const v = validateName(o.name);
    if (isError(v)) return fail(v);
    name = v.name;
    const holder = ctx.names.get(name);
    if (holder) return fail(nameConflict(name, holder));
  }
  const imageRun = img.value.image.config.config ?? {};
  const command = resolveCommand(imageRun, o);
  if (isError(command)) return fail(command as ContainerError);

  const id = newId(ctx.random);
  name ??= generateName(ctx.random, id, (n) => ctx.names.has(n));
  const now = ctx.clock.now();
  const hostname = o.hostname ?? shortId(id);
  const config = containerConfig(imageRun, o, hostname, command);

  const mountId = newCacheId(ctx.random);
  const imageLayers: readonly Layer[] = img.value.layers;
  const probe = createUnionMount({ id: `${id}/probe`, lowers: imageLayers, readOnly: true });
  const imageHas = (p: string): boolean => {
    try {
      probe.lstat(p);
      return true;
    } catch (e) {
      if (e instanceof FsError) return false;
      throw e;
    }
  };
  const init = createInitLayer(`${mountId}-init`, imageHas, now);
  const mount = createUnionMount({
    id,
    lowers: [init, ...imageLayers],
    upperId: mountId,
    clock: ctx.clock,
    ...(ctx.storageEmit ? { emit: ctx.storageEmit } : {}),
    ...(o.hostConfig?.readonlyRootfs ? { readOnly: true } : {}),
  });
  const bindFiles = new Map<string, string>([
    ['/etc/hosts', hostsFile('', hostname)],
    ['/etc/hostname', `${hostname}\n`],
    ['/etc/resolv.conf', resolvConfFile()],
  ]);
  const logs = new LogStore();
  const c: Container = {
    id,
    name,
    createdMs: now,
    path: command.path,
    args: command.args,
    config,
    hostConfig: hostConfigOf(o),
    imageId: img.value.image.id,
    ...(img.value.topChainId !== undefined ? { imageTopChainId: img.value.topChainId } : {}),
    imageConfig: imageRun,
    state: newState(),
    restartCount: 0,
    mountId,
    linkId: linkIdOf(mountId),
    initLinkId: linkIdOf(`${mountId}-init`),
    init,
    mount,
    rootfs: withBindFiles(mount, bindFiles, () => ctx.clock.now()),
    bindFiles,
    network: NO_ENDPOINT,
    logs,
    relay: newRelay(ctx, { logs, config }),
    execs: new Map(),
    hasBeenStarted: false,
    manuallyStopped: false,
    restartDelayMs: 0,
    exitWaiters: [],
    removeWaiters: [],
    nextPid: 7,
  };
  if (img.value.topChainId !== undefined) ctx.images.retainLayer(img.value.topChainId);
  ctx.containers.set(id, c);
  ctx.names.set(name, id);
  touch(ctx);
  ctx.emit({ type: 'container/created', ...who(ctx, c), imageId: img.value.image.id });
  return ok({ id, warnings: [] });
}
