// docker's formatter.ContainerContext: one row of `docker ps` as templates see it (FIDELITY
// §1.1). Fields are getters so costly ones run only when a format names them; `--format json`
// marshals them all, sorted, as docker marshals a context through a map.

import type { ContainerSummary } from '../../../engine/containers';
import { parseNormalizedNamed, familiarString } from '../../../engine/images';
import { ago } from '../../format/duration';
import { goStruct } from '../../format/go-values';
import { ellipsis, goQuote, truncateId } from '../../format/ids';
import { displayablePorts } from '../../format/ports';
import { humanSizeWithPrecision } from '../../format/units';
import { goTimeString } from './output';

export const CONTAINER_HEADERS: Readonly<Record<string, string>> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
};

export const DEFAULT_CONTAINER_TABLE =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

const RAW = `container_id: {{.ID}}
image: {{.Image}}
command: {{.Command}}
created_at: {{.CreatedAt}}
state: {{- pad .State 1 0}}
status: {{- pad .Status 1 0}}
names: {{.Names}}
labels: {{- pad .Labels 1 0}}
ports: {{- pad .Ports 1 0}}
`;

/** formatter.NewContainerFormat. */
export function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table') {
    if (quiet) return '{{.ID}}';
    return size ? `${DEFAULT_CONTAINER_TABLE}\t{{.Size}}` : DEFAULT_CONTAINER_TABLE;
  }
  if (source === 'raw') {
    if (quiet) return 'container_id: {{.ID}}';
    return size ? `${RAW}size: {{.Size}}\n` : RAW;
  }
  return source;
}

/** ContainerContext.Image(): the name as given, its digest dropped, or a short image ID. */
export function displayImage(image: string, imageId: string, trunc: boolean): string {
  if (image === '') return '<no image>';
  if (!trunc) return image;
  const short = truncateId(imageId);
  if (short === truncateId(image)) return short;
  const ref = parseNormalizedNamed(image);
  if (!ref.ok) return image;
  const { digest: _digest, ...named } = ref.value;
  void _digest;
  return familiarString(named);
}

/** The port list in the shape the PORTS formatter wants. */
export function summaryPorts(c: ContainerSummary): string {
  return displayablePorts(
    c.Ports.map((p) => ({
      ...(p.IP !== undefined ? { ip: p.IP } : {}),
      privatePort: p.PrivatePort,
      ...(p.PublicPort !== undefined ? { publicPort: p.PublicPort } : {}),
      type: p.Type,
    })),
  );
}

/** A row as the template sees it (`*formatter.ContainerContext`). */
export function containerContext(c: ContainerSummary, trunc: boolean, nowMs: number): object {
  return goStruct('*formatter.ContainerContext', {
    get Command() {
      return goQuote(trunc ? ellipsis(c.Command, 20) : c.Command);
    },
    get CreatedAt() {
      return goTimeString(c.Created);
    },
    get ID() {
      return trunc ? truncateId(c.Id) : c.Id;
    },
    get Image() {
      return displayImage(c.Image, c.ImageID, trunc);
    },
    get Labels() {
      return Object.keys(c.Labels)
        .sort()
        .map((k) => `${k}=${c.Labels[k]}`)
        .join(',');
    },
    Label(name: string): string {
      return c.Labels[name] ?? '';
    },
    get LocalVolumes() {
      return '0';
    },
    get Mounts() {
      return '';
    },
    get Names() {
      const names = c.Names.map((n) => n.replace(/^\//, ''));
      if (trunc) {
        const plain = names.find((n) => !n.includes('/'));
        if (plain !== undefined) return plain;
      }
      return names.join(',');
    },
    get Networks() {
      const mode = c.HostConfig.NetworkMode;
      return mode === 'default' ? 'bridge' : mode;
    },
    get Ports() {
      return summaryPorts(c);
    },
    get RunningFor() {
      return ago(c.Created * 1000, nowMs);
    },
    get Size() {
      const rw = humanSizeWithPrecision(c.SizeRw ?? 0, 3);
      const rootFs = c.SizeRootFs ?? 0;
      return rootFs > 0 ? `${rw} (virtual ${humanSizeWithPrecision(rootFs, 3)})` : rw;
    },
    get State() {
      return c.State;
    },
    get Status() {
      return c.Status;
    },
  });
}
