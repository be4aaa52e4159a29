// The docker subcommands the lab implements, one file each, keyed by the name the dispatcher
// indexes (`ps`, `images`, `image prune`…; see the README for how aliases are resolved).
// `version` is built into the dispatcher.

import type { Engine } from '../../engine/engine';
import type { DockerRegistry } from '../types';
import { build } from './build';
import { history } from './history';
import { imageInspect } from './image-inspect';
import { imagePrune } from './image-prune';
import { images } from './images';
import { info } from './info';
import { inspectCommand } from './inspect';
import { pull } from './pull';
import { rmi } from './rmi';
import { run } from './run';
import { attach } from './attach';
import { commit } from './commit';
import { containerInspect } from './container-inspect';
import { containerPrune } from './container-prune';
import { cp } from './cp';
import { create } from './create';
import { diff } from './diff';
import { events } from './events';
import { exec } from './exec';
import { kill } from './kill';
import { logs } from './logs';
import { pause } from './pause';
import { port } from './port';
import { ps } from './ps';
import { rename } from './rename';
import { restart } from './restart';
import { rm } from './rm';
import { start } from './start';
import { stats } from './stats';
import { stop } from './stop';
import { top } from './top';
import { unpause } from './unpause';
import { wait } from './wait';
import { systemDf } from './system-df';
import { systemPrune } from './system-prune';
import { tag } from './tag';

export const dockerCommands: DockerRegistry<Engine> = {
  build,
  history,
  images,
  'image inspect': imageInspect,
  inspect: inspectCommand,
  'image prune': imagePrune,
  info,
  pull,
  rmi,
  run,
  attach,
  commit,
  'container inspect': containerInspect,
  'container prune': containerPrune,
  cp,
  create,
  diff,
  events,
  exec,
  kill,
  logs,
  pause,
  port,
  ps,
  rename,
  restart,
  rm,
  start,
  stats,
  stop,
  top,
  unpause,
  wait,
  'system df': systemDf,
  'system prune': systemPrune,
  tag,
};
