// The coreutils registry: one file per command, gathered here for the interpreter to register.
// A test checks that each file's exported command is named as its file.

import type { Command } from '../types';
import { cat } from './cat';
import { chmod } from './chmod';
import { chown } from './chown';
import { cp } from './cp';
import { find } from './find';
import { grep } from './grep';
import { ln } from './ln';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { stat } from './stat';
import { touch } from './touch';

export const coreutils: Record<string, Command> = {
  cat,
  chmod,
  chown,
  cp,
  find,
  grep,
  ln,
  ls,
  mkdir,
  mv,
  rm,
  rmdir,
  stat,
  touch,
};
