// docker history / docker image history (FIDELITY §1.3): newest first; CREATED BY with tabs
// as spaces, cut to 45 cells with `…`; `<missing>` below the top for pulled images; -H=false
// prints RFC 3339 times and byte counts; -q the IDs only.

import type { Engine } from '../../engine/engine';
import type { HistoryItem } from '../../engine/images';
import { ago } from '../format/duration';
import { formatTable } from '../format/format-table';
import { goStruct } from '../format/go-values';
import { ellipsis, truncateId } from '../format/ids';
import { humanSizeWithPrecision } from '../format/units';
import { flagBool, flagChanged, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError, goRfc3339, isLabPlatform, labNote } from './lib/output';

const DEFAULT_TABLE =
  'table {{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const NON_HUMAN_TABLE = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const HEADERS = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};
/** Created times up to 2000-01-01 are shown as N/A (formatter_history.go). */
const EPOCH_2000 = Date.UTC(2000, 0, 1) / 1000;

function historyContext(h: HistoryItem, trunc: boolean, human: boolean, nowMs: number): object {
  return goStruct('*image.historyContext', {
    get Comment() {
      return h.comment;
    },
    get CreatedAt() {
      return goRfc3339(h.created);
    },
    get CreatedBy() {
      const by = h.createdBy.replace(/\t/g, ' ');
      return trunc ? ellipsis(by, 45) : by;
    },
    get CreatedSince() {
      if (!human) return goRfc3339(h.created);
      return h.created <= EPOCH_2000 ? '' : ago(h.created * 1000, nowMs);
    },
    get ID() {
      return trunc ? truncateId(h.id) : h.id;
    },
    get Size() {
      return human ? humanSizeWithPrecision(h.size, 3) : String(h.size);
    },
  });
}

export const history: DockerSubcommand<Engine> = {
  spec: specFromHelp('history', { minArgs: 1, maxArgs: 1 }),
  run(p, ctx, engine) {
    const platform = flagString(p, 'platform');
    if (flagChanged(p, 'platform') && platform !== '' && !isLabPlatform(platform))
      return labNote(
        ctx,
        `the lab's images are linux/amd64 only; 'docker history --platform ${platform}' is not modelled`,
      );
    const r = engine.images.imageHistory(p.args[0] as string);
    if (!r.ok) return daemonError(ctx, r.error.message);
    // -H defaults to true: `-H=false` turns it off.
    const human = flagBool(p, 'human');
    const source = flagString(p, 'format') || 'table';
    const format =
      source === 'table'
        ? flagBool(p, 'quiet')
          ? '{{.ID}}'
          : human
            ? DEFAULT_TABLE
            : NON_HUMAN_TABLE
        : source;
    const trunc = !flagBool(p, 'no-trunc');
    const now = engine.clock.now();
    const rows = r.value.map((h) => historyContext(h, trunc, human, now));
    const out = formatTable(rows, format, { headers: HEADERS, defaultTable: DEFAULT_TABLE });
    if (!out.ok) {
      ctx.stderr.write(`${out.error}\n`);
      return 1;
    }
    ctx.stdout.write(out.output);
    return 0;
  },
};
