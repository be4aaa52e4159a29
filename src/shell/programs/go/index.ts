// go (the golang image's tool) and the runner of the binaries it builds, on one lab network (a
// Go HTTP server listens where curl and published ports reach it).

import type { Command } from '../../types';
import { createProgramNet, type ProgramNet } from '../servers/net';
import { BINARY_RUNNER, binaryRunner } from './binary';
import { createGo } from './go';

export function createGoPrograms(net: ProgramNet): Record<string, Command> {
  return { go: createGo(net), [BINARY_RUNNER]: binaryRunner(net) };
}

export const goPrograms: Record<string, Command> = createGoPrograms(createProgramNet());
