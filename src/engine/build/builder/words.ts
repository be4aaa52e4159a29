// Variables in instructions: the ENV of the stage and the ARGs in scope, expanded with the
// parser's BuildKit word expansion. ENV wins over an ARG of the same name (Dockerfile reference).

import { expandWord, expandWords, type EnvGetter } from '../index';
import type { StageRun } from './session';

/** Looked up on demand: a stage with 10,000 ENV entries costs nothing until a word uses one. */
export function stageEnv(s: StageRun): EnvGetter {
  const env = s.state.config.Env ?? [];
  return {
    get(name) {
      for (const e of env) {
        const eq = e.indexOf('=');
        if ((eq < 0 ? e : e.slice(0, eq)) === name) return eq < 0 ? '' : e.slice(eq + 1);
      }
      return s.args.get(name);
    },
  };
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
