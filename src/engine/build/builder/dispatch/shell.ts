// SHELL ["executable", "param"]: the shell for shell-form RUN, CMD and ENTRYPOINT; no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { nop, type Dispatch } from './common';

export const dispatchShell: Dispatch<'SHELL'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config);
  config.Shell = [...ins.shell];
  s.shell = [...ins.shell];
  const text = `SHELL [${ins.shell.join(' ')}]`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
