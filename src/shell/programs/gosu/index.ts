// gosu, the official images' way of dropping root in an entrypoint.

import type { Command } from '../../types';
import { gosu } from './gosu';

export const gosuPrograms: Record<string, Command> = { gosu };
