// ENV key=value …: set in the config (and for later steps); no layer.

import { configStep } from '../step';
import { copyConfig, setEnv } from '../state';
import { word } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchEnv: Dispatch<'ENV'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config);
  const parts: string[] = [];
  for (const p of ins.pairs) {
    const k = word(s, p.key);
    if (!k.ok) return expansionError(ins, k.error);
    const v = word(s, p.value);
    if (!v.ok) return expansionError(ins, v.error);
    config.Env = setEnv(config.Env, k.value, v.value);
    parts.push(`${k.value}=${v.value}`);
    // Later pairs of the same ENV see earlier ones (BuildKit expands against the running env).
    s.state = { ...s.state, config: { ...s.state.config, Env: config.Env } };
  }
  const text = `ENV ${parts.join(' ')}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
