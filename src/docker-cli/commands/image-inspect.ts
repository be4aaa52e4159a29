// docker image inspect (FIDELITY §6.1): the daemon's API 1.50 object in a 4-space-indented
// JSON array, or `-f/--format` (a template, or `json`). A missing image is the daemon's
// `No such image: x:latest` after `[]`, exit 1.

import type { Engine } from '../../engine/engine';
import type { ImageInspect } from '../../engine/images';
import { flagChanged, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { asMap, inspect, withZeros, type Lookup } from './lib/inspector';
import { isLabPlatform, labNote } from './lib/output';

/** The template's view of an image: image.InspectResponse with its Go maps and zero fields. */
const CONFIG_MAPS = new Set(['ExposedPorts', 'Volumes', 'Labels']);

/** The template's view of an image: image.InspectResponse with its Go maps and zero fields. */
export function imageTemplateView(i: ImageInspect): object {
  const config: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(i.Config)) config[k] = CONFIG_MAPS.has(k) ? asMap(v) : v;
  return withZeros(
    {
      ...i,
      Config: withZeros(config, {
        User: '',
        ExposedPorts: asMap(undefined),
        Env: [],
        Entrypoint: [],
        Cmd: [],
        Volumes: asMap(undefined),
        WorkingDir: '',
        Labels: asMap(undefined),
        StopSignal: '',
        ArgsEscaped: false,
        Healthcheck: null,
        OnBuild: [],
        Shell: [],
      }),
      GraphDriver: { ...i.GraphDriver, Data: asMap(i.GraphDriver.Data) },
    },
    { Variant: '' },
  );
}

export function imageLookup(engine: Engine): (ref: string) => Lookup {
  return (ref) => {
    const r = engine.images.inspectImage(ref);
    return r.ok
      ? { ok: true, object: r.value, template: imageTemplateView(r.value) }
      : { ok: false, message: `Error response from daemon: ${r.error.message}` };
  };
}

export const imageInspect: DockerSubcommand<Engine> = {
  spec: specFromHelp('image inspect', { minArgs: 1 }),
  run(p, ctx, engine) {
    const platform = flagString(p, 'platform');
    if (flagChanged(p, 'platform') && platform !== '' && !isLabPlatform(platform))
      return labNote(
        ctx,
        `the lab's images are linux/amd64 only; 'docker image inspect --platform ${platform}' is not modelled`,
      );
    return inspect(ctx, p.args, flagString(p, 'format'), imageLookup(engine));
  },
};
