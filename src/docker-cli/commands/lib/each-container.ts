// The shape of docker's commands that act on several containers (stop, kill, rm, pause, …):
// each argument in order; on success the argument is echoed exactly as typed; errors are
// collected and printed after the last one (errors.Join), exit 1 if any failed.

import type { CommandContext } from '../../../shell/types';

/** What one argument's operation returned: nothing (success) or the error text to print. */
export type Outcome = string | undefined;

export async function eachContainer(
  ctx: CommandContext,
  refs: readonly string[],
  op: (ref: string) => Outcome | Promise<Outcome>,
  echo = true,
): Promise<number> {
  const errors: string[] = [];
  for (const ref of refs) {
    const e = await op(ref);
    if (e !== undefined) errors.push(e);
    else if (echo) ctx.stdout.write(`${ref}\n`);
  }
  if (errors.length === 0) return 0;
  ctx.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}
