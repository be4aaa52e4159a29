// STOPSIGNAL signal: what `docker stop` sends; no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { word } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchStopsignal: Dispatch<'STOPSIGNAL'> = async (sess, s, ins) => {
  const sig = word(s, ins.signal);
  if (!sig.ok) return expansionError(ins, sig.error);
  const config = copyConfig(s.state.config);
  config.StopSignal = sig.value;
  const text = `STOPSIGNAL ${sig.value}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
