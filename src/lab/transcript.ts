// The transcript core: types lines into a fresh lab as a learner would and records what the
// terminal shows. Golden tests, lesson validation, fuzzers and `npm run transcript` all use it.

import { renderPlain } from '../console/screen';
import { stripAnsi } from '../console/width';
import { createManualClock, type Clock } from '../engine/clock/clock';
import { createLab } from './lab';
import { preloadLab } from './preload';

export interface TranscriptEntry {
  readonly input: string;
  readonly prompt: string;
  readonly output: string;
  readonly exitCode: number | null;
}

export interface TranscriptResult {
  /** Everything the terminal showed, ANSI stripped, progress collapsed. */
  readonly plain: string;
  readonly entries: TranscriptEntry[];
}

export interface TranscriptOptions {
  readonly seed?: number;
  /** How long one typed line may keep the lab busy in real time before we call it hung. */
  readonly lineTimeoutMs?: number;
  /** Let other macrotasks run (Node: setImmediate). */
  readonly yieldToHost?: () => Promise<void>;
  readonly delay?: (ms: number) => Promise<void>;
}

/**
 * What a transcript line sends: `^C`, `^D`, `^P^Q` and `^[` (Escape, for vi) are keys; anything
 * else is typed, then Enter.
 */
export function keysForLine(line: string): string {
  if (line === '^C') return '\x03';
  if (line === '^D') return '\x04';
  if (line === '^P^Q') return '\x10\x11';
  if (line === '^[') return '\x1b';
  return `${line}\r`;
}

/** Host turns of silence, with nothing reading, after which the lab counts as waiting. */
const STALL_TURNS = 50;

/**
 * Lab time after which a key line (`^C`, `^D`, `^P^Q`, `^[`) is typed though nothing reads the
 * terminal: the program before it runs on lab time and never ends by itself (`ping` without
 * `-c`, `tail -f`, a `while true` loop with `sleep`). The learner watches it for this long, then
 * presses the key. Lab time, not real time, so the cut falls at the same place on every run.
 */
export const KEY_AFTER_LAB_MS = 10_000;

function isKeyLine(line: string | undefined): boolean {
  return line !== undefined && keysForLine(line) !== `${line}\r`;
}

export class LabHungError extends Error {
  readonly code = 'LAB_HUNG';
  constructor(line: string, ms: number) {
    super(`the lab did not become ready for input within ${ms} ms after: ${line}`);
  }
}

