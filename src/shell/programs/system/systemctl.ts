// systemctl for the units the lab models, docker.service and docker.socket: status, start, stop,
// restart, is-active, is-enabled. Stopping it makes docker commands fail as with a real stopped daemon.
// Inside a container (no systemd as PID 1) it fails as systemctl does there.

import type { Command } from '../../types';
import {
  control,
  dockerUnit,
  manager,
  NO_SYSTEMD,
  socketStatusText,
  statusText,
  unitActive,
  unitName,
  warnTriggered,
} from './docker-unit';

export const systemctl: Command = {
  name: 'systemctl',
  async run(ctx) {
    const args = ctx.argv
      .slice(1)
      .filter(
        (a) => a !== '--no-pager' && a !== '-l' && a !== '--full' && a !== '-q' && a !== '--quiet',
      );
    const quiet = ctx.argv.includes('-q') || ctx.argv.includes('--quiet');
    const m = manager(ctx);
    if (m.kind === 'none') {
      ctx.stderr.write(NO_SYSTEMD);
      return 1;
    }
    const [verb, ...units] = args;
    if (verb === undefined || verb === 'list-units') {
      ctx.stderr.write(
        'layerlab: systemctl: only docker.service and docker.socket are modelled; try systemctl status docker\n',
      );
      return 1;
    }
    if (units.length === 0) {
      ctx.stderr.write(`Too few arguments.\n`);
      return 1;
    }
    let status = 0;
    let stoppedService = false;
    for (const u of units) {
      const name = unitName(u);
      const unit = dockerUnit(u);
      if (unit === null) {
        if (verb === 'status') ctx.stderr.write(`Unit ${name}.service could not be found.\n`);
        else if (verb === 'is-active') ctx.stdout.write('inactive\n');
        else
          ctx.stderr.write(`Failed to ${verb} ${name}.service: Unit ${name}.service not found.\n`);
        status = verb === 'status' ? 4 : verb === 'is-active' ? 3 : 5;
        continue;
      }
      switch (verb) {
        case 'status':
          ctx.stdout.write(unit === 'docker' ? statusText(ctx, m) : socketStatusText(ctx, m));
          if (!unitActive(m, unit)) status = 3;
          break;
        case 'is-active': {
          const up = unitActive(m, unit);
          if (!quiet) ctx.stdout.write(up ? 'active\n' : 'inactive\n');
          if (!up) status = 3;
          break;
        }
        case 'is-enabled':
          if (!quiet) ctx.stdout.write('enabled\n');
          break;
        case 'start':
        case 'stop':
        case 'restart':
          if ((await control(ctx, m, verb, unit, false)) !== 0) status = 1;
          else if (verb === 'stop' && unit === 'docker') stoppedService = true;
          break;
        default:
          ctx.stderr.write(
            `layerlab: systemctl ${verb}: not modelled (status, start, stop, restart, is-active, is-enabled are)\n`,
          );
          return 1;
      }
    }
    if (stoppedService) warnTriggered(ctx, m);
    return status;
  },
};
