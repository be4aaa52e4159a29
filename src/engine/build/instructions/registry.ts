// Keyword → parser. A Record over Keyword, so the compiler insists every instruction has one.

import { parseAdd } from './add';
import { parseArg } from './arg';
import { parseCmd } from './cmd';
import { parseCopy } from './copy';
import { parseEntrypoint } from './entrypoint';
import { parseEnv } from './env';
import { parseExpose } from './expose';
import { parseFrom } from './from';
import { parseHealthcheck } from './healthcheck';
import { parseLabel } from './label';
import { parseMaintainer } from './maintainer';
import { parseOnbuild } from './onbuild';
import type { Parsed, ParseRequest } from './request';
import { parseRun } from './run';
import { parseShell } from './shell';
import { parseStopsignal } from './stopsignal';
import type { InstructionOf, Keyword } from './types';
import { parseUser } from './user';
import { parseVolume } from './volume';
import { parseWorkdir } from './workdir';

export const INSTRUCTION_PARSERS: {
  readonly [K in Keyword]: (req: ParseRequest) => Parsed<InstructionOf<K>>;
} = {
  ADD: parseAdd,
  ARG: parseArg,
  CMD: parseCmd,
  COPY: parseCopy,
  ENTRYPOINT: parseEntrypoint,
  ENV: parseEnv,
  EXPOSE: parseExpose,
  FROM: parseFrom,
  HEALTHCHECK: parseHealthcheck,
  LABEL: parseLabel,
  MAINTAINER: parseMaintainer,
  ONBUILD: parseOnbuild,
  RUN: parseRun,
  SHELL: parseShell,
  STOPSIGNAL: parseStopsignal,
  USER: parseUser,
  VOLUME: parseVolume,
  WORKDIR: parseWorkdir,
};
