// npm run --silent transcript -- [--seed N] [--lang en|zh-CN] [--json] FILE   (FILE '-' = stdin)
// Types each line of FILE into a fresh lab and prints what the terminal shows. Exits 0 when the
// transcript ran (whatever the commands' exit codes), 2 on bad usage or input, 1 with the stack
// when the lab itself threw.

import { readFileSync } from 'node:fs';
import { runTranscript } from '../src/lab/transcript';

const USAGE = 'usage: npm run --silent transcript -- [--seed N] [--lang en|zh-CN] [--json] FILE';

function fail(message: string): never {
  process.stderr.write(`transcript: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { seed: number; json: boolean; file: string } {
  let seed = 1;
  let json = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--seed') {
      const v = argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) fail(`--seed needs a whole number\n${USAGE}`);
      seed = Number(v);
    } else if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'en' && v !== 'zh-CN') fail(`--lang must be en or zh-CN\n${USAGE}`);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') fail(`unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else fail(`only one FILE, got ${file} and ${a}\n${USAGE}`);
  }
  if (file === undefined) fail(`no FILE given\n${USAGE}`);
  return { seed, json, file };
}

function readInput(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`${file}: no such file`);
    if (code === 'EISDIR') fail(`${file}: is a directory`);
    fail(`${file}: cannot read (${code ?? String(e)})`);
  }
  if (buf.length === 0) fail(`${file}: empty file, nothing to type`);
  if (buf.includes(0)) fail(`${file}: binary file (contains NUL bytes), not a transcript`);
  const text = buf.toString('utf8');
  if (text.includes('\ufffd') && !buf.includes(Buffer.from('\ufffd'))) {
    fail(`${file}: not valid UTF-8 text`);
  }
  return text;
}

async function main(): Promise<void> {
  const { seed, json, file } = parseArgs(process.argv.slice(2));
  const text = readInput(file);
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const result = await runTranscript(lines, {
    seed,
    yieldToHost: () => new Promise((r) => setImmediate(r)),
    delay: (ms) => new Promise((r) => setTimeout(r, ms).unref()),
  });
  process.stdout.write(json ? `${JSON.stringify(result.entries, null, 2)}\n` : result.plain);
}

main().catch((e: unknown) => {
  process.stderr.write(`transcript: the lab threw\n${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
