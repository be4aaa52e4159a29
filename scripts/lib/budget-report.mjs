// The budgets next to what bench measured. `ok` is false when a target is missed or
// could not be checked (actual null); bench still exits 0 for a missed target.

import {
  INITIAL_JS_GZIP_KB,
  KEYSTROKE_ECHO_MS,
  USABLE_VS_FULL_STACK,
  USABLE_VS_XTERM_ALONE,
} from './budgets.mjs';

/** @param {unknown} x @param {string} key @returns {number | null} */
function num(x, key) {
  const v =
    x && typeof x === 'object' ? /** @type {Record<string, unknown>} */ (x)[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** @param {any} usable @param {string} rate @param {string} key @returns {number | null} */
function ratio(usable, rate, key) {
  return num(usable?.[rate]?.ratios, key);
}

/**
 * @param {{ bundle: unknown, usable: unknown, echo: unknown, engine: unknown, diagram?: any }} measured
 */
export function budgetReport({ bundle, usable, echo, diagram }) {
  const js = num(bundle, 'initialJsGzipKB');
  const vsTerm = ratio(usable, 'cpu1x', 'labVsXtermAlone');
  const vsTerm4 = ratio(usable, 'cpu4x', 'labVsXtermAlone');
  const vsFull = ratio(usable, 'cpu1x', 'labVsFullStack');
  const vsFull4 = ratio(usable, 'cpu4x', 'labVsFullStack');
  const echoMs = num(echo, 'medianMs');
  const within = (/** @type {(number | null)[]} */ xs, /** @type {number} */ limit) =>
    xs.every((x) => x !== null && x <= limit);
  return {
    initialJsGzipKB: {
      limit: INITIAL_JS_GZIP_KB.limit,
      target: INITIAL_JS_GZIP_KB.target,
      actual: js,
      withinLimit: js !== null && js <= INITIAL_JS_GZIP_KB.limit,
      ok: within([js], INITIAL_JS_GZIP_KB.target),
    },
    usableTerminalVsXtermAlone: {
      target: USABLE_VS_XTERM_ALONE,
      actual: vsTerm,
      actualAt4xCpu: vsTerm4,
      ok: within([vsTerm, vsTerm4], USABLE_VS_XTERM_ALONE),
    },
    usableTerminalVsFullStack: {
      target: USABLE_VS_FULL_STACK,
      actual: vsFull,
      actualAt4xCpu: vsFull4,
      ok: within([vsFull, vsFull4], USABLE_VS_FULL_STACK),
    },
    keystrokeEchoMs: {
      target: KEYSTROKE_ECHO_MS,
      actual: echoMs,
      ok: within([echoMs], KEYSTROKE_ECHO_MS),
    },
    enterToDiagramMs: {
      target: 50,
      actual: num(diagram, 'enterToDiagramMs'),
      ok: within([num(diagram, 'enterToDiagramMs')], 50),
    },
    diagramFps: {
      target: { cpu1x: 55, cpu4x: 30 },
      actual: { cpu1x: num(diagram?.fps?.cpu1x, 'fps'), cpu4x: num(diagram?.fps?.cpu4x, 'fps') },
      ok:
        (num(diagram?.fps?.cpu1x, 'fps') ?? 0) >= 55 &&
        (num(diagram?.fps?.cpu4x, 'fps') ?? 0) >= 30,
    },
  };
}
