// Variables in instructions: the ENV of the stage and the ARGs in scope, expanded with the
// parser's BuildKit word expansion. ENV wins over an ARG of the same name (Dockerfile reference).

import { envFromList, expandWord, expandWords, type EnvGetter } from '../index';
import type { StageRun } from './session';

export function stageEnv(s: StageRun): EnvGetter {
  const list = [...(s.state.config.Env ?? [])];
  for (const [k, v] of s.args) if (v !== undefined) list.push(`${k}=${v}`);
  return envFromList(list);
}

/** The ARGs a RUN sees as environment: every ARG of the stage that has a value. */
export function argEnv(s: StageRun): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of s.args) if (v !== undefined) out.push([k, v]);
  return out;
}

export type Expanded<T> = { ok: true; value: T } | { ok: false; error: string };

export function word(s: StageRun, w: string): Expanded<string> {
  return expandWord(w, stageEnv(s));
}

export function words(s: StageRun, w: string): Expanded<string[]> {
  const r = expandWords(w, stageEnv(s));
  return r.ok ? { ok: true, value: [...r.words] } : r;
}

/** Expand each word of a list (COPY sources, EXPOSE ports…), stopping at the first error. */
export function eachWord(s: StageRun, list: readonly string[]): Expanded<string[]> {
  const out: string[] = [];
  const env = stageEnv(s);
  for (const w of list) {
    const r = expandWord(w, env);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
