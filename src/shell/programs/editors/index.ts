// The editors the lab offers, by the name typed: vi, vim, view (read-only vim) and nano.

import type { Command } from '../../types';
import { nano } from './nano/nano';
import { vi, view, vim } from './vi/vi';

export const editors: Record<string, Command> = { vi, vim, view, nano };
