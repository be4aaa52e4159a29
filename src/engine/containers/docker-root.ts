// The containers' share of the host's /var/lib/docker, merged with the image store's share into
// the one DockerRootState storage's host view is generated from. A new object whenever either side
// changed (the images part's identity, the containers' version), the same object otherwise.
//
// containers/<id>/ files are captured when the state is rebuilt: the json log there shows what was
// written up to the last change of state (a log line alone does not rebuild the host view).

import type { ImagesApi } from '../images';
import type { ContainerRecord, DockerRootState } from '../storage';
import type { Ctx } from './context';
import { rfc3339NanoFixed } from './logs';
import type { Container } from './types';

function files(c: Container): Record<string, string> {
  const log = c.logs
    .all()
    .map(
      (e) =>
        `${JSON.stringify({ log: e.text, stream: e.stream, time: rfc3339NanoFixed(e.timeMs) })}\n`,
    )
    .join('');
  return {
    'config.v2.json': JSON.stringify({
      ID: c.id,
      Name: `/${c.name}`,
      Created: new Date(c.createdMs).toISOString(),
      Path: c.path,
      Args: c.args,
      Config: c.config,
      Image: c.imageId,
      Driver: 'overlay2',
      RestartCount: c.restartCount,
      State: {
        Running: c.state.running,
        Paused: c.state.paused,
        ExitCode: c.state.exitCode,
        Pid: c.state.pid,
      },
    }),
    'hostconfig.json': JSON.stringify(c.hostConfig),
    hostname: c.bindFiles.get('/etc/hostname') ?? '',
    hosts: c.bindFiles.get('/etc/hosts') ?? '',
    'resolv.conf': c.bindFiles.get('/etc/resolv.conf') ?? '',
    'resolv.conf.hash': '',
    [`${c.id}-json.log`]: log,
  };
}

export function containerRecord(c: Container): ContainerRecord {
  return {
    id: c.id,
    mountId: c.mountId,
    linkId: c.linkId,
    initLinkId: c.initLinkId,
    init: c.init,
    upper: c.mount.upper,
    imageChainId: c.imageTopChainId ?? ('sha256:' as const),
    running: c.state.running && !c.state.restarting,
    files: files(c),
    createdMs: c.createdMs,
  };
}

export function memoDockerRoot(
  ctx: Ctx,
  images: ImagesApi,
  engineId: string,
): () => DockerRootState {
  let lastImages: unknown;
  let lastVersion = -1;
  let state: DockerRootState | undefined;
  return () => {
    const part = images.dockerRoot();
    if (!state || part !== lastImages || ctx.version !== lastVersion) {
      state = {
        ...part,
        containers: [...ctx.containers.values()].map(containerRecord),
        engineId,
      };
      lastImages = part;
      lastVersion = ctx.version;
    }
    return state;
  };
}
