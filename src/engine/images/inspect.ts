// `docker image inspect` (API 1.50, FIDELITY §6.1): keys in the daemon's struct order; Config keys
// in the container.Config order, empty ones left out; GraphDriver paths of the top layer.

import { DOCKER_ROOT, layerChain, type DockerRootState } from '../storage';
import type { ImageError } from './errors';
import type { ImageRunConfig } from './catalog/types';
import { rfc3339Nano } from './image-config';
import { imageSize, referencesOf, topChainId, type ImageStore } from './image-store';
import { findImage } from './lookup';
import { familiarString } from './reference';
import { ok, type Result } from './result';

export interface ImageInspect {
  readonly Id: string;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  readonly Parent: string;
  readonly Comment: string;
  readonly Created: string;
  readonly DockerVersion: string;
  readonly Author: string;
  readonly Config: ImageRunConfig;
  readonly Architecture: string;
  readonly Variant?: string;
  readonly Os: string;
  readonly Size: number;
  readonly GraphDriver: {
    readonly Data: Readonly<Record<string, string>>;
    readonly Name: 'overlay2';
  };
  readonly RootFS: { readonly Type: 'layers'; readonly Layers: readonly string[] };
  readonly Metadata: { readonly LastTagTime: string };
}

const CONFIG_ORDER: readonly (keyof ImageRunConfig)[] = [
  'User',
  'ExposedPorts',
  'Env',
  'Entrypoint',
  'Cmd',
  'Volumes',
  'WorkingDir',
  'Labels',
  'StopSignal',
  'ArgsEscaped',
  'OnBuild',
  'Shell',
];

function orderedConfig(c: ImageRunConfig | undefined): ImageRunConfig {
  const out: Record<string, unknown> = {};
  for (const k of CONFIG_ORDER) {
    const v = c?.[k];
    const empty =
      v === undefined ||
      v === null ||
      v === '' ||
      v === false ||
      (Array.isArray(v) && v.length === 0) ||
      (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
    if (!empty) out[k] = v;
  }
  return out as ImageRunConfig;
}

export function inspectImage(
  s: ImageStore,
  state: Pick<DockerRootState, 'layers'>,
  refOrId: string,
): Result<ImageInspect, ImageError> {
  const found = findImage(s, refOrId);
  if (!found.ok) return found;
  const img = found.value.image;
  const c = img.config;
  const refs = referencesOf(s, img.id);
  const chain = layerChain(state as DockerRootState, topChainId(img));
  const [top, ...lowers] = chain;
  const dir = (id: string) => `${DOCKER_ROOT}/overlay2/${id}`;
  const data: Record<string, string> = {};
  if (top) {
    if (lowers.length > 0) data['LowerDir'] = lowers.map((l) => `${dir(l.cacheId)}/diff`).join(':');
    data['MergedDir'] = `${dir(top.cacheId)}/merged`;
    data['UpperDir'] = `${dir(top.cacheId)}/diff`;
    data['WorkDir'] = `${dir(top.cacheId)}/work`;
  }
  const history = c.history ?? [];
  return ok({
    Id: img.id,
    RepoTags: refs.filter((r) => r.tag !== undefined).map(familiarString),
    RepoDigests: refs.filter((r) => r.digest !== undefined).map(familiarString),
    Parent: img.parent ?? '',
    Comment: c.comment ?? history[history.length - 1]?.comment ?? '',
    Created: c.created ?? '0001-01-01T00:00:00Z',
    DockerVersion: c.docker_version ?? '',
    Author: c.author ?? '',
    Config: orderedConfig(c.config),
    Architecture: c.architecture,
    ...(c.variant ? { Variant: c.variant } : {}),
    Os: c.os,
    Size: imageSize(s, img),
    GraphDriver: { Data: data, Name: 'overlay2' },
    RootFS: { Type: 'layers', Layers: c.rootfs.diff_ids },
    Metadata: {
      LastTagTime:
        img.lastTagMs === undefined ? '0001-01-01T00:00:00Z' : rfc3339Nano(img.lastTagMs),
    },
  });
}
