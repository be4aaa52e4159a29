// The coreutils registry: one file per command, gathered here for the interpreter to register.
// A test checks that each file's exported command is named as its file.

import type { Command } from '../types';
import { awk } from './awk';
import { basename } from './basename';
import { cat } from './cat';
import { chmod } from './chmod';
import { chown } from './chown';
import { cp } from './cp';
import { cut } from './cut';
import { dd } from './dd';
import { df } from './df';
import { diff } from './diff';
import { dirname } from './dirname';
import { du } from './du';
import { file } from './file';
import { find } from './find';
import { grep } from './grep';
import { head } from './head';
import { ln } from './ln';
import { ls } from './ls';
import { md5sum } from './md5sum';
import { mkdir } from './mkdir';
import { mktemp } from './mktemp';
import { mv } from './mv';
import { nl } from './nl';
import { readlink } from './readlink';
import { realpath } from './realpath';
import { rev } from './rev';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { sed } from './sed';
import { seq } from './seq';
import { sha256sum } from './sha256sum';
import { sort } from './sort';
import { stat } from './stat';
import { tail } from './tail';
import { tee } from './tee';
import { touch } from './touch';
import { tr } from './tr';
import { tree } from './tree';
import { uniq } from './uniq';
import { wc } from './wc';
import { xargs } from './xargs';
import { yes } from './yes';

export const coreutils: Record<string, Command> = {
  awk,
  basename,
  cat,
  chmod,
  chown,
  cp,
  cut,
  dd,
  df,
  diff,
  dirname,
  du,
  file,
  find,
  grep,
  head,
  ln,
  ls,
  md5sum,
  mkdir,
  mktemp,
  mv,
  nl,
  readlink,
  realpath,
  rev,
  rm,
  rmdir,
  sed,
  seq,
  sha256sum,
  sort,
  stat,
  tail,
  tee,
  touch,
  tr,
  tree,
  uniq,
  wc,
  xargs,
  yes,
};
