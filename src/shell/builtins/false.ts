import type { Command } from '../types';

export const falseCommand: Command = { name: 'false', run: () => 1 };
