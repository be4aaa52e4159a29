// redis-cli: one command from argv or a prompt reading lines, -h/-p, --version, replies rendered
// as redis-cli does on a terminal (typed) or into a pipe (raw).

import type { Command, CommandContext } from '../../../types';
import type { ProgramNet } from '../net';
import { connectRedis, renderReply } from './client';
import { isV7, redisVersion } from './version';

/** Split a prompt line as redis-cli does: spaces, with "double" and 'single' quotes. */
function splitLine(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line))
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3] ?? ''));
  return out;
}

export function createRedisCli(net: ProgramNet): Command {
  return {
    name: 'redis-cli',
    async run(ctx: CommandContext) {
      const v = redisVersion(ctx);
      const v7 = isV7(v);
      let host = '127.0.0.1';
      let port = 6379;
      let raw = false;
      const args: string[] = [];
      const argv = ctx.argv;
      for (let i = 1; i < argv.length; i++) {
        const a = argv[i] ?? '';
        if (args.length > 0) args.push(a);
        else if (a === '-h') host = argv[++i] ?? host;
        else if (a === '-p') port = Number(argv[++i] ?? port);
        else if (a === '--raw') raw = true;
        else if (a === '-v' || a === '--version') {
          ctx.stdout.write(`redis-cli ${v}\n`);
          return 0;
        } else if (a === '-n') i++;
        else args.push(a);
      }
      const tty = ctx.stdout.isTTY && !raw;
      const conn = connectRedis(ctx, net, host, port);
      const fail = () =>
        conn.ok
          ? ''
          : conn.protocol
            ? `Error: ${conn.message}\n`
            : `Could not connect to Redis at ${host}:${port}: ${conn.message}\n`;
      if (args.length > 0) {
        if (!conn.ok) {
          ctx.stderr.write(fail());
          return 1;
        }
        const r = conn.send(args);
        ctx.stdout.write(`${renderReply(r, tty, v7)}\n`);
        return r.type === 'error' && !tty ? 1 : 0;
      }
      // Interactive: a prompt per line until EOF or `quit`/`exit`.
      const prompt = conn.ok ? `${host}:${port}> ` : 'not connected> ';
      if (!conn.ok) ctx.stderr.write(fail());
      for (;;) {
        if (ctx.stdin.isTTY) ctx.stdout.write(prompt);
        const line = await ctx.stdin.readLine();
        if (line === null) break;
        const words = splitLine(line);
        if (words.length === 0) continue;
        const cmd = (words[0] ?? '').toLowerCase();
        if (cmd === 'quit' || cmd === 'exit') break;
        if (!conn.ok) {
          ctx.stdout.write(fail());
          continue;
        }
        ctx.stdout.write(`${renderReply(conn.send(words), ctx.stdout.isTTY, v7)}\n`);
        if (!(await ctx.checkpoint())) break;
      }
      return 0;
    },
  };
}
