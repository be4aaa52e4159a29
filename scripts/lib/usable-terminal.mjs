// Time from navigation to a usable terminal: the prompt is painted in xterm's rows AND the
// terminal has the keyboard (xterm's helper textarea is the focused element), so a learner's
// first keystroke lands. The same probe runs in every page we compare, so the ratios are fair.

// Functions passed to page.evaluate / addInitScript run in the page, not in Node.
/* global window, document, requestAnimationFrame */

/**
 * Runs inside the page before any of its scripts (addInitScript). Polls once per frame, which is
 * when xterm's DOM renderer paints. Stamps __promptAt at the first frame showing the prompt and
 * __usableAt at the first frame where, in addition, the terminal has focus.
 * @param {string} marker
 */
function usableProbe(marker) {
  const w = /** @type {Window & ProbeWindow} */ (window);
  const tick = () => {
    const rows = document.querySelector('.xterm-rows');
    // xterm's DOM renderer may draw spaces as U+00A0; the prompt is compared as text.
    const text = rows ? (rows.textContent ?? '').replace(/\u00a0/g, ' ') : '';
    if (text.includes(marker)) {
      w.__promptAt ??= performance.now();
      if (document.activeElement?.classList.contains('xterm-helper-textarea')) {
        w.__usableAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** @typedef {{ __promptAt?: number, __usableAt?: number }} ProbeWindow */

/** What the page shows when the probe never fired: tells "no prompt" from "not focused". */
function probeState() {
  const rows = document.querySelector('.xterm-rows');
  const focused = document.activeElement;
  return {
    hasXtermRows: rows !== null,
    rowsText: rows
      ? (rows.textContent ?? '')
          .replace(/\u00a0/g, ' ')
          .trim()
          .slice(0, 160)
      : null,
    activeElement: focused
      ? `${focused.tagName.toLowerCase()}${focused.className ? `.${String(focused.className).trim().replace(/\s+/g, '.')}` : ''}`
      : null,
  };
}

/**
 * Loads `url` in `page` (fresh profile expected) and returns ms from navigation start to usable
 * (prompt painted and focused) and to the prompt being painted. With `requireFocus: false` it
 * waits only for the prompt: for a reference page that never focuses its terminal.
 * @param {import('playwright-core').Page} page
 * @param {{ url: string, marker: string, cpuRate: number, timeoutMs?: number, requireFocus?: boolean }} options
 * @returns {Promise<{ usableMs: number | null, promptMs: number }>}
 */
export async function timeToUsable(
  page,
  { url, marker, cpuRate, timeoutMs = 20_000, requireFocus = true },
) {
  await page.addInitScript(usableProbe, marker);
  // Throttling must be on before navigation, or the page's startup would run at full speed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  try {
    const handle = await page.waitForFunction(
      (focus) => {
        const w = /** @type {Window & ProbeWindow} */ (window);
        const at = focus ? w.__usableAt : w.__promptAt;
        return at === undefined
          ? false
          : { usableMs: w.__usableAt ?? null, promptMs: w.__promptAt };
      },
      requireFocus,
      { timeout: timeoutMs, polling: 50 },
    );
    return /** @type {{ usableMs: number | null, promptMs: number }} */ (await handle.jsonValue());
  } catch (e) {
    const state = await page.evaluate(probeState).catch(() => null);
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new Error(
      `${url} never became usable (${why}); page state: ${JSON.stringify(state)}` +
        (errors.length ? `; page errors: ${errors.slice(0, 3).join(' | ')}` : ''),
      { cause: e },
    );
  }
}
