// Tomcat's logging as the image configures it (conf/logging.properties): JULI's OneLineFormatter
// lines on the console (System.err, so `docker logs` shows them on stderr) and the same lines in
// logs/catalina.<date>.log; ServletContext.log() lines go to logs/localhost.<date>.log.

import type { CommandContext } from '../../../types';
import { tomcatTime } from '../../servers/lib/time';
import type { Modes } from './modes';

const p2 = (n: number) => String(n).padStart(2, '0');

/** `2026-11-23`: the date in JULI's file names. */
export function fileDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}

export interface Juli {
  /** Log at the lab's time plus `offsetMs` (startup work the lab does in no time). */
  info(
    thread: string,
    source: string,
    message: string,
    level?: 'INFO' | 'WARNING' | 'SEVERE',
  ): void;
  /** A line of ServletContext.log (the examples' listeners), to the console and localhost.log. */
  context(thread: string, message: string): void;
  /** Milliseconds the simulated JVM has spent so far (moves the stamps forward). */
  offsetMs: number;
}

function appender(ctx: CommandContext, path: string): (line: string) => void {
  return (line) => {
    try {
      ctx.fs.writeFile(path, line, { append: true });
    } catch {
      // JULI's FileHandler reports its own failure once and goes on; the console still works
    }
  };
}

/** Loggers for a Tomcat whose CATALINA_BASE is `base`; creates the day's log files as JULI does. */
export function createJuli(ctx: CommandContext, base: string, modes: Modes): Juli {
  const day = fileDate(ctx.clock.now());
  const logs = `${base}/logs`;
  const files: Record<string, (line: string) => void> = {};
  for (const name of ['catalina', 'localhost', 'manager', 'host-manager']) {
    const path = `${logs}/${name}.${day}.log`;
    try {
      if (!ctx.fs.exists(path)) ctx.fs.writeFile(path, '', { mode: modes.file });
    } catch {
      // a missing logs directory: the console handler still prints
    }
    files[name] = appender(ctx, path);
  }
  // Stamps never go back: startup work moves them ahead of the lab's clock.
  let last = 0;
  const stamp = () => (last = Math.max(last, ctx.clock.now() + juli.offsetMs));
  const juli: Juli = {
    offsetMs: 0,
    info(thread, source, message, level = 'INFO') {
      const line = `${tomcatTime(stamp())} ${level} [${thread}] ${source} ${message}\n`;
      ctx.stderr.write(line);
      files.catalina?.(line);
    },
    context(thread, message) {
      const line = `${tomcatTime(stamp())} INFO [${thread}] org.apache.catalina.core.ApplicationContext.log ${message}\n`;
      ctx.stderr.write(line);
      files.localhost?.(line);
    },
  };
  return juli;
}
