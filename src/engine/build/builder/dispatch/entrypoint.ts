// ENTRYPOINT ["exec"] | ENTRYPOINT shell form: the program the container runs, CMD its default
// arguments. Setting ENTRYPOINT clears a CMD inherited from the base image (not one set in
// this stage), as BuildKit and the legacy builder both do; no layer.

import { goQuoteList } from '../../text/go-quote';
import { configStep } from '../step';
import { copyConfig } from '../state';
import { commandArgv } from './cmd';
import { nop, type Dispatch } from './common';

export const dispatchEntrypoint: Dispatch<'ENTRYPOINT'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config);
  config.Entrypoint = commandArgv(s, ins.command);
  if (!s.cmdSet) delete config.Cmd;
  const text = `ENTRYPOINT ${goQuoteList(config.Entrypoint)}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
