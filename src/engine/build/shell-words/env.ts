// The variables a word is expanded against: build args and ENV of the current stage.

export interface EnvGetter {
  /** The value, or undefined when the variable is not set (set-but-empty is ``). */
  get(name: string): string | undefined;
}

/** An EnvGetter over `NAME=value` strings; the first definition of a name wins, as in BuildKit. */
export function envFromList(list: readonly string[]): EnvGetter {
  const map = new Map<string, string>();
  for (const entry of list) {
    const eq = entry.indexOf('=');
    const key = eq < 0 ? entry : entry.slice(0, eq);
    if (!map.has(key)) map.set(key, eq < 0 ? '' : entry.slice(eq + 1));
  }
  return map;
}

export const EMPTY_ENV: EnvGetter = { get: () => undefined };
