// Compound commands: if, for, while/until, case. Each runs synchronously while everything inside
// does, and hands the rest to an async continuation at the first Promise (see interpreter.ts).

import type {
  ArithCommand,
  ArithForCommand,
  CaseCommand,
  ForCommand,
  IfCommand,
  LoopCommand,
  Word,
} from '../parser/ast';
import { evaluateArith } from './arith';
import { BREAK, type Interpreter, type IO } from './interpreter';
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
  const items: Maybe<string[]> = sh.expander.fieldsOf(cmd.items);
  if (items instanceof Promise) return items.then((list) => forItems(sh, cmd, io, list));
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
  const word: Maybe<string> = sh.expander.string(cmd.word);
  if (typeof word !== 'string') return word.then((w) => caseFrom(sh, cmd, io, w, 0, 0, false, 0));
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
      const pat: Maybe<string> = sh.expander.pattern(item.patterns[j]);
      if (typeof pat !== 'string') {
        const [at, next] = [i, j + 1];
        return pat.then((p) =>
          matchPattern(p, word)
            ? caseFrom(sh, cmd, io, word, at, 0, true, last)
            : caseFrom(sh, cmd, io, word, at, next, false, last),
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

// ---- (( … )) and for (( … )) ---------------------------------------------------------------

/** The value of an arithmetic word, or null after bash's `((: …` error. */
function arithValue(sh: Interpreter, word: Word, io: IO, empty: number): Maybe<number | null> {
  const text = sh.expander.string(word);
  if (typeof text === 'string') return arithOf(sh, text, io, empty);
  return text.then((t) => arithOf(sh, t, io, empty));
}

function arithOf(sh: Interpreter, text: string, io: IO, empty: number): number | null {
  if (text.trim() === '') return empty;
  const r = evaluateArith(text, sh.expander.arithVars());
  if (r.ok) return r.value;
  io.stderr.write(`${sh.errorPrefix()}: ((: ${r.message}\n`);
  return null;
}

function arithStatus(v: number | null): number {
  return v === null || v === 0 ? 1 : 0;
}

export function execArith(sh: Interpreter, cmd: ArithCommand, io: IO): Status {
  sh.bindIO(io);
  const turn = sh.step(io);
  if (turn) return turn.then(() => arithCommand(sh, cmd, io));
  return arithCommand(sh, cmd, io);
}

function arithCommand(sh: Interpreter, cmd: ArithCommand, io: IO): Status {
  const v = arithValue(sh, cmd.expr, io, 0);
  return v instanceof Promise ? v.then(arithStatus) : arithStatus(v);
}

type ArithForPhase = 'turn' | 'cond' | 'body' | 'step';

export function execArithFor(sh: Interpreter, cmd: ArithForCommand, io: IO): Status {
  sh.bindIO(io);
  const init = arithValue(sh, cmd.init, io, 0);
  const depth = sh.loopDepth;
  if (init instanceof Promise)
    return init.then((v) => {
      if (v === null) return 1;
      sh.loopDepth = depth + 1;
      return arithForAsync(sh, cmd, io, depth, 0, 'step', Promise.resolve(0));
    });
  if (init === null) return 1;
  sh.loopDepth = depth + 1;
  let status = 0;
  for (;;) {
    const turn = sh.step(io);
    if (turn) return arithForAsync(sh, cmd, io, depth, status, 'turn', turn);
    const c = arithValue(sh, cmd.cond, io, 1);
    if (c instanceof Promise) return arithForAsync(sh, cmd, io, depth, status, 'cond', c);
    if (c === null || c === 0) {
      if (c === null) status = 1;
      break;
    }
    const r = sh.loopBody(cmd.body, io);
    if (typeof r !== 'number') return arithForAsync(sh, cmd, io, depth, status, 'body', r);
    if (r === BREAK) {
      status = 0;
      break;
    }
    status = r;
    const st = arithValue(sh, cmd.step, io, 0);
    if (st instanceof Promise) return arithForAsync(sh, cmd, io, depth, status, 'step', st);
    if (st === null) {
      status = 1;
      break;
    }
  }
  sh.loopDepth = depth;
  return status;
}

/** The rest of a `for ((…))` loop; `pending` is the result of `phase` (the step's turn, …). */
async function arithForAsync(
  sh: Interpreter,
  cmd: ArithForCommand,
  io: IO,
  depth: number,
  status: number,
  phase: ArithForPhase,
  pending: Promise<unknown>,
): Promise<number> {
  let value = await pending;
  for (;;) {
    if (phase === 'turn') {
      value = await arithValue(sh, cmd.cond, io, 1);
      phase = 'cond';
    }
    if (phase === 'cond') {
      if (value === null || value === 0) {
        if (value === null) status = 1;
        break;
      }
      const r = sh.loopBody(cmd.body, io);
      value = typeof r === 'number' ? r : await r;
      phase = 'body';
    }
    if (phase === 'body') {
      if (value === BREAK) {
        status = 0;
        break;
      }
      status = value as number;
      value = await arithValue(sh, cmd.step, io, 0);
    }
    if (value === null) {
      status = 1;
      break;
    }
    const turn = sh.step(io);
    if (turn) await turn;
    phase = 'turn';
  }
  sh.loopDepth = depth;
  return status;
}
