// Which stages a build runs. BuildKit builds only what the target needs (its FROM chain and every
// COPY --from), in file order; the legacy builder runs every stage up to the target.

import type { ParsedDockerfile } from '../dockerfile';
import type { Stage } from '../instructions/parse-instructions';

export function stageNames(stages: readonly Stage[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of stages) if (s.name !== undefined) m.set(s.name, s.index);
  return m;
}

export function targetIndex(df: ParsedDockerfile, target: string | undefined): number | undefined {
  if (target === undefined || target === '') return df.stages.length - 1;
  return df.stages.find((s) => s.name === target.toLowerCase())?.index;
}

/** Stage indexes the target depends on, itself included, in file order. */
export function neededStages(stages: readonly Stage[], target: number, legacy: boolean): number[] {
  if (legacy) return stages.filter((s) => s.index <= target).map((s) => s.index);
  const names = stageNames(stages);
  const refOf = (word: string, before: number): number | undefined => {
    const w = word.toLowerCase();
    const byName = names.get(w);
    if (byName !== undefined && byName < before) return byName;
    if (/^\d+$/.test(w) && Number(w) < before) return Number(w);
    return undefined;
  };
  const need = new Set<number>();
  const todo = [target];
  while (todo.length > 0) {
    const i = todo.pop() as number;
    if (need.has(i)) continue;
    need.add(i);
    const st = stages[i];
    if (!st) continue;
    const base = refOf(st.from.image, i);
    if (base !== undefined) todo.push(base);
    for (const ins of st.instructions)
      if (ins.kind === 'COPY' && ins.from !== undefined) {
        const r = refOf(ins.from, i);
        if (r !== undefined) todo.push(r);
      }
  }
  return [...need].sort((a, b) => a - b);
}

/** BuildKit's per-stage step count: FROM of a real image, RUN, COPY, ADD, WORKDIR. */
export function stepTotal(stage: Stage, names: ReadonlyMap<string, number>): number {
  const img = stage.from.image.toLowerCase();
  const fromCounts = img !== 'scratch' && !names.has(img) ? 1 : 0;
  return (
    fromCounts +
    stage.instructions.filter((i) => ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(i.kind)).length
  );
}

export function usesContext(stage: Stage): boolean {
  return stage.instructions.some(
    (i) => (i.kind === 'COPY' && i.from === undefined) || i.kind === 'ADD',
  );
}
