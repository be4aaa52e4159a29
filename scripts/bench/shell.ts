// Shell interpreter figures: µs per evaluation step for a few loop shapes, and ms for a
// 30-command `&&` line of builtins. Prints one JSON object on stdout (medians of several runs).
// Run: npx tsx scripts/bench/shell.ts
//
// A step is what the budget counts (README decision 7): each simple command, loop iteration and
// function call. `while [ $i -lt N ]; do i=$((i+1)); done` is 3 steps per iteration.

import { performance } from 'node:perf_hooks';
import { createManualClock } from '../../src/engine/clock/clock';
import { createMemoryFs } from '../../src/engine/storage';
import { createShell, type Shell } from '../../src/shell/create-shell';
import { DEFAULT_STEP_LIMIT } from '../../src/shell/interp/budget';
import type { OutputStream } from '../../src/shell/types';

const RUNS = 7;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const sink: OutputStream = { write() {}, isTTY: false, columns: 80 };

function newShell(): Shell {
  const clock = createManualClock();
  const fs = createMemoryFs(clock);
  for (const d of ['/root', '/tmp', '/bin', '/usr/bin']) fs.mkdir(d, { recursive: true });
  return createShell({ fs, clock, stepLimit: 50_000_000 });
}

async function timeRun(source: string): Promise<{ ms: number; steps: number }> {
  const shell = newShell();
  const t = performance.now();
  const status = await shell.execute(source, { stdout: sink, stderr: sink });
  const ms = performance.now() - t;
  if (status !== 0) throw new Error(`bench script failed (${status}): ${source.slice(0, 60)}`);
  return { ms, steps: shell.lastSteps };
}

async function perStep(source: string): Promise<{ usPerStep: number; steps: number }> {
  await timeRun(source); // warm up
  const us: number[] = [];
  let steps = 0;
  for (let r = 0; r < RUNS; r++) {
    const m = await timeRun(source);
    steps = m.steps;
    us.push((m.ms * 1000) / m.steps);
  }
  return { usPerStep: Number(median(us).toFixed(3)), steps };
}

const N = 100_000;
const SHAPES: Record<string, string> = {
  whileTestArith: `i=0; while [ $i -lt ${N} ]; do i=$((i+1)); done`,
  whileArithOnly: `i=0; while [ $i -lt ${N} ]; do : $((i++)); done`,
  forList: `for x in $(i=0; while [ $i -lt 20000 ]; do echo $i; i=$((i+1)); done); do y=$x; done`,
  functionCall: `f() { r=$1; }; i=0; while [ $i -lt 30000 ]; do f $i; i=$((i+1)); done`,
  doubleBracket: `i=0; while [[ $i -lt ${N} ]]; do ((i++)); done`,
  arithFor: `for ((i = 0; i < ${N}; i++)); do :; done`,
  arrayAppend: `a=(); i=0; while [ $i -lt 30000 ]; do a+=($i); i=$((i+1)); done`,
  whileReadFile: `i=0; while [ $i -lt 20000 ]; do echo "line $i"; i=$((i+1)); done > /tmp/f; while read a b; do n=$b; done < /tmp/f`,
  caseInLoop: `i=0; while [ $i -lt 30000 ]; do case $i in *5) n=five;; *) n=other;; esac; i=$((i+1)); done`,
};

const AND_LINE = Array.from({ length: 30 }, (_, k) =>
  k % 3 === 0 ? `export V${k}=${k}` : k % 3 === 1 ? `test -n "$V${k - 1}"` : `cd /tmp`,
).join(' && ');

async function andLineMs(): Promise<number> {
  const shell = newShell();
  for (let i = 0; i < 50; i++) await shell.execute(AND_LINE, { stdout: sink, stderr: sink });
  const ms: number[] = [];
  for (let r = 0; r < 200; r++) {
    const t = performance.now();
    await shell.execute(AND_LINE, { stdout: sink, stderr: sink });
    ms.push(performance.now() - t);
  }
  return Number(median(ms).toFixed(4));
}

async function main(): Promise<void> {
  const loops: Record<string, { usPerStep: number; steps: number }> = {};
  for (const [name, src] of Object.entries(SHAPES)) loops[name] = await perStep(src);
  const limitMs = (loops.whileTestArith.usPerStep * DEFAULT_STEP_LIMIT) / 1000;
  const report = {
    node: process.version,
    runs: RUNS,
    usPerStep: loops,
    andLine30BuiltinsMs: await andLineMs(),
    defaultStepLimit: DEFAULT_STEP_LIMIT,
    msToHitDefaultLimit: Number(limitMs.toFixed(0)),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`shell bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
