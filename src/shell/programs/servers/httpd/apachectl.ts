// apachectl: start/stop/restart/graceful/graceful-stop/configtest, passed to httpd -k as the
// script does; other arguments go to httpd as they are.

import type { Command } from '../../../types';
import type { ProgramNet } from '../net';
import { runHttpd } from './httpd';

export function createApachectl(net: ProgramNet): Command {
  return {
    name: 'apachectl',
    run(ctx) {
      const arg = ctx.argv[1];
      const httpd = ctx.fs.exists('/usr/sbin/httpd') ? '/usr/sbin/httpd' : 'httpd';
      if (arg === undefined) return runHttpd(ctx, net, [httpd, '-k', 'start']);
      if (['start', 'stop', 'restart', 'graceful', 'graceful-stop'].includes(arg))
        return runHttpd(ctx, net, [httpd, '-k', arg, ...ctx.argv.slice(2)]);
      if (arg === 'configtest' || arg === '-t') return runHttpd(ctx, net, [httpd, '-t']);
      if (arg === 'status' || arg === 'fullstatus') {
        ctx.stderr.write(
          'layerlab: apachectl status needs mod_status and a text browser; they are not part of this lab\n',
        );
        return 1;
      }
      return runHttpd(ctx, net, [httpd, ...ctx.argv.slice(1)]);
    },
  };
}
