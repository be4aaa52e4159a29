// sha256sum: SHA-256 checksums (see lib/checksum.ts); a blob's checksum is its content digest.

import type { Command } from '../types';
import { checksumCommand } from './lib/checksum';

export const sha256sum: Command = checksumCommand('sha256sum', 'sha256');
