// ENV key=value …: set in the config (and for later steps); no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { word } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchEnv: Dispatch<'ENV'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config);
  // copyConfig gave this step its own Env array: safe to edit in place.
  const env = [...(config.Env ?? [])];
  config.Env = env;
  const parts: string[] = [];
  for (const p of ins.pairs) {
    const k = word(s, p.key);
    if (!k.ok) return expansionError(ins, k.error);
    const v = word(s, p.value);
    if (!v.ok) return expansionError(ins, v.error);
    const i = env.findIndex((e) => e === k.value || e.startsWith(`${k.value}=`));
    if (i >= 0) env[i] = `${k.value}=${v.value}`;
    else env.push(`${k.value}=${v.value}`);
    parts.push(`${k.value}=${v.value}`);
    // Later pairs of the same ENV see earlier ones (BuildKit expands against the running env).
    if (ins.pairs.length > 1)
      s.state = { ...s.state, config: { ...s.state.config, Env: [...env] } };
  }
  const text = `ENV ${parts.join(' ')}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
