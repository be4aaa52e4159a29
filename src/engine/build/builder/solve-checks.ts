// What BuildKit finds wrong before any step runs. Its Dockerfile frontend converts the whole file
// to LLB first (dockerfile2llb): an EXPOSE that does not parse fails there, after the base images'
// metadata and before a single vertex of the solve (`EXPOSE 80 # note` → `invalid containerPort:
// #`). The solver then computes every step's cache key before running any of them, and a COPY or
// ADD key needs the checksums of its context files: a missing one fails that step's vertex
// (`ERROR [4/7] ADD …`) while the RUN steps before it never start. Words holding a `$` are left
// to the step itself, which expands them against the stage's ARG and ENV.

import type { ParsedDockerfile } from '../dockerfile';
import type { Instruction } from '../instructions/types';
import { parsePorts } from './dispatch/expose';
import type { BuildContext } from './context';
import { cleanRel, contextTree, expandSource } from './sources';
import { stepTotal } from './stages';
import type { BuildError } from './types';

const literal = (w: string): boolean => !w.includes('$');

/** The lines of an instruction, as a BuildError carries them for the excerpt. */
export function at(ins: Instruction): { line: number; endLine?: number } {
  return { line: ins.line, ...(ins.endLine !== ins.line ? { endLine: ins.endLine } : {}) };
}

/** The first EXPOSE the frontend cannot convert, in file order among the stages built. */
export function conversionError(
  df: ParsedDockerfile,
  needed: readonly number[],
): BuildError | undefined {
  for (const i of needed)
    for (const ins of df.stages[i]?.instructions ?? []) {
      if (ins.kind !== 'EXPOSE' || !ins.ports.every(literal)) continue;
      const r = parsePorts(ins.ports);
      if (!r.ok) return { message: r.error, exitCode: 1, ...at(ins) };
    }
  return undefined;
}

export interface MissingSource {
  /** The vertex name: `[4/7] ADD run-httpd.sh /run-httpd.sh …`. */
  readonly vertex: string;
  readonly source: string;
  readonly ins: Instruction;
}

/** The first COPY/ADD whose context source does not exist, as BuildKit's cache keys find it. */
export function missingContextSource(
  df: ParsedDockerfile,
  needed: readonly number[],
  names: ReadonlyMap<string, number>,
  context: BuildContext,
): MissingSource | undefined {
  const tree = contextTree(context);
  const multi = needed.length > 1 || df.stages.length > 1;
  for (const i of needed) {
    const stage = df.stages[i];
    if (!stage) continue;
    const total = stepTotal(stage, names);
    const img = stage.from.image.toLowerCase();
    let n = img !== 'scratch' && !names.has(img) ? 1 : 0;
    const label = multi ? `${stage.name ?? `stage-${stage.index}`} ` : '';
    for (const ins of stage.instructions) {
      if (!['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(ins.kind)) continue;
      n++;
      if (!((ins.kind === 'COPY' && ins.from === undefined) || ins.kind === 'ADD')) continue;
      for (const src of ins.sources) {
        if (!literal(src) || (ins.kind === 'ADD' && /^https?:\/\//i.test(src))) continue;
        if (expandSource(tree, src).length > 0) continue;
        const num = String(n).padStart(String(total).length, ' ');
        return { vertex: `[${label}${num}/${total}] ${ins.original}`, source: cleanRel(src), ins };
      }
    }
  }
  return undefined;
}

/** How many solve vertices the stages built will show: FROMs of images, steps, the context. */
export function solveVertexCount(
  df: ParsedDockerfile,
  needed: readonly number[],
  names: ReadonlyMap<string, number>,
  usesContext: boolean,
): number {
  let n = usesContext ? 1 : 0;
  for (const i of needed) {
    const stage = df.stages[i];
    if (!stage) continue;
    n += stepTotal(stage, names);
    // `WORKDIR /` takes a step number but makes no vertex (dockerfile2llb skips the mkdir).
    for (const ins of stage.instructions) if (ins.kind === 'WORKDIR' && /^\/+$/.test(ins.path)) n--;
  }
  return n;
}
