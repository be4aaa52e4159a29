// ENV key=value …: set in the config (and for later steps); no layer.

import { configStep } from '../step';
import { copyConfig } from '../state';
import { ownEnv, ownsEnv, withEnv } from '../env-index';
import { word } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchEnv: Dispatch<'ENV'> = async (sess, s, ins) => {
  const config = copyConfig(s.state.config, false);
  const prev: readonly string[] = s.state.config.Env ?? [];
  let owned = ownsEnv(prev, s.state);
  let env = prev;
  const parts: string[] = [];
  for (const p of ins.pairs) {
    const k = word(s, p.key);
    if (!k.ok) return expansionError(ins, k.error);
    const v = word(s, p.value);
    if (!v.ok) return expansionError(ins, v.error);
    env = withEnv(env, k.value, v.value, owned);
    owned = true;
    parts.push(`${k.value}=${v.value}`);
    // Later pairs of the same ENV see earlier ones (BuildKit expands against the running env).
    if (ins.pairs.length > 1) s.state = { ...s.state, config: { ...s.state.config, Env: env } };
  }
  config.Env = env as string[];
  const text = `ENV ${parts.join(' ')}`;
  const r = await configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
  // Legacy states come back from a committed image: their Env is a fresh array nobody shares.
  if (r.ok && s.state.config.Env === env) ownEnv(env, s.state);
  return r;
};
