// Build tools: make (with the redis 5 build it knows and a small make for other Makefiles), gcc, cc.

import type { Command } from '../../types';
import { cc, gcc } from './gcc';
import { make } from './make';

export const buildTools: Record<string, Command> = { make, gcc, cc };
