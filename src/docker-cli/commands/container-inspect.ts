// docker container inspect: the daemon's ContainerJSON (FIDELITY §6.2) as a 4-space JSON array,
// `--format json`, or a template; `-s` adds SizeRw/SizeRootFs. Misses are the daemon's
// `No such container: x`, printed after the output (exit 1).

import type { Engine } from '../../engine/engine';
import { flagBool, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { inspect } from './lib/inspector';

export const containerInspect: DockerSubcommand<Engine> = {
  spec: specFromHelp('container inspect', { minArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const size = flagBool(p, 'size');
    return inspect(ctx, p.args, flagString(p, 'format'), (ref) => {
      const r = api.inspectContainer(ref);
      if (!r.ok) return { ok: false, message: `Error response from daemon: ${r.error.message}` };
      if (!size) return { ok: true, object: r.value };
      const listed = api.listContainers({ all: true, size: true, filters: { id: [r.value.Id] } });
      const s = listed.ok ? listed.value[0] : undefined;
      // SizeRw and SizeRootFs follow the state in the daemon's order (after GraphDriver).
      const entries = Object.entries(r.value);
      const at = entries.findIndex(([k]) => k === 'GraphDriver');
      entries.splice(at + 1, 0, ['SizeRw', s?.SizeRw ?? 0], ['SizeRootFs', s?.SizeRootFs ?? 0]);
      return { ok: true, object: Object.fromEntries(entries) };
    });
  },
};
