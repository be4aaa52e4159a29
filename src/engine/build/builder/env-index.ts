// Where a name sits in a config's Env list, without scanning it: a 10,000-line Dockerfile of ENV
// steps would otherwise scan (and copy) the growing list at every step. ENV only ever replaces an
// entry in place or appends one, so a position found once stays the name's position in every
// later copy. One Map per lineage of Env arrays is shared by them all; a position is trusted only
// after checking the array really holds the name there, and a stale one falls back to a scan.

const indexes = new WeakMap<readonly string[], Map<string, number>>();

const nameAt = (e: string): string => {
  const eq = e.indexOf('=');
  return eq < 0 ? e : e.slice(0, eq);
};

function indexOf(env: readonly string[]): Map<string, number> {
  let m = indexes.get(env);
  if (!m) {
    m = new Map();
    // First definition wins, as Docker reads an Env list.
    for (let i = env.length - 1; i >= 0; i--) m.set(nameAt(env[i] as string), i);
    indexes.set(env, m);
  }
  return m;
}

/** The position of `name` in `env`, or -1. */
export function envSlot(env: readonly string[], name: string): number {
  const m = indexOf(env);
  const i = m.get(name);
  if (i === undefined) return -1;
  const e = env[i];
  if (e !== undefined && (e === name || (e.startsWith(name) && e.charCodeAt(name.length) === 61)))
    return i;
  // Another lineage moved the name: look it up the slow way.
  return env.findIndex((x) => nameAt(x) === name);
}

/**
 * `env` with `name=value` set (replaced in place or appended), sharing the index. `inPlace`
 * edits `env` itself (the caller owns it); otherwise a copy is made.
 */
export function withEnv(
  env: readonly string[],
  name: string,
  value: string,
  inPlace = false,
): string[] {
  const m = indexOf(env);
  const i = envSlot(env, name);
  const out = inPlace ? (env as string[]) : env.slice();
  const entry = `${name}=${value}`;
  if (i >= 0) out[i] = entry;
  else {
    m.set(name, out.length);
    out.push(entry);
  }
  indexes.set(out, m);
  return out;
}

/**
 * An Env array ENV made, with the one state holding it. The next ENV may extend it in place while
 * that state is still the stage's current one and nothing else can hold it: any other step makes
 * a new state object, and a stage reused by FROM is copied first (dispatch/from.ts). Without
 * this, every ENV copied the whole list: 10,000 ENV lines were quadratic.
 */
const owners = new WeakMap<readonly string[], object>();

export function ownEnv(env: readonly string[], state: object): void {
  owners.set(env, state);
}

export function ownsEnv(env: readonly string[], state: object): boolean {
  return owners.get(env) === state;
}

/** The value of `name` in `env` (undefined when unset). */
export function envGet(env: readonly string[], name: string): string | undefined {
  const i = envSlot(env, name);
  if (i < 0) return undefined;
  const e = env[i] as string;
  return e.length === name.length ? '' : e.slice(name.length + 1);
}
