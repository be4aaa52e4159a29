// docker build / docker buildx build / docker image build / docker builder build (FIDELITY §4).
// The default is BuildKit (buildx): progress on stderr as the TTY display or the plain printer,
// `-q` prints only the image ID. DOCKER_BUILDKIT=0 selects the legacy builder: the deprecation
// banner, `Sending build context to Docker daemon`, the daemon's `Step N/M` stream on stdout.
// The engine does the build (src/engine/build/builder); this file reads the context and the
// Dockerfile from the host, chooses the printer and reports errors in each builder's words.

import type { Engine } from '../../engine/engine';
import {
  contextTarSize,
  openContext,
  type BuildProgress,
  type BuildRequest,
  type ContextSource,
  type Vertex,
} from '../../engine/build/builder';
import { parseNormalizedNamed } from '../../engine/images';
import type { CommandContext } from '../../shell/types';
import { flagBool, flagChanged, flagList, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import { humanSize } from '../format/units';
import type { DockerSubcommand, Invocation } from '../types';
import { errorLogBlock, sourceExcerpt } from './build-output/errors';
import { BUILDX_ONLY, LEGACY_ONLY, MODELLED, REFUSED } from './build-output/flags';
import { PlainPrinter } from './build-output/plain';
import { TtyDisplay } from './build-output/tty';
import { isLabPlatform, labNote } from './lib/output';

const BANNER =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
  '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
  '            environment-variable.\n\n';

function legacyMode(ctx: CommandContext): boolean {
  const v = ctx.env.DOCKER_BUILDKIT;
  return v !== undefined && ['0', 'false', 'FALSE', 'False'].includes(v);
}

function parseBuildArgs(
  p: Invocation,
  env: Readonly<Record<string, string>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const a of flagList(p, 'build-arg')) {
    const eq = a.indexOf('=');
    if (eq < 0) out[a] = env[a];
    else out[a.slice(0, eq)] = a.slice(eq + 1);
  }
  return out;
}

function parseLabels(p: Invocation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of flagList(p, 'label')) {
    const eq = l.indexOf('=');
    out[eq < 0 ? l : l.slice(0, eq)] = eq < 0 ? '' : l.slice(eq + 1);
  }
  return out;
}

function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? p;
}

interface Input {
  readonly dockerfile: string;
  readonly dockerfileName: string;
  readonly context: ContextSource;
}

