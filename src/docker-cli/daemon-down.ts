// What the client prints when no daemon answers on /var/run/docker.sock (docker.service and
// docker.socket both stopped): client-side checks — flags, argument counts, --help — still run
// first (the dispatcher calls this after them), then the connection fails (FIDELITY §0.5,
// docker-help/_client-side-errors.txt). `docker version` and `docker info` print their client
// part before the error; run/create wrap it as `docker: …` with their usage hint and exit 125;
// buildx prints `ERROR: …`.

import type { CommandContext } from '../shell/types';
import { DAEMON_DOWN_MESSAGE } from '../shell/types';
import { clientInfoLines } from './commands/info';
import { renderVersion } from './commands/version';
import { flagString } from './flags/accessors';
import type { Invocation } from './types';

const RUN_LIKE = new Set(['run', 'create', 'container run', 'container create']);
const BUILD = new Set(['build', 'builder build', 'image build']);
const INFO = new Set(['info', 'system info']);

function clientInfo(context: string, debug: boolean): string {
  return [...clientInfoLines(context, debug), ''].join('\n');
}

/** Print the connection failure for `canonical`; returns the exit status. */
export function daemonDown(ctx: CommandContext, canonical: string, inv: Invocation): number {
  const context = inv.globals.context || 'default';
  const format = flagString(inv, 'format');
  if (canonical === 'version' && format === '') {
    ctx.stdout.write(renderVersion(context, undefined));
  } else if (INFO.has(canonical) && format === '') {
    ctx.stdout.write(clientInfo(context, inv.globals.debug));
    ctx.stderr.write(`ERROR: ${DAEMON_DOWN_MESSAGE}\nerrors pretty printing info\n`);
    return 1;
  } else if (RUN_LIKE.has(canonical)) {
    ctx.stderr.write(
      `docker: ${DAEMON_DOWN_MESSAGE}\n\nRun '${inv.commandPath} --help' for more information\n`,
    );
    return 125;
  } else if (BUILD.has(canonical)) {
    ctx.stderr.write(`ERROR: ${DAEMON_DOWN_MESSAGE}\n`);
    return 1;
  }
  ctx.stderr.write(`${DAEMON_DOWN_MESSAGE}\n`);
  return 1;
}