export async function runTranscript(
  lines: readonly string[],
  options: TranscriptOptions = {},
): Promise<TranscriptResult> {
  // The lab yields to the host while it computes; counting those yields tells a busy lab from
  // one that waits on something no key can wake but Ctrl+C (a foreground server).
  const hostYield = options.yieldToHost;
  let labYields = 0;
  // The lab's clock, watched: an alarm rings when lab time reaches a deadline.
  const base = createManualClock();
  let alarm: { readonly at: number; readonly ring: () => void } | null = null;
  const clock: Clock = {
    now: () => base.now(),
    advance(ms) {
      base.advance(ms);
      if (alarm && base.now() >= alarm.at) {
        const a = alarm;
        alarm = null;
        a.ring();
      }
    },
  };
  const lab = createLab({
    seed: options.seed ?? 1,
    clock,
    columns: 80,
    rows: 24,
    wrapColumns: Number.MAX_SAFE_INTEGER,
    ...(hostYield
      ? {
          yieldToHost: () => {
            labYields++;
            return hostYield();
          },
        }
      : {}),
  });
  let raw = '';
  interface Mark {
    kind: 'prompt' | 'submit';
    at: number;
    prompt: string;
    exitCode: number | null;
  }
  const marks: Mark[] = [];
  lab.console.onOutput((d) => {
    raw += d;
  });
  lab.console.onMarker((m) => {
    if (m.kind === 'prompt')
      marks.push({ kind: 'prompt', at: raw.length, prompt: m.prompt, exitCode: m.exitCode });
    else marks.push({ kind: 'submit', at: raw.length, prompt: '', exitCode: null });
  });

  await preloadLab(lab);
  let failure: unknown = null;
  const done = lab.start().catch((e: unknown) => {
    failure = e;
  });
  const timeout = options.lineTimeoutMs ?? 10_000;
  type Wait = 'idle' | 'done' | 'stalled' | 'watched';
  /**
   * Resolves 'stalled' when nothing reads the terminal yet the lab has gone quiet: no output,
   * no prompt, no yield of its own for STALL_TURNS host turns in a row. A real terminal takes
   * keys then too (Ctrl+C reaches the foreground job), so the next line is typed.
   */
  const whenStalled = async (stop: { done: boolean }): Promise<Wait> => {
    if (!hostYield) return new Promise<Wait>(() => undefined);
    const snapshot = (): string => `${raw.length}:${marks.length}:${labYields}`;
    let last = snapshot();
    let quiet = 0;
    while (!stop.done) {
      await hostYield();
      const now = snapshot();
      if (now !== last) {
        last = now;
        quiet = 0;
      } else if (++quiet >= STALL_TURNS && !lab.console.reading) return 'stalled';
    }
    return 'idle';
  };
  interface Typed {
    input: string;
    at: number;
    mark: number;
    prompt: string;
  }
  const typed: Typed[] = [];
  const typeLine = (line: string): void => {
    const lastPrompt = marks.findLast((m) => m.kind === 'prompt');
    typed.push({
      input: line,
      at: raw.length,
      mark: marks.length,
      prompt: lastPrompt?.prompt ?? '',
    });
    lab.console.input(keysForLine(line));
  };
  /** Lines typed by the alarm, ahead of the loop below. */
  let typedAhead = 0;
  /**
   * Resolves 'watched' once lab time reaches KEY_AFTER_LAB_MS from now, with `key` typed. The
   * alarm rings inside the clock's advance; the key goes in on the next microtask, before the
   * program woken by that advance runs on — the same point of lab time on every run.
   */
  const whenWatched = (key: string, stop: { done: boolean }): Promise<Wait> =>
    new Promise<Wait>((resolve) => {
      alarm = {
        at: clock.now() + KEY_AFTER_LAB_MS,
        ring: () =>
          void Promise.resolve().then(() => {
            if (stop.done) return;
            typeLine(key);
            typedAhead++;
            resolve('watched');
          }),
      };
    });
  /** `next`: the line to type next; a key line may go in while the program still runs. */
  const waitIdle = async (line: string, next?: string): Promise<Wait> => {
    const stop = { done: false };
    const idle = lab.console.whenIdle().then(() => 'idle' as const);
    const finished = done.then(() => 'done' as const);
    const racers: Promise<Wait | 'timeout'>[] = [idle, finished, whenStalled(stop)];
    if (next !== undefined && isKeyLine(next)) racers.push(whenWatched(next, stop));
    if (options.delay) {
      racers.push(options.delay(timeout).then(() => (stop.done ? 'idle' : 'timeout')));
    }
    const r = await Promise.race(racers);
    stop.done = true;
    alarm = null;
    if (failure) throw failure;
    if (r === 'timeout') throw new LabHungError(line, timeout);
    return r;
  };

  let state = await waitIdle('(start)');
  for (const [i, line] of lines.entries()) {
    if (state === 'done') break; // the host shell is gone: nothing takes keys any more
    if (typedAhead > 0) typedAhead--;
    else typeLine(line);
    state = await waitIdle(line, lines[i + 1]);
  }
  const endOfTyping = { at: raw.length, mark: marks.length };
  // End of file: EOF to whatever still reads, until the host shell is gone. A foreground job
  // that reads nothing (a server started with -it) is left running, as a closed terminal would.
  lab.stop();
  for (let i = 0; i < 64 && lab.console.reading; i++) {
    lab.console.input('\x04');
    if ((await waitIdle('^D (end of file)')) === 'stalled') break;
  }

  const entries: TranscriptEntry[] = typed.map((t, i) => {
    const next = typed[i + 1] ?? endOfTyping;
    const window = marks.slice(t.mark, next.mark);
    const submit = window.find((m) => m.kind === 'submit');
    const prompt = window.find((m) => m.kind === 'prompt' && (!submit || m.at >= submit.at));
    return {
      input: t.input,
      prompt: stripAnsi(t.prompt),
      output: renderPlain(raw.slice(submit ? submit.at : t.at, prompt ? prompt.at : next.at)),
      exitCode: prompt ? prompt.exitCode : null,
    };
  });
  return { plain: renderPlain(raw), entries };
}
