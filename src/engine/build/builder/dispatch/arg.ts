// ARG name[=default] …: a build variable for the rest of the stage (a --build-arg overrides the
// default). Not stored in the image config; BuildKit and the legacy builder record a history
// entry. RUN steps see ARGs as environment and record them (`RUN |1 V=1 /bin/sh -c …`).

import { configStep } from '../step';
import { copyConfig } from '../state';
import { word } from '../words';
import { expansionError, nop, type Dispatch } from './common';

export const dispatchArg: Dispatch<'ARG'> = async (sess, s, ins) => {
  const shown: string[] = [];
  const legacyShown: string[] = [];
  for (const a of ins.args) {
    let value: string | undefined;
    if (a.value !== undefined) {
      const v = word(s, a.value);
      if (!v.ok) return expansionError(ins, v.error);
      value = v.value;
    } else if (sess.metaArgs.has(a.key)) {
      // `ARG NAME` inside a stage picks up a global ARG's value.
      value = sess.metaArgs.get(a.key);
    }
    legacyShown.push(value !== undefined ? `${a.key}=${value}` : a.key);
    if (Object.hasOwn(sess.req.buildArgs, a.key)) {
      const given = sess.req.buildArgs[a.key];
      if (given !== undefined) value = given;
      sess.unusedArgs.delete(a.key);
    }
    s.args.set(a.key, value);
    shown.push(value !== undefined ? `${a.key}=${value}` : a.key);
  }
  return configStep(
    sess,
    s,
    ins,
    { buildkit: `ARG ${shown.join(' ')}`, legacy: nop(`ARG ${legacyShown.join(' ')}`) },
    copyConfig(s.state.config),
  );
};
