// CMD ["exec", "form"] | CMD shell form: the default command; no layer. Shell form is stored as
// the stage's shell plus the text (`["/bin/sh","-c","/usr/sbin/nginx"]`).

import { goQuoteList } from '../../text/go-quote';
import { configStep } from '../step';
import { copyConfig } from '../state';
import type { StageRun } from '../session';
import type { CommandForm } from '../../instructions/types';
import { nop, type Dispatch } from './common';

export function commandArgv(s: StageRun, c: CommandForm): string[] {
  return c.form === 'exec' ? [...c.execForm] : [...s.shell, c.shellForm];
}

export const dispatchCmd: Dispatch<'CMD'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config);
  config.Cmd = commandArgv(s, ins.command);
  s.cmdSet = true;
  const text = `CMD ${goQuoteList(config.Cmd)}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
