// docker system df (FIDELITY §1.5): Images, Containers, Local Volumes, Build Cache, always in
// that order; `-v` adds the per-object tables. The Images figures come from the image store;
// containers come through the containers hook (none until that engine is on Engine); volumes
// and the build cache are zero until those engines exist (HOOK: volumes, build cache).

import type { Engine } from '../../engine/engine';
import type { ContainerUsage } from '../../engine/containers';
import type { ImageSummary } from '../../engine/images';
import { ago } from '../format/duration';
import { formatTable } from '../format/format-table';
import { goStruct } from '../format/go-values';
import { ellipsis, goQuote, truncateId } from '../format/ids';
import { humanSize, humanSizeWithPrecision } from '../format/units';
import { flagBool, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { containerUsage } from './lib/containers-hook';
import { IMAGE_HEADERS, imageContext } from './lib/image-context';
import { labNote } from './lib/output';
import { parseNormalizedNamed, familiarName } from '../../engine/images';

const DEFAULT_TABLE = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const RAW =
  'type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n';
const HEADERS = {
  Type: 'TYPE',
  TotalCount: 'TOTAL',
  Active: 'ACTIVE',
  Size: 'SIZE',
  Reclaimable: 'RECLAIMABLE',
};
const IMAGE_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
const CONTAINER_TABLE =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';
const CONTAINER_HEADERS = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  LocalVolumes: 'LOCAL VOLUMES',
  Size: 'SIZE',
  RunningFor: 'CREATED',
  Status: 'STATUS',
  Names: 'NAMES',
};
const VOLUME_TABLE = 'table {{.Name}}\t{{.Links}}\t{{.Size}}';
const VOLUME_HEADERS = { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' };
const CACHE_TABLE =
  'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}';
const CACHE_HEADERS = {
  ID: 'CACHE ID',
  CacheType: 'CACHE TYPE',
  Size: 'SIZE',
  CreatedSince: 'CREATED',
  LastUsedSince: 'LAST USED',
  UsageCount: 'USAGE',
  Shared: 'SHARED',
};

function reclaimable(reclaim: number, total: number): string {
  return total > 0
    ? `${humanSize(reclaim)} (${Math.trunc((reclaim * 100) / total)}%)`
    : humanSize(reclaim);
}

function row(type: string, total: number, active: number, size: string, recl: string): object {
  return goStruct('*formatter.diskUsageContext', {
    Type: type,
    TotalCount: String(total),
    Active: String(active),
    Size: size,
    Reclaimable: recl,
  });
}

function imagesRow(layersSize: number, images: readonly ImageSummary[]): object {
  let used = 0;
  for (const i of images)
    if (i.containers > 0 && i.size !== -1 && i.sharedSize !== -1) used += i.size - i.sharedSize;
  const active = images.filter((i) => i.containers > 0).length;
  return row(
    'Images',
    images.length,
    active,
    humanSize(layersSize),
    reclaimable(layersSize - used, layersSize),
  );
}

const isActive = (c: ContainerUsage) => ['running', 'paused', 'restarting'].includes(c.state);

function containersRow(cs: readonly ContainerUsage[]): object {
  let size = 0;
  let recl = 0;
  for (const c of cs) {
    size += c.sizeRw;
    if (!isActive(c)) recl += c.sizeRw;
  }
  return row(
    'Containers',
    cs.length,
    cs.filter(isActive).length,
    humanSize(size),
    reclaimable(recl, size),
  );
}

function containerContext(c: ContainerUsage, nowMs: number): object {
  return goStruct('*formatter.ContainerContext', {
    ID: truncateId(c.id),
    Image: c.image,
    Command: goQuote(ellipsis(c.command, 20)),
    LocalVolumes: '0',
    Size: humanSizeWithPrecision(c.sizeRw, 3),
    RunningFor: ago(c.createdMs, nowMs),
    Status: c.status,
    Names: c.name.replace(/^\//, ''),
  });
}

/** The first tag only, as the verbose images table shows it. */
function firstTag(i: ImageSummary): { repo: string; tag: string } {
  const t = i.repoTags[0];
  if (t === undefined) return { repo: '<none>', tag: '<none>' };
  const r = parseNormalizedNamed(t);
  if (!r.ok || r.value.tag === undefined) return { repo: '<none>', tag: '<none>' };
  return { repo: familiarName(r.value), tag: r.value.tag };
}

function section(
  title: string,
  rows: readonly object[],
  format: string,
  headers: Record<string, string>,
) {
  const r = formatTable(rows, format, { headers });
  return `${title}\n\n${r.ok ? r.output : ''}`;
}

export const systemDf: DockerSubcommand<Engine> = {
  spec: specFromHelp('system df', { maxArgs: 0 }),
  run(p, ctx, engine) {
    const verbose = flagBool(p, 'verbose');
    const source = flagString(p, 'format') || 'table';
    const du = engine.images.diskUsage();
    const containers = containerUsage(engine);
    const now = engine.clock.now();
    if (verbose) {
      if (source !== 'table')
        return labNote(ctx, "'docker system df -v --format' is not modelled in the lab yet");
      const imageRows = du.images.map((i) =>
        imageContext({ summary: i, ...firstTag(i), digest: '' }, true, now),
      );
      ctx.stdout.write(
        section('Images space usage:', imageRows, IMAGE_TABLE, { ...IMAGE_HEADERS }) +
          section(
            '\nContainers space usage:',
            containers.map((c) => containerContext(c, now)),
            CONTAINER_TABLE,
            CONTAINER_HEADERS,
          ) +
          // HOOK(volumes): no volumes engine yet.
          section('\nLocal Volumes space usage:', [], VOLUME_TABLE, VOLUME_HEADERS) +
          // HOOK(build cache): no builder yet.
          section(`\nBuild cache usage: ${humanSize(0)}`, [], CACHE_TABLE, CACHE_HEADERS),
      );
      return 0;
    }
    const rows = [
      imagesRow(du.layersSize, du.images),
      containersRow(containers),
      // HOOK(volumes): zero until the volumes engine exists.
      row('Local Volumes', 0, 0, humanSize(0), reclaimable(0, 0)),
      // HOOK(build cache): zero until the builder exists; docker shows no percentage here.
      row('Build Cache', 0, 0, humanSize(0), humanSize(0)),
    ];
    const format = source === 'table' ? DEFAULT_TABLE : source === 'raw' ? RAW : source;
    const out = formatTable(rows, format, { headers: HEADERS, defaultTable: DEFAULT_TABLE });
    if (!out.ok) {
      ctx.stderr.write(`${out.error}\n`);
      return 1;
    }
    ctx.stdout.write(out.output);
    return 0;
  },
};
