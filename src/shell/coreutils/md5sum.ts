// md5sum: MD5 checksums (see lib/checksum.ts).

import type { Command } from '../types';
import { checksumCommand } from './lib/checksum';

export const md5sum: Command = checksumCommand('md5sum', 'md5');
