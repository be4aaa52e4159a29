// For tests: a real ConsoleCore with a real shell on a memory filesystem that offers coreutils
// and the editors, plus a small screen model (rows × columns, CSI H/K/J, the alternate screen)
// to read what the editor shows. Not part of the lab's runtime.

import { ConsoleCore } from '../../../console/console';
import { createManualClock } from '../../../engine/clock/clock';
import { createMemoryFs } from '../../../engine/storage';
import { coreutils } from '../../coreutils';
import { createShell, type Shell } from '../../create-shell';
import type { Command } from '../../types';
import { editors } from './index';

/** A terminal grid that applies what the editors write. */
export class GridScreen {
  private grid: string[][];
  private saved: string[][] | null = null;
  row = 0;
  col = 0;
  alternate = false;

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.grid = this.blank();
  }

  private blank(): string[][] {
    return Array.from({ length: this.rows }, () => Array<string>(this.columns).fill(' '));
  }

  feed(data: string): void {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (ch === '\x1b' && data[i + 1] === '[') {
        let j = i + 2;
        while (j < data.length && !/[@-~]/.test(data[j] as string)) j++;
        this.csi(data.slice(i + 2, j), data[j] ?? '');
        i = j;
      } else if (ch === '\r') this.col = 0;
      else if (ch === '\n') this.row = Math.min(this.rows - 1, this.row + 1);
      else if (ch >= ' ') {
        const line = this.grid[this.row];
        if (line && this.col < this.columns) line[this.col] = ch;
        this.col++;
      }
    }
  }

  private csi(params: string, final: string): void {
    if (params === '?1049') {
      if (final === 'h') {
        this.saved = this.grid;
        this.grid = this.blank();
        this.alternate = true;
      } else if (this.saved) {
        this.grid = this.saved;
        this.saved = null;
        this.alternate = false;
      }
      return;
    }
    if (params.startsWith('?')) return;
    const n = params.split(';').map((p) => (p === '' ? 1 : Number(p)));
    if (final === 'H') {
      this.row = (n[0] ?? 1) - 1;
      this.col = (n[1] ?? 1) - 1;
    } else if (final === 'K') {
      const line = this.grid[this.row];
      if (line) for (let c = this.col; c < this.columns; c++) line[c] = ' ';
    } else if (final === 'J' && params === '2') this.grid = this.blank();
  }

  /** The screen's text, one string per row, trailing blanks trimmed. */
  lines(): string[] {
    return this.grid.map((r) => r.join('').replace(/\s+$/, ''));
  }

  text(): string {
    return this.lines().join('\n');
  }
}

export interface TestTerminal {
  readonly console: ConsoleCore;
  readonly screen: GridScreen;
  readonly fs: ReturnType<typeof createMemoryFs>;
  readonly shell: Shell;
  /** Everything written to the terminal so far. */
  output(): string;
  /** Start a command line (vi x); `done` resolves with its status when it finishes. */
  start(line: string): Promise<{ done: Promise<number> }>;
  /** Type keys and wait until the program waits for more. */
  keys(data: string): Promise<void>;
  /** Run a whole command line that reads nothing (cat, ls) and return what it printed. */
  run(line: string): Promise<string>;
}

export function createTestTerminal(
  options: { columns?: number; rows?: number; commands?: Record<string, Command> } = {},
): TestTerminal {
  const columns = options.columns ?? 80;
  const rows = options.rows ?? 24;
  const clock = createManualClock();
  const fs = createMemoryFs(clock);
  for (const d of ['/root', '/tmp', '/usr/bin', '/etc']) fs.mkdir(d, { recursive: true });
  fs.symlink('usr/bin', '/bin');
  const commands = { ...coreutils, ...editors, ...(options.commands ?? {}) };
  for (const name of ['sh', 'bash', ...Object.keys(commands)])
    fs.writeFile(`/usr/bin/${name}`, { kind: 'blob', size: 100, digest: name }, { mode: 0o755 });
  const shell = createShell({
    fs,
    clock,
    commands,
    flavor: 'host',
    system: { hostname: 'layerlab' },
  });
  const consoleCore = new ConsoleCore({ columns, rows });
  const screen = new GridScreen(columns, rows);
  let out = '';
  consoleCore.onOutput((d) => {
    out += d;
    screen.feed(d);
  });
  let running: Promise<number> | null = null;
  const settle = async (): Promise<void> => {
    // Let the program run until it reads the terminal again or finishes.
    const finished = running ? running.then(() => true) : Promise.resolve(true);
    await Promise.race([consoleCore.whenIdle(), finished]);
  };
  return {
    console: consoleCore,
    screen,
    fs,
    shell,
    output: () => out,
    async start(line) {
      const done = shell.run(line, consoleCore);
      running = done;
      await settle();
      return { done };
    },
    async keys(data) {
      consoleCore.input(data);
      await settle();
    },
    async run(line) {
      const before = out.length;
      await shell.run(line, consoleCore);
      return out.slice(before).replace(/\r\n/g, '\n');
    },
  };
}
