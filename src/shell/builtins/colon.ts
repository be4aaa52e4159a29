import type { Command } from '../types';

/** `:` — does nothing, successfully (its arguments are still expanded). */
export const colon: Command = { name: ':', run: () => 0 };
