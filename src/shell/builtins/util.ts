// Small helpers shared by builtins.

import type { CommandContext } from '../types';

/** `bash: name: message` on stderr; returns `status`. */
export function fail(ctx: CommandContext, message: string, status = 1): number {
  ctx.stderr.write(`bash: ${ctx.argv[0]}: ${message}\n`);
  return status;
}

export function isName(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}

/** bash's integer parsing for builtin arguments (`exit`, `shift`, `return`). */
export function parseInteger(s: string): number | null {
  const t = s.trim();
  return /^[-+]?[0-9]+$/.test(t) ? Number(t) : null;
}
