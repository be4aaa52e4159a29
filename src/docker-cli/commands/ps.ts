// docker ps / docker container ls (FIDELITY §1.1): newest first, running only unless -a (or
// -n/-l), --filter (the daemon checks the keys), -q, -s, --no-trunc, --format (table, raw,
// json, template). A format that names .Size asks the daemon for sizes, as docker does.

import type { Engine } from '../../engine/engine';
import { flagBool, flagChanged, flagList, flagNumber, flagString } from '../flags/accessors';
import { formatTable } from '../format/format-table';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import {
  CONTAINER_HEADERS,
  DEFAULT_CONTAINER_TABLE,
  containerContext,
  containerFormat,
} from './lib/container-context';
import { parseFilters } from './lib/filters';
import { daemonError } from './lib/output';

export const ps: DockerSubcommand<Engine> = {
  spec: specFromHelp('ps', { maxArgs: 0 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    const f = parseFilters(flagList(p, 'filter'), ps.spec.flags, p.commandPath, p.useLine);
    if (!f.ok) {
      ctx.stderr.write(`${f.message}\n`);
      return f.exitCode;
    }
    await api.settle();
    const quiet = flagBool(p, 'quiet');
    let source = flagString(p, 'format') || 'table';
    if (quiet && source !== 'table') {
      ctx.stderr.write(
        'WARNING: Ignoring custom format, because both --format and --quiet are set.\n',
      );
      source = 'table';
    }
    const format = containerFormat(source, quiet, flagBool(p, 'size'));
    // buildContainerListOptions: a template that uses .Size needs the sizes computed.
    const size = flagBool(p, 'size') || (!quiet && /\.Size\b/.test(format));
    const last = flagChanged(p, 'last') ? flagNumber(p, 'last') : -1;
    const list = api.listContainers({
      all: flagBool(p, 'all'),
      ...(last !== -1 ? { last } : {}),
      latest: flagBool(p, 'latest'),
      size,
      filters: f.filters,
    });
    if (!list.ok) return daemonError(ctx, list.error.message);
    const now = engine.clock.now();
    const trunc = !flagBool(p, 'no-trunc');
    const rows = list.value.map((c) => containerContext(c, trunc, now));
    const out = formatTable(rows, format, {
      headers: CONTAINER_HEADERS,
      defaultTable: DEFAULT_CONTAINER_TABLE,
    });
    if (!out.ok) {
      ctx.stderr.write(`${out.error}\n`);
      return 1;
    }
    ctx.stdout.write(out.output);
    return 0;
  },
};