/** Read the Dockerfile and find the context; errors in the chosen builder's words. */
async function readInput(
  p: Invocation,
  ctx: CommandContext,
  legacy: boolean,
): Promise<{ ok: true; input: Input } | { ok: false; message: string }> {
  const arg = p.args[0] as string;
  const file = flagString(p, 'file');
  const err = (m: string) => ({ ok: false as const, message: legacy ? m : `ERROR: ${m}` });
  if (/^(https?|git):\/\//.test(arg) || arg.startsWith('git@'))
    return {
      ok: false,
      message: `layerlab: building from a URL (${arg}) is not modelled in the lab`,
    };
  if (arg === '-') {
    if (file === '-')
      return err("invalid argument: can't use stdin for both build context and dockerfile");
    const text = await ctx.stdin.readAll();
    return {
      ok: true,
      input: { dockerfile: text, dockerfileName: 'Dockerfile', context: { kind: 'none' } },
    };
  }
  const dir = ctx.resolve(arg);
  let isDir: boolean;
  try {
    isDir = ctx.fs.stat(dir).type === 'dir';
  } catch {
    isDir = false;
  }
  if (!isDir) return err(`unable to prepare context: path "${arg}" not found`);
  const context: ContextSource = { kind: 'dir', fs: ctx.fs, path: dir };
  if (file === '-') {
    const text = await ctx.stdin.readAll();
    return { ok: true, input: { dockerfile: text, dockerfileName: 'Dockerfile', context } };
  }
  const dfPath = file === '' ? `${dir === '/' ? '' : dir}/Dockerfile` : ctx.resolve(file);
  try {
    const text = ctx.fs.readText(dfPath);
    return {
      ok: true,
      input: {
        dockerfile: text,
        dockerfileName: file === '' ? 'Dockerfile' : basename(file),
        context,
      },
    };
  } catch {
    if (legacy)
      return {
        ok: false,
        message: `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${dfPath}: no such file or directory`,
      };
    return {
      ok: false,
      message: `ERROR: failed to solve: failed to read dockerfile: open ${file === '' ? 'Dockerfile' : basename(file)}: no such file or directory`,
    };
  }
}

/** Flags the lab does not model: refuse those that change the result, note the rest. */
function checkFlags(p: Invocation, ctx: CommandContext, legacy: boolean): number | undefined {
  const ignored: string[] = [];
  for (const name of p.changed) {
    if (legacy && BUILDX_ONLY.some((f) => f.long === name)) {
      ctx.stderr.write(`unknown flag: --${name}\nSee 'docker build --help'.\n`);
      return 125;
    }
    if (!legacy && LEGACY_ONLY.has(name)) {
      ctx.stderr.write(`unknown flag: --${name}\n`);
      return 1;
    }
    if (REFUSED.has(name))
      return labNote(ctx, `'docker build --${name}' is not modelled in the lab`);
    if (!MODELLED.has(name)) ignored.push(`--${name}`);
  }
  const platform = flagString(p, 'platform');
  if (platform !== '' && !isLabPlatform(platform))
    return labNote(
      ctx,
      `the lab builds linux/amd64 only; '--platform ${platform}' is not modelled`,
    );
  const progress = flagString(p, 'progress');
  if (!legacy && !['auto', 'plain', 'tty', 'quiet', 'rawjson'].includes(progress)) {
    ctx.stderr.write(`ERROR: invalid progress mode ${progress}\n`);
    return 1;
  }
  if (!legacy && progress === 'rawjson')
    return labNote(ctx, "'docker build --progress=rawjson' is not modelled in the lab");
  if (ignored.length > 0)
    ctx.stderr.write(
      `layerlab: ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} not modelled in the lab (ignored)\n`,
    );
  return undefined;
}

function validateTags(tags: readonly string[], ctx: CommandContext, legacy: boolean): boolean {
  for (const t of tags) {
    const r = parseNormalizedNamed(t);
    if (!r.ok || r.value.digest !== undefined) {
      const why = r.ok ? 'refusing to create a tag with a digest reference' : r.error.message;
      ctx.stderr.write(
        legacy
          ? `invalid argument "${t}" for "-t, --tag" flag: ${why}\n`
          : `ERROR: invalid tag "${t}": ${why}\n`,
      );
      return false;
    }
  }
  return true;
}

async function runBuild(p: Invocation, ctx: CommandContext, engine: Engine): Promise<number> {
  const legacy = legacyMode(ctx);
  const quiet = flagBool(p, 'quiet') || (!legacy && flagString(p, 'progress') === 'quiet');
  if (legacy) ctx.stderr.write(BANNER);
  const bad = checkFlags(p, ctx, legacy);
  if (bad !== undefined) return bad;
  const tags = flagList(p, 'tag');
  if (!validateTags(tags, ctx, legacy)) return 1;
  const input = await readInput(p, ctx, legacy);
  if (!input.ok) {
    ctx.stderr.write(`${input.message}\n`);
    return 1;
  }
  const { dockerfile, dockerfileName, context } = input.input;

  const started = engine.clock.now();
  const mode = flagString(p, 'progress');
  const tty = !quiet && !legacy && (mode === 'tty' || (mode === 'auto' && ctx.stderr.isTTY));
  const display = tty ? new TtyDisplay(ctx.stderr, started, () => engine.clock.now()) : undefined;
  const plain = !quiet && !legacy && !tty ? new PlainPrinter(ctx.stderr) : undefined;
  const vertices = new Map<number, Vertex>();
  const logs = new Map<number, { atMs: number; text: string }[]>();
  const onProgress = (ev: BuildProgress): void => {
    if (ev.type === 'vertex') vertices.set(ev.vertex.index, ev.vertex);
    if (ev.type === 'log') {
      let l = logs.get(ev.vertex);
      if (!l) logs.set(ev.vertex, (l = []));
      l.push({ atMs: ev.atMs, text: ev.text });
    }
    if (ev.type === 'stream') {
      if (!quiet) ctx.stdout.write(ev.text);
      return;
    }
    display?.update(ev);
    plain?.update(ev);
  };

  if (legacy && !quiet) {
    const size = context.kind === 'dir' ? contextTarSize(openContext(context.fs, context.path)) : 0;
    ctx.stdout.write(
      `Sending build context to Docker daemon  ${humanSize(size).padStart(6, ' ')}\n`,
    );
  }

  const req: BuildRequest = {
    builder: legacy ? 'legacy' : 'buildkit',
    dockerfile,
    dockerfileName,
    context,
    tags,
    buildArgs: parseBuildArgs(p, ctx.env),
    labels: parseLabels(p),
    ...(flagChanged(p, 'target') ? { target: flagString(p, 'target') } : {}),
    noCache: flagBool(p, 'no-cache'),
    pull: flagBool(p, 'pull'),
    // The step list is replayed at the page's pace, as the diagram is: at instant the lab clock
    // jumps the step's time at once (the durations shown stay Docker's), slow waits longer
    // (and the durations shown grow with it). Headless (no pace) it takes lab time.
    pace: async (ms) => {
      if (ms <= 0) return true;
      const factor = Math.max(0, ctx.system.displayPace?.() ?? 1);
      const wait = Math.round(ms * factor);
      if (factor < 1) ctx.clock.advance(Math.round(ms) - wait);
      return wait > 0 ? ctx.sleep(wait) : true;
    },
    onProgress,
  };
  const report = await (await engine.builder()).build(req);
  display?.finish();
  plain?.finish();

  if (!report.outcome.ok) {
    const e = report.outcome.error;
    if (legacy) {
      ctx.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    const failed = [...vertices.values()].find((v) => v.error !== undefined);
    let out = '';
    if (failed) out += errorLogBlock(failed, logs.get(failed.index) ?? []);
    if (e.line !== undefined) out += sourceExcerpt(dockerfileName, dockerfile, e.line, e.endLine);
    out += `ERROR: failed to solve: ${e.message}\n`;
    ctx.stderr.write(out);
    return 1;
  }
  const { imageId, tagged } = report.outcome.value;
  const iidfile = flagString(p, 'iidfile');
  if (iidfile !== '') {
    try {
      ctx.fs.writeFile(ctx.resolve(iidfile), imageId);
    } catch {
      ctx.stderr.write(
        `${legacy ? '' : 'ERROR: '}failed to write image ID to file: open ${iidfile}: no such file or directory\n`,
      );
      return 1;
    }
  }
  if (quiet) {
    ctx.stdout.write(`${imageId}\n`);
    return 0;
  }
  if (legacy) {
    ctx.stdout.write(`Successfully built ${imageId.slice(7, 19)}\n`);
    for (const t of tagged) ctx.stdout.write(`Successfully tagged ${t}\n`);
    const declared = new Set(
      (report.dockerfile?.instructions ?? []).flatMap((i) =>
        i.kind === 'ARG' ? i.args.map((x) => x.key) : [],
      ),
    );
    const unused = Object.keys(req.buildArgs).filter((k) => !declared.has(k));
    if (unused.length > 0)
      ctx.stdout.write(
        `[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`,
      );
    return 0;
  }
  if (report.warnings.length > 0) {
    const n = report.warnings.length;
    let w = `\n ${n} warning${n === 1 ? '' : 's'} found (use docker --debug to expand):\n`;
    for (const x of report.warnings) w += ` - ${x.rule}: ${x.message} (line ${x.line})\n`;
    ctx.stderr.write(w);
  }
  return 0;
}

export const build: DockerSubcommand<Engine> = {
  spec: (() => {
    const s = specFromHelp('build', { minArgs: 1, maxArgs: 1, hiddenFlags: BUILDX_ONLY });
    return { ...s, aliases: [...s.aliases, 'buildx build', 'buildx b'] };
  })(),
  async run(p, ctx, engine) {
    try {
      return await runBuild(p, ctx, engine);
    } catch (e) {
      // The builder reports failures as values; anything thrown is a lab bug, said plainly.
      ctx.stderr.write(
        `layerlab: internal error in docker build: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      return 1;
    }
  },
};
