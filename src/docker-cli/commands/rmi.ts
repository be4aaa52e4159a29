// docker rmi / docker image rm / docker image remove (FIDELITY §1.10, §5): each argument in
// order; `Untagged:` / `Deleted:` lines as the daemon reports them; errors are collected and
// printed after the last argument (exit 1) — with -f, images that do not exist are reported on
// stderr but do not fail the command.

import type { Engine } from '../../engine/engine';
import { flagBool, flagList } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { isLabPlatform, labNote } from './lib/output';

export const rmi: DockerSubcommand<Engine> = {
  spec: specFromHelp('rmi', { minArgs: 1 }),
  run(p, ctx, engine) {
    const platforms = flagList(p, 'platform').flatMap((v) => v.split(','));
    const other = platforms.find((v) => v !== '' && !isLabPlatform(v));
    if (other !== undefined)
      return labNote(
        ctx,
        `the lab's images are linux/amd64 only; 'docker rmi --platform ${other}' is not modelled`,
      );
    const force = flagBool(p, 'force');
    const errors: string[] = [];
    let fatal = false;
    for (const ref of p.args) {
      const r = engine.images.removeImage(ref, { force, noPrune: flagBool(p, 'no-prune') });
      if (!r.ok) {
        if (r.error.code !== 'not-found') fatal = true;
        errors.push(`Error response from daemon: ${r.error.message}`);
        continue;
      }
      for (const d of r.value)
        ctx.stdout.write('deleted' in d ? `Deleted: ${d.deleted}\n` : `Untagged: ${d.untagged}\n`);
    }
    if (errors.length === 0) return 0;
    ctx.stderr.write(`${errors.join('\n')}\n`);
    return !force || fatal ? 1 : 0;
  },
};
