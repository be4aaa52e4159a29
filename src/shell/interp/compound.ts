// Compound commands: if, for, while/until, case. Each runs synchronously while everything inside
// does, and hands the rest to an async continuation at the first Promise (see interpreter.ts).

import type { CaseCommand, ForCommand, IfCommand, LoopCommand } from '../parser/ast';
import { BREAK, expansionStatus, type Interpreter, type IO } from './interpreter';
import type { Maybe, Status } from './maybe';
import { matchPattern } from './pattern';

// ---- if ------------------------------------------------------------------------------------

export function execIf(sh: Interpreter, cmd: IfCommand, io: IO): Status {
  const clauses = cmd.clauses;
  for (let i = 0; i < clauses.length; i++) {
    const c = sh.condition(clauses[i].cond, io);
    if (typeof c !== 'number') return ifAsync(sh, cmd, io, i, c);
    if (c === 0) return sh.execScript(clauses[i].body, io);
  }
  return cmd.elseBody ? sh.execScript(cmd.elseBody, io) : 0;
}

async function ifAsync(
  sh: Interpreter,
  cmd: IfCommand,
  io: IO,
  i: number,
  pending: Promise<number>,
): Promise<number> {
  const clauses = cmd.clauses;
  let c = await pending;
  for (;;) {
    if (c === 0) return sh.execScript(clauses[i].body, io);
    if (++i >= clauses.length) break;
    const r = sh.condition(clauses[i].cond, io);
    c = typeof r === 'number' ? r : await r;
  }
  return cmd.elseBody ? sh.execScript(cmd.elseBody, io) : 0;
}

// ---- for -----------------------------------------------------------------------------------

export function execFor(sh: Interpreter, cmd: ForCommand, io: IO): Status {
  if (!cmd.items) return forItems(sh, cmd, io, [...sh.state.positional]);
  sh.bindIO(io);
  let items: Maybe<string[]>;
  try {
    items = sh.expander.fieldsOf(cmd.items);
  } catch (e) {
    return expansionStatus(e);
  }
  if (items instanceof Promise)
    return items.then((list) => forItems(sh, cmd, io, list), expansionStatus);
  return forItems(sh, cmd, io, items);
}

function forItems(sh: Interpreter, cmd: ForCommand, io: IO, items: string[]): Status {
  const depth = sh.loopDepth;
  sh.loopDepth = depth + 1;
  let status = 0;
  for (let i = 0; i < items.length; i++) {
    const turn = sh.step(io);
    if (turn) return forAsync(sh, cmd, io, items, i, turn, depth);
    sh.state.set(cmd.name, items[i]);
    const r = sh.loopBody(cmd.body, io);
    if (typeof r !== 'number') return forAsync(sh, cmd, io, items, i, r, depth);
    if (r === BREAK) {
      status = 0;
      break;
    }
    status = r;
  }
  sh.loopDepth = depth;
  return status;
}

/** Finishes item i (its step turn or its body is pending), then the rest. */
async function forAsync(
  sh: Interpreter,
  cmd: ForCommand,
  io: IO,
  items: string[],
  i: number,
  pending: Promise<number> | Promise<void>,
  depth: number,
): Promise<number> {
  let bodyPending: Status | undefined = (await pending) ?? undefined;
  let status = 0;
  for (; i < items.length; i++) {
    let r: number;
    if (bodyPending !== undefined) {
      r = bodyPending as number;
      bodyPending = undefined;
    } else {
      const turn = sh.step(io);
      if (turn) await turn;
      sh.state.set(cmd.name, items[i]);
      const b = sh.loopBody(cmd.body, io);
      r = typeof b === 'number' ? b : await b;
    }
    if (r === BREAK) {
      status = 0;
      break;
    }
    status = r;
  }
  sh.loopDepth = depth;
  return status;
}

// ---- while / until -------------------------------------------------------------------------

/** Where the async continuation resumes: after the step, the condition, or the body. */
type LoopPhase = 'step' | 'cond' | 'body';

export function execWhile(sh: Interpreter, cmd: LoopCommand, io: IO): Status {
  const depth = sh.loopDepth;
  sh.loopDepth = depth + 1;
  let status = 0;
  for (;;) {
    const turn = sh.step(io);
    if (turn) return whileAsync(sh, cmd, io, 'step', turn, status, depth);
    const c = sh.condition(cmd.cond, io);
    if (typeof c !== 'number') return whileAsync(sh, cmd, io, 'cond', c, status, depth);
    if ((c === 0) === cmd.until) break;
    const r = sh.loopBody(cmd.body, io);
    if (typeof r !== 'number') return whileAsync(sh, cmd, io, 'body', r, status, depth);
    if (r === BREAK) {
      status = 0;
      break;
    }
    status = r;
  }
  sh.loopDepth = depth;
  return status;
}

async function whileAsync(
  sh: Interpreter,
  cmd: LoopCommand,
  io: IO,
  phase: LoopPhase,
  pending: Promise<number> | Promise<void>,
  status: number,
  depth: number,
): Promise<number> {
  let value = await pending;
  for (;;) {
    if (phase === 'step') {
      const c = sh.condition(cmd.cond, io);
      value = typeof c === 'number' ? c : await c;
      phase = 'cond';
    }
    if (phase === 'cond') {
      if ((value === 0) === cmd.until) break;
      const r = sh.loopBody(cmd.body, io);
      value = typeof r === 'number' ? r : await r;
    }
    if (value === BREAK) {
      status = 0;
      break;
    }
    status = value as number;
    const turn = sh.step(io);
    if (turn) await turn;
    phase = 'step';
  }
  sh.loopDepth = depth;
  return status;
}

// ---- case ----------------------------------------------------------------------------------

export function execCase(sh: Interpreter, cmd: CaseCommand, io: IO): Status {
  sh.bindIO(io);
  let word: Maybe<string>;
  try {
    word = sh.expander.string(cmd.word);
  } catch (e) {
    return expansionStatus(e);
  }
  if (typeof word !== 'string')
    return word.then((w) => caseFrom(sh, cmd, io, w, 0, 0, false, 0), expansionStatus);
  return caseFrom(sh, cmd, io, word, 0, 0, false, 0);
}

/**
 * Tries items from item i, pattern j. `;;` stops, `;&` runs the next body without testing,
 * `;;&` tests the next patterns; the status is that of the last body run (0 if none).
 */
function caseFrom(
  sh: Interpreter,
  cmd: CaseCommand,
  io: IO,
  word: string,
  i: number,
  j: number,
  fallthrough: boolean,
  last: number,
): Status {
  const items = cmd.items;
  for (; i < items.length; i++, j = 0) {
    const item = items[i];
    let matched = fallthrough;
    for (; !matched && j < item.patterns.length; j++) {
      let pat: Maybe<string>;
      try {
        pat = sh.expander.pattern(item.patterns[j]);
      } catch (e) {
        return expansionStatus(e);
      }
      if (typeof pat !== 'string') {
        const [at, next] = [i, j + 1];
        return pat.then(
          (p) =>
            matchPattern(p, word)
              ? caseFrom(sh, cmd, io, word, at, 0, true, last)
              : caseFrom(sh, cmd, io, word, at, next, false, last),
          expansionStatus,
        );
      }
      matched = matchPattern(pat, word);
    }
    if (!matched) continue;
    const r = sh.execScript(item.body, io);
    if (item.terminator === ';;') return r;
    const through = item.terminator === ';&';
    if (typeof r !== 'number') {
      const at = i + 1;
      return r.then((s) => caseFrom(sh, cmd, io, word, at, 0, through, s));
    }
    last = r;
    fallthrough = through;
  }
  return last;
}
