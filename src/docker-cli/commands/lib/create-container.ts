// The create half of docker run / docker create (cli/command/container/create.go): check the
// image reference on the client, create, and when the daemon has no such image, say
// `Unable to find image 'x:latest' locally`, pull with the progress stream on stderr, and retry.

import type { ContainersApi } from '../../../engine/containers';
import {
  familiarString,
  parseAnyReference,
  tagNameOnly,
  type ImageReference,
} from '../../../engine/images';
import type { CommandContext } from '../../../shell/types';
import { pullFrames } from '../pull';
import type { Engine } from '../../../engine/engine';
import { withHelp } from './containers';
import { JsonMessagePrinter } from './json-messages';
import type { RunConfig } from './run-options';

export type CreateOutcome =
  { readonly ok: true; readonly id: string } | { readonly ok: false; readonly code: number };

/** Pull `ref` with the daemon's stream on stderr (paced like `docker pull`). */
async function pullToStderr(
  ctx: CommandContext,
  engine: Engine,
  ref: string,
  quiet: boolean,
): Promise<string | undefined> {
  const r = await engine.images.pullImage(ref);
  if (!r.ok) return r.error.message;
  const printer = new JsonMessagePrinter(ctx.stderr);
  let pending = 0;
  let paced = true;
  for (const f of pullFrames(r.value)) {
    pending += f.delayMs;
    if (paced && pending >= 1) {
      paced = await ctx.sleep(Math.round(pending));
      pending = 0;
    }
    if (!quiet) printer.write(f.message);
  }
  return undefined;
}

function isNoSuchImage(message: string): boolean {
  return message.startsWith('No such image');
}

/** Create the container as docker run/create do; errors are printed with docker's shapes. */
export async function createWithPull(
  ctx: CommandContext,
  engine: Engine,
  api: ContainersApi,
  config: RunConfig,
  command: 'run' | 'create',
): Promise<CreateOutcome> {
  const image = config.create.image;
  const parsed = parseAnyReference(image);
  if (!parsed.ok) return { ok: false, code: withHelp(ctx, command, parsed.error.message) };
  const named: ImageReference | undefined =
    parsed.value.kind === 'named' ? tagNameOnly(parsed.value) : undefined;
  const familiar = named ? familiarString(named) : image;

  if (config.cidfile !== '' && ctx.fs.exists(ctx.resolve(config.cidfile)))
    return {
      ok: false,
      code: withHelp(
        ctx,
        command,
        `Container ID file found, make sure the other container isn't running or delete ${config.cidfile}`,
      ),
    };

  if (config.pull === 'always' && named) {
    const e = await pullToStderr(ctx, engine, familiar, config.quiet);
    if (e !== undefined)
      return { ok: false, code: withHelp(ctx, command, `Error response from daemon: ${e}`) };
  }
  let r = api.createContainer(config.create);
  if (
    !r.ok &&
    r.error.code === 'image' &&
    isNoSuchImage(r.error.message) &&
    named &&
    config.pull === 'missing'
  ) {
    if (!config.quiet) ctx.stderr.write(`Unable to find image '${familiar}' locally\n`);
    const e = await pullToStderr(ctx, engine, familiar, config.quiet);
    if (e !== undefined)
      return { ok: false, code: withHelp(ctx, command, `Error response from daemon: ${e}`) };
    r = api.createContainer(config.create);
  }
  if (!r.ok)
    return {
      ok: false,
      code: withHelp(ctx, command, `Error response from daemon: ${r.error.message}`),
    };
  for (const w of r.value.warnings) ctx.stderr.write(`WARNING: ${w}\n`);
  if (config.cidfile !== '') {
    try {
      ctx.fs.writeFile(ctx.resolve(config.cidfile), r.value.id);
    } catch (e) {
      ctx.stderr.write(
        `layerlab: could not write the container ID file ${config.cidfile}: ${e instanceof Error ? e.message : String(e)}\n`,
      );
    }
  }
  return { ok: true, id: r.value.id };
}
