// docker pull / docker image pull (FIDELITY §2.1): the CLI parses the reference, says `Using
// default tag`, then prints the daemon's progress stream and the fully qualified reference.
// The engine pulls at once; the stream is replayed here with lab-time pauses, so a pull takes
// a second or two at normal pace and no time at instant pace (tests, transcripts).

import type { Engine } from '../../engine/engine';
import {
  parseNormalizedNamed,
  pullMessages,
  type PullMessage,
  type PullPlan,
} from '../../engine/images';
import type { CommandContext } from '../../shell/types';
import { flagBool, flagChanged, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { JsonMessagePrinter, type StreamMessage } from './lib/json-messages';
import { daemonError, isLabPlatform, labNote } from './lib/output';

/** Progress messages per download and per extraction on a terminal. */
const STEPS = 6;

interface Frame {
  readonly message: StreamMessage;
  /** Lab milliseconds to wait before showing it. */
  readonly delayMs: number;
}

/**
 * Pace the stream: a short pause for the registry, a few ms per status, and the byte progress
 * shared out by size, for ~0.5 s (a small image) up to 2 s (python) in all.
 */
export function pullFrames(plan: PullPlan, hadImage = false, steps = STEPS): Frame[] {
  // pull_v2: when the image's config is already in the store nothing is fetched, so no layer
  // lines at all — just the banner, Digest and Status.
  const messages = pullMessages(plan, steps).filter(
    (m, i) => !hadImage || i === 0 || m.id === undefined,
  );
  const downloadBytes = plan.layers
    .filter((l) => l.status === 'download')
    .reduce((n, l) => n + l.compressedSize, 0);
  const budget = Math.min(1600, 300 + downloadBytes / 250_000);
  const last = new Map<string, number>();
  return messages.map((m: PullMessage, index): Frame => {
    const banner = index === 0;
    const progress = m.id !== undefined && !banner;
    let delayMs = banner ? 150 : 15;
    if (m.current !== undefined && m.total !== undefined && m.id !== undefined) {
      const key = `${m.status}:${m.id}`;
      const done = last.get(key) ?? 0;
      last.set(key, m.current);
      const share = downloadBytes > 0 ? (m.current - done) / downloadBytes : 0;
      delayMs = share * budget * (m.status === 'Downloading' ? 0.65 : 0.35);
    }
    return {
      message: {
        ...(m.id !== undefined ? { id: m.id } : {}),
        status: m.status,
        ...(m.current !== undefined ? { current: m.current } : {}),
        ...(m.total !== undefined ? { total: m.total } : {}),
        progress,
      },
      delayMs,
    };
  });
}

async function replay(
  ctx: CommandContext,
  plan: PullPlan,
  hadImage: boolean,
  quiet: boolean,
): Promise<void> {
  const printer = new JsonMessagePrinter(ctx.stdout);
  let pending = 0;
  let paced = true;
  for (const f of pullFrames(plan, hadImage)) {
    pending += f.delayMs;
    // Ctrl+C stops the pacing, not the pull: the engine has already done it.
    if (paced && pending >= 1) {
      paced = await ctx.sleep(Math.round(pending));
      pending = 0;
    }
    if (!quiet) printer.write(f.message);
  }
}

export const pull: DockerSubcommand<Engine> = {
  spec: specFromHelp('pull', { minArgs: 1, maxArgs: 1 }),
  async run(p, ctx, engine) {
    const remote = p.args[0] as string;
    const quiet = flagBool(p, 'quiet');
    const parsed = parseNormalizedNamed(remote);
    if (!parsed.ok) {
      ctx.stderr.write(`${parsed.error.message}\n`);
      return 1;
    }
    const nameOnly = parsed.value.tag === undefined && parsed.value.digest === undefined;
    if (flagBool(p, 'all-tags')) {
      if (!nameOnly) {
        ctx.stderr.write("tag can't be used with --all-tags/-a\n");
        return 1;
      }
      return labNote(
        ctx,
        "'docker pull --all-tags' is not modelled in the lab; pull each tag by name",
      );
    }
    const platform = flagString(p, 'platform');
    if (flagChanged(p, 'platform') && platform !== '' && !isLabPlatform(platform))
      return labNote(
        ctx,
        `the lab's images are linux/amd64 only; 'docker pull --platform ${platform}' is not modelled`,
      );
    if (nameOnly && !quiet) ctx.stdout.write('Using default tag: latest\n');
    const before = engine.images.listImages({ all: true });
    const had = new Set(before.ok ? before.value.map((i) => i.id) : []);
    const r = await engine.images.pullImage(remote);
    if (!r.ok) return daemonError(ctx, r.error.message);
    await replay(ctx, r.value, had.has(r.value.imageId), quiet);
    ctx.stdout.write(`${r.value.ref}\n`);
    return 0;
  },
};
