// MAINTAINER name (deprecated, still works): sets the image's author; no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { nop, type Dispatch } from './common';

export const dispatchMaintainer: Dispatch<'MAINTAINER'> = async (sess, s, ins) => {
  s.state = { ...s.state, author: ins.maintainer };
  const text = `MAINTAINER ${ins.maintainer}`;
  return configStep(
    sess,
    s,
    ins,
    { buildkit: text, legacy: nop(text) },
    copyConfig(s.state.config),
  );
};
