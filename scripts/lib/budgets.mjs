// The performance budgets of issue 2, in one place so budget.mjs (CI) and bench.mjs agree.

/** Initial JS, gzip, KB = 1000 bytes: over `limit` fails CI; `target` is what we aim for. */
export const INITIAL_JS_GZIP_KB = { limit: 230, target: 140 };

/** Usable terminal, as a multiple of the xterm-alone floor page's time. */
export const USABLE_VS_XTERM_ALONE = 1.3;

/** Usable terminal: never slower than our whole stack naively in one bundle. */
export const USABLE_VS_FULL_STACK = 1;

/** Keystroke to echo, ms. */
export const KEYSTROKE_ECHO_MS = 16;
