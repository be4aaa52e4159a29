import type { Command } from '../types';

export const trueCommand: Command = { name: 'true', run: () => 0 };
