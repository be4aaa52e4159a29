// The CLI's PromptForConfirmation (cli/command/utils.go): print the message and ` [y/N] `, read
// one line; only `y` or `Y` (spaces trimmed) confirms. End of input declines without a newline.

import type { CommandContext } from '../../../shell/types';

export async function confirm(ctx: CommandContext, message: string): Promise<boolean> {
  ctx.stdout.write(`${message} [y/N] `);
  const answer = await ctx.stdin.readLine();
  return answer !== null && answer.trim().toLowerCase() === 'y';
}
