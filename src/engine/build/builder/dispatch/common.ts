// What every instruction's dispatch shares: its signature, the legacy `#(nop)` history form,
// and turning an expansion error into a step error at the instruction's line.

import type { Instruction, InstructionOf, Keyword } from '../../instructions/types';
import { stepError, type Session, type StageRun, type StepResult } from '../session';

export type Dispatch<K extends Keyword> = (
  sess: Session,
  s: StageRun,
  ins: InstructionOf<K>,
) => Promise<StepResult>;

/** moby's withCmdComment: `/bin/sh -c #(nop) ` + ` ` + text (two spaces). */
export function nop(text: string): string {
  return `/bin/sh -c #(nop)  ${text}`;
}

/** moby's withCmdCommentString (WORKDIR, COPY, ADD): one space. */
export function nop1(text: string): string {
  return `/bin/sh -c #(nop) ${text}`;
}

export function expansionError(ins: Instruction, error: string): StepResult {
  return stepError(error, ins);
}
