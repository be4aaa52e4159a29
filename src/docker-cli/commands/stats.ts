// docker stats / docker container stats: one table of samples (--no-stream), or a table redrawn
// every half second (`ESC[2J ESC[H`) until Ctrl+C. The lab's figures are static and plausible
// (see the containers engine's stats.ts); the output does not say so, docker would not either.

import type { Engine } from '../../engine/engine';
import type { StatsSample } from '../../engine/containers';
import { flagBool, flagString } from '../flags/accessors';
import { formatTable } from '../format/format-table';
import { goStruct } from '../format/go-values';
import { truncateId } from '../format/ids';
import { bytesSize, humanSizeWithPrecision } from '../format/units';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';

const DEFAULT =
  'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const HEADERS = {
  Container: 'CONTAINER',
  ID: 'CONTAINER ID',
  Name: 'NAME',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

function statsContext(s: StatsSample, container: string, trunc: boolean): object {
  const io = (a: number, b: number): string =>
    `${humanSizeWithPrecision(a, 3)} / ${humanSizeWithPrecision(b, 3)}`;
  return goStruct('*formatter.statsContext', {
    get BlockIO() {
      return io(s.blockRead, s.blockWrite);
    },
    get CPUPerc() {
      return `${s.cpuPercent.toFixed(2)}%`;
    },
    get Container() {
      return container;
    },
    get ID() {
      return trunc ? truncateId(s.id) : s.id;
    },
    get MemPerc() {
      return `${s.memPercent.toFixed(2)}%`;
    },
    get MemUsage() {
      return `${bytesSize(s.memUsage)} / ${bytesSize(s.memLimit)}`;
    },
    get Name() {
      return s.name === '' ? '--' : s.name;
    },
    get NetIO() {
      return io(s.netRx, s.netTx);
    },
    get PIDs() {
      return String(s.pids);
    },
  });
}

export const stats: DockerSubcommand<Engine> = {
  spec: specFromHelp('stats'),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const format = flagString(p, 'format') || 'table';
    const trunc = !flagBool(p, 'no-trunc');
    const named = p.args.length > 0;
    const render = (): { ok: true; text: string } | { ok: false; error: string } => {
      const refs = named
        ? [...p.args]
        : (() => {
            const l = api.listContainers({ all: flagBool(p, 'all') });
            return l.ok ? l.value.map((c) => c.Id) : [];
          })();
      const rows: object[] = [];
      for (const ref of refs) {
        const s = api.containerStats(ref);
        if (!s.ok) return { ok: false, error: `Error response from daemon: ${s.error.message}` };
        rows.push(statsContext(s.value, named ? ref : truncateId(s.value.id), trunc));
      }
      const out = formatTable(rows, format, { headers: HEADERS, defaultTable: DEFAULT });
      return out.ok ? { ok: true, text: out.output } : { ok: false, error: out.error };
    };
    const first = render();
    if (!first.ok) {
      ctx.stderr.write(`${first.error}\n`);
      return 1;
    }
    if (flagBool(p, 'no-stream')) {
      ctx.stdout.write(first.text);
      return 0;
    }
    let frame: ReturnType<typeof render> = first;
    for (;;) {
      if (!frame.ok) {
        ctx.stderr.write(`${frame.error}\n`);
        return 1;
      }
      ctx.stdout.write(`\x1b[2J\x1b[H${frame.text}`);
      if (!(await ctx.sleep(500))) return 130;
      await api.settle();
      frame = render();
    }
  },
};
