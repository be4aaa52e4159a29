// USER name[:group]: the user later RUN steps and the container run as; no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { word } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchUser: Dispatch<'USER'> = async (sess, s, ins) => {
  const u = word(s, ins.user);
  if (!u.ok) return expansionError(ins, u.error);
  const config = copyConfig(s.state.config);
  config.User = u.value;
  const text = `USER ${u.value}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
