// The builtin table. One file per builtin; add it here and the shell knows it. `utilities` are
// the builtins that are also ordinary programs (/bin/echo, /usr/bin/env, …): a machine may
// register them as commands so they run by path or from `env`/`xargs` too.

import type { Command } from '../types';
import { alias, unalias } from './alias';
import type { Builtin } from './builtin';
import { breakBuiltin, continueBuiltin } from './break';
import { cd } from './cd';
import { clear } from './clear';
import { colon } from './colon';
import { command } from './command';
import { date } from './date';
import { declare, typeset } from './declare';
import { echo } from './echo';
import { env } from './env';
import { evalBuiltin } from './eval';
import { exec } from './exec';
import { exit } from './exit';
import { exportBuiltin } from './export';
import { falseCommand } from './false';
import { help } from './help';
import { history } from './history';
import { hostname } from './hostname';
import { id } from './id';
import { kill } from './kill';
import { letBuiltin } from './let';
import { local } from './local';
import { printf } from './printf';
import { pwd } from './pwd';
import { read } from './read';
import { readonly } from './readonly';
import { returnBuiltin } from './return';
import { set } from './set';
import { shift } from './shift';
import { sleep } from './sleep';
import { dot, source } from './source';
import { bracket, test } from './test';
import { trap } from './trap';
import { trueCommand } from './true';
import { type } from './type';
import { umask } from './umask';
import { uname } from './uname';
import { unset } from './unset';
import { wait } from './wait';
import { which } from './which';
import { whoami } from './whoami';

/** Programs that are also builtins here; register them as commands for /bin/… paths. */
export const utilities: Readonly<Record<string, Command>> = Object.fromEntries(
  [
    echo,
    printf,
    test,
    bracket,
    trueCommand,
    falseCommand,
    sleep,
    env,
    hostname,
    whoami,
    id,
    uname,
    date,
    pwd,
    clear,
    kill,
  ].map((c) => [c.name, c]),
);

const shellOnly: Builtin[] = [
  alias,
  unalias,
  breakBuiltin,
  continueBuiltin,
  cd,
  colon,
  command,
  declare,
  evalBuiltin,
  exec,
  exit,
  exportBuiltin,
  help,
  history,
  letBuiltin,
  local,
  read,
  readonly,
  returnBuiltin,
  set,
  shift,
  dot,
  source,
  trap,
  type,
  typeset,
  umask,
  unset,
  wait,
  which,
];

export const builtins: Readonly<Record<string, Builtin>> = Object.fromEntries([
  ...Object.entries(utilities),
  ...shellOnly.map((b) => [b.name, b] as const),
]);
