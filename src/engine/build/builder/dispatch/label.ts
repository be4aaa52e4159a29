// LABEL key=value …: image labels; no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { word } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchLabel: Dispatch<'LABEL'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config);
  const labels = { ...(config.Labels ?? {}) };
  let text = 'LABEL';
  for (const p of ins.pairs) {
    const k = word(s, p.key);
    if (!k.ok) return expansionError(ins, k.error);
    const v = word(s, p.value);
    if (!v.ok) return expansionError(ins, v.error);
    labels[k.value] = v.value;
    text += ` ${k.value}=${v.value}`;
  }
  config.Labels = labels;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
