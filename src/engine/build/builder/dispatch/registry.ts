// Every Dockerfile keyword's dispatch, in one Record the compiler checks: a new keyword in
// ../../instructions/types.ts fails to compile until it has an entry here.

import type { Keyword } from '../../instructions/types';
import { dispatchAdd } from './add';
import { dispatchArg } from './arg';
import { dispatchCmd } from './cmd';
import type { Dispatch } from './common';
import { dispatchCopy } from './copy';
import { dispatchEntrypoint } from './entrypoint';
import { dispatchEnv } from './env';
import { dispatchExpose } from './expose';
import { dispatchFrom } from './from';
import { dispatchHealthcheck } from './healthcheck';
import { dispatchLabel } from './label';
import { dispatchMaintainer } from './maintainer';
import { dispatchOnbuild } from './onbuild';
import { dispatchRun } from './run';
import { dispatchShell } from './shell';
import { dispatchStopsignal } from './stopsignal';
import { dispatchUser } from './user';
import { dispatchVolume } from './volume';
import { dispatchWorkdir } from './workdir';

export const DISPATCHERS: { readonly [K in Keyword]: Dispatch<K> } = {
  ADD: dispatchAdd,
  ARG: dispatchArg,
  CMD: dispatchCmd,
  COPY: dispatchCopy,
  ENTRYPOINT: dispatchEntrypoint,
  ENV: dispatchEnv,
  EXPOSE: dispatchExpose,
  FROM: dispatchFrom,
  HEALTHCHECK: dispatchHealthcheck,
  LABEL: dispatchLabel,
  MAINTAINER: dispatchMaintainer,
  ONBUILD: dispatchOnbuild,
  RUN: dispatchRun,
  SHELL: dispatchShell,
  STOPSIGNAL: dispatchStopsignal,
  USER: dispatchUser,
  VOLUME: dispatchVolume,
  WORKDIR: dispatchWorkdir,
};
