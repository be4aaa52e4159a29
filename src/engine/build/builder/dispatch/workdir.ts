// WORKDIR path: the working directory for later steps and the container, created if missing.
// BuildKit makes the directory in a layer (history `WORKDIR /app`, no ` # buildkit`); WORKDIR /
// is config only. The legacy builder commits `#(nop) WORKDIR /app` with the directory.

import { posixJoin, normalise } from '../paths';
import { configStep, fsStep } from '../step';
import { copyConfig } from '../state';
import { resolveUser } from '../user';
import { word } from '../words';
import { expansionError, nop1, type Dispatch } from './common';

export const dispatchWorkdir: Dispatch<'WORKDIR'> = async (sess, s, ins) => {
  const w = word(s, ins.path);
  if (!w.ok) return expansionError(ins, w.error);
  const prev = s.state.config.WorkingDir || '/';
  const dir = w.value.startsWith('/') ? normalise(w.value) : posixJoin(prev, w.value);
  const config = copyConfig(s.state.config);
  config.WorkingDir = dir;
  const text = `WORKDIR ${dir}`;
  if (dir === '/' && !sess.legacy)
    return configStep(sess, s, ins, { buildkit: text, legacy: nop1(text) }, config);
  return fsStep(sess, s, ins, {
    keyParts: [dir],
    createdBy: text,
    buildkitSuffix: false,
    legacyCreatedBy: nop1(text),
    config,
    async run(c) {
      if (!c.fs.exists(dir)) {
        c.fs.mkdir(dir, { recursive: true, mode: 0o755 });
        const u = resolveUser(c.fs, s.state.config.User);
        if (u.ok && u.user.uid !== 0) c.fs.chown(dir, u.user.uid, u.user.gid);
      }
      return { ok: true };
    },
  });
};
