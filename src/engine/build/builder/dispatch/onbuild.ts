// ONBUILD instruction: stored in the config's OnBuild, run when another build uses this image
// as its base (see from.ts); no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { nop, type Dispatch } from './common';

export const dispatchOnbuild: Dispatch<'ONBUILD'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config);
  config.OnBuild = [...(config.OnBuild ?? []), ins.expression];
  const text = `ONBUILD ${ins.expression}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
