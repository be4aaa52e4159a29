// Network programs: curl and wget over a World (src/engine/world). `netPrograms` talk to the
// plain internet; the lab builds per-machine ones with createNetPrograms(world.extend(resolver))
// once containers and published ports are reachable.

import { defaultWorld, type World } from '../../../engine/world';
import type { Command } from '../../types';
import { createCurl } from './curl';
import { createWget } from './wget';

export function createNetPrograms(world: World): Record<string, Command> {
  return { curl: createCurl(world), wget: createWget(world) };
}

export const netPrograms: Record<string, Command> = createNetPrograms(defaultWorld);

export { createMachineNetPrograms } from './machine';
