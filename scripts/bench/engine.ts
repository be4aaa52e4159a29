// Engine time per command: a fixed mixed script typed into the same lab the page and the
// transcript runner build, timed from input to the console being idle again (the next prompt is
// up). Run by bench.mjs with tsx; prints one JSON object on stdout.

import { performance } from 'node:perf_hooks';
import { createLab } from '../../src/lab/lab';

// A learner's mix. Lines the shell cannot run yet still count: they cost a parse and a
// "command not found", and they start measuring real work the day the command lands.
const SCRIPT: readonly string[] = [
  'echo hello world',
  'help',
  'echo "quoted   spaces" and \'single\'',
  'history',
  'nosuchcommand --flag',
  'ls /',
  'cd /tmp && pwd',
  'echo one two three | wc -w',
  'echo $HOME',
  'pwd',
  'ls -la /etc',
  'cat /etc/hostname',
  'mkdir -p /tmp/bench/a/b',
  'echo hi > /tmp/bench/f.txt',
  'cat /tmp/bench/f.txt',
  'true && echo ok || echo no',
  'false || echo recovered',
  'for i in 1 2 3; do echo $i; done',
  'export X=1; echo $X',
  'grep root /etc/passwd',
  'seq 1 50 | sort -r | head -5',
  'env | sort',
  'docker --version',
  'docker images',
  'docker ps -a',
  'history | tail -3',
  'clear',
  'echo $?',
  'typo-again',
  'echo done',
];
const REPETITIONS = 20;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  if (s.length === 0) return NaN;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? NaN
  );
}

async function once(samples: number[], perLine: number[][]): Promise<void> {
  // A fresh lab per repetition: every pass starts from the same state (same cwd, same history).
  const lab = createLab({ seed: 1, yieldToHost: () => new Promise((r) => setImmediate(r)) });
  void lab.start();
  await lab.console.whenIdle();
  for (const [i, line] of SCRIPT.entries()) {
    const t0 = performance.now();
    lab.console.input(`${line}\r`);
    await lab.console.whenIdle();
    const ms = performance.now() - t0;
    samples.push(ms);
    perLine[i]?.push(ms);
  }
  lab.stop();
  lab.console.input('\x04');
}

async function main(): Promise<void> {
  const samples: number[] = [];
  const perLine = SCRIPT.map((): number[] => []);
  const started = performance.now();
  for (let i = 0; i < REPETITIONS; i++) await once(samples, perLine);
  const sorted = [...samples].sort((a, b) => a - b);
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  // Where the time goes: the lines whose median is highest.
  const slowest = SCRIPT.map((line, i) => ({ line, medianMs: r3(median(perLine[i] ?? [])) }))
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, 5);
  const report = {
    commandsPerRepetition: SCRIPT.length,
    repetitions: REPETITIONS,
    labPerRepetition: true,
    samples: samples.length,
    medianMs: r3(median(samples)),
    p95Ms: r3(percentile(sorted, 95)),
    maxMs: r3(sorted[sorted.length - 1] ?? NaN),
    totalMs: r3(performance.now() - started),
    slowest,
  };
  // Exit explicitly once written: a shell loop still waiting on some lab must not keep us alive.
  process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
}

main().catch((e: unknown) => {
  process.stderr.write(`engine bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
