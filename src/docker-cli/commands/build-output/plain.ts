// BuildKit's plain printer (progressui/printer.go), used for --progress=plain and whenever
// stderr is not a terminal: `#N name`, sub-statuses `#N text done`, step output with its time
// since the step began (`#7 0.254 Collecting flask`), then `#N DONE 0.3s`, `#N CACHED` or
// `#N ERROR: …`, a blank line between vertices.

import type { BuildProgress, Vertex } from '../../../engine/build/builder';
import type { OutputStream } from '../../../shell/types';

export class PlainPrinter {
  private readonly seen = new Map<number, Vertex>();
  private readonly printedStatus = new Set<string>();
  private current = -1;

  constructor(private readonly out: OutputStream) {
    out.write('#0 building with "default" instance using docker driver\n');
  }

  private focus(v: Vertex): void {
    if (this.current === v.index) return;
    this.current = v.index;
    this.out.write(`\n#${v.index} ${v.name}\n`);
  }

  update(p: BuildProgress): void {
    if (p.type === 'stream' || p.type === 'pending') return;
    if (p.type === 'log') {
      const v = this.seen.get(p.vertex);
      if (!v) return;
      this.focus(v);
      const t = ((p.atMs - v.startedMs) / 1000).toFixed(3);
      this.out.write(`#${v.index} ${t} ${p.text.endsWith('\n') ? p.text : `${p.text}\n`}`);
      return;
    }
    const v = p.vertex;
    const first = !this.seen.has(v.index);
    this.seen.set(v.index, v);
    if (first) this.focus(v);
    for (const st of v.statuses) {
      if (st.completedMs === undefined) continue;
      const key = `${v.index}\0${st.id}`;
      if (this.printedStatus.has(key)) continue;
      this.printedStatus.add(key);
      this.focus(v);
      const dt = (st.completedMs - st.startedMs) / 1000;
      if (dt >= 0.05) {
        this.out.write(`#${v.index} ${st.text}\n`);
        this.out.write(`#${v.index} ${st.text} ${dt.toFixed(1)}s done\n`);
      } else this.out.write(`#${v.index} ${st.text} done\n`);
    }
    if (v.completedMs !== undefined) {
      this.focus(v);
      if (v.error !== undefined) this.out.write(`#${v.index} ERROR: ${v.error}\n`);
      else if (v.cached) this.out.write(`#${v.index} CACHED\n`);
      else {
        let dt = (v.completedMs - v.startedMs) / 1000;
        if (dt < 0.05) dt = 0;
        this.out.write(`#${v.index} DONE ${dt.toFixed(1)}s\n`);
      }
    }
  }

  finish(): void {
    this.out.write('\n');
  }
}
