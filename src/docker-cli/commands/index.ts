// The docker subcommands the lab implements, one file each, keyed by the name the dispatcher
// indexes (`ps`, `images`, `image prune`…; see the README for how aliases are resolved).
// `version` is built into the dispatcher.

import type { Engine } from '../../engine/engine';
import type { DockerRegistry } from '../types';
import { history } from './history';
import { imageInspect } from './image-inspect';
import { imagePrune } from './image-prune';
import { images } from './images';
import { info } from './info';
import { inspectCommand } from './inspect';
import { pull } from './pull';
import { rmi } from './rmi';
import { systemDf } from './system-df';
import { tag } from './tag';

export const dockerCommands: DockerRegistry<Engine> = {
  history,
  images,
  'image inspect': imageInspect,
  inspect: inspectCommand,
  'image prune': imagePrune,
  info,
  pull,
  rmi,
  'system df': systemDf,
  tag,
};
