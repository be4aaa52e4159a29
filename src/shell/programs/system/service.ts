// service (the sysvinit wrapper): `service docker status|start|stop|restart` hands over to
// systemd on the host, as Ubuntu's does; without systemd the service is unknown.

import type { Command } from '../../types';
import { control, isRunning, manager, statusText, unitName } from './docker-unit';

export const service: Command = {
  name: 'service',
  async run(ctx) {
    const [unit, verb] = ctx.argv.slice(1);
    if (unit === undefined) {
      ctx.stderr.write(
        'Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n',
      );
      return 1;
    }
    const m = manager(ctx);
    if (unitName(unit) !== 'docker' || m.kind === 'none') {
      ctx.stderr.write(`${unit}: unrecognized service\n`);
      return 1;
    }
    switch (verb) {
      case 'status':
        ctx.stdout.write(statusText(ctx, m));
        return isRunning(m) ? 0 : 3;
      case 'start':
      case 'stop':
      case 'restart':
        return await control(ctx, m, verb);
      default:
        ctx.stderr.write(`Usage: /etc/init.d/docker {start|stop|restart|status}\n`);
        return 1;
    }
  },
};
