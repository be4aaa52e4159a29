// Archive programs: tar, gzip, gunzip, zcat. They read and write archives as blobs whose contents
// the world's archive index records (src/engine/world/archive-index.ts).

import type { Command } from '../../types';
import { gunzip, gzip, zcat } from './gzip';
import { tar } from './tar';

export const archivePrograms: Record<string, Command> = { tar, gzip, gunzip, zcat };
