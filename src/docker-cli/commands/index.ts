// The docker subcommands the lab implements, one file each, keyed by the name the dispatcher
// indexes (`ps`, `images`, `image prune`…; see the README for how aliases are resolved).
// `version` is built into the dispatcher.

import type { Engine } from '../../engine/engine';
import type { DockerRegistry } from '../types';

export const dockerCommands: DockerRegistry<Engine> = {};
