// The coreutils registry: one file per command, gathered here for the interpreter to register.
// A test checks that each file's exported command is named as its file.

import type { Command } from '../types';
import { awk } from './awk';
import { cat } from './cat';
import { chmod } from './chmod';
import { chown } from './chown';
import { cp } from './cp';
import { cut } from './cut';
import { find } from './find';
import { grep } from './grep';
import { head } from './head';
import { ln } from './ln';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { sed } from './sed';
import { sort } from './sort';
import { stat } from './stat';
import { tail } from './tail';
import { touch } from './touch';
import { tr } from './tr';
import { uniq } from './uniq';
import { wc } from './wc';

export const coreutils: Record<string, Command> = {
  awk,
  cat,
  chmod,
  chown,
  cp,
  cut,
  find,
  grep,
  head,
  ln,
  ls,
  mkdir,
  mv,
  rm,
  rmdir,
  sed,
  sort,
  stat,
  tail,
  touch,
  tr,
  uniq,
  wc,
};
