// A pipeline of two or more stages: each runs in a forked process, concurrently, over Pipes. A
// stage whose reader finished gets its interrupt tripped (SIGPIPE, status 141).

import type { Command as AstCommand } from '../parser/ast';
import type { Interpreter, IO } from './interpreter';
import { Pipe } from './streams';

export async function execStages(
  sh: Interpreter,
  commands: readonly AstCommand[],
  io: IO,
): Promise<number> {
  const n = commands.length;
  const pipes = Array.from({ length: n - 1 }, () => new Pipe());
  const runs = commands.map(async (cmd, i) => {
    const { source, dispose } = io.signal.child();
    if (i < n - 1) pipes[i].onBroken(() => source.trip());
    const stageIO: IO = {
      stdin: i === 0 ? io.stdin : pipes[i - 1].reader,
      stdout: i === n - 1 ? io.stdout : pipes[i].writer,
      stderr: io.stderr,
      signal: source,
    };
    const child = sh.fork();
    try {
      return await child.runProcess(() => child.execCommand(cmd, stageIO), stageIO);
    } finally {
      dispose();
      if (i < n - 1) pipes[i].closeWriter();
      if (i > 0) pipes[i - 1].closeReader();
    }
  });
  const settled = await Promise.allSettled(runs);
  const statuses: number[] = [];
  for (const s of settled) {
    if (s.status === 'rejected') throw s.reason;
    statuses.push(s.value);
  }
  if (sh.state.flags.pipefail) {
    for (let i = statuses.length - 1; i >= 0; i--) if (statuses[i] !== 0) return statuses[i];
    return 0;
  }
  return statuses[statuses.length - 1];
}
