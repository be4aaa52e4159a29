// Reading the whole configuration: `-g` directives first (as nginx does), then the file.

import type { CommandContext } from '../../../types';
import { buildConf, type NginxConf } from './conf-model';
import { ConfError, parseCommandLine, parseConfFile } from './conf-parse';
import type { NginxBuild } from './flavor';

export const CPUS = 2;

export type Loaded = { ok: true; conf: NginxConf } | { ok: false; message: string };

export function loadConf(
  ctx: CommandContext,
  build: NginxBuild,
  confPath: string,
  globals: string | undefined,
): Loaded {
  try {
    const o = { prefix: '/etc/nginx/' };
    const cmd = globals === undefined ? [] : parseCommandLine(ctx, globals, o);
    const file = parseConfFile(ctx, confPath, o);
    return {
      ok: true,
      conf: buildConf(cmd, file, {
        prefix: build.prefix,
        pid: build.pid,
        errorLog: build.errorLog,
        cpus: CPUS,
      }),
    };
  } catch (e) {
    if (e instanceof ConfError) return { ok: false, message: e.message };
    if (e instanceof SyntaxError)
      return { ok: false, message: `pcre2_compile() failed: ${e.message}` };
    throw e;
  }
}
