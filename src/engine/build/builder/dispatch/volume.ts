// VOLUME ["/data"] or VOLUME /a /b: Volumes in the config; no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { stepError } from '../session';
import { eachWord } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchVolume: Dispatch<'VOLUME'> = async (sess, s, ins) => {
  const w = eachWord(s, ins.volumes);
  if (!w.ok) return expansionError(ins, w.error);
  if (w.value.some((v) => v.trim() === ''))
    return stepError('VOLUME specified can not be an empty string', ins);
  const config = copyConfig(s.state.config);
  const volumes = { ...(config.Volumes ?? {}) };
  for (const v of w.value) volumes[v] = {};
  config.Volumes = volumes;
  const text = `VOLUME [${w.value.join(' ')}]`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
