// HEALTHCHECK [options] CMD … | NONE: the container's health test; no layer. History shows Go's
// `%q` of the HealthConfig pointer: `HEALTHCHECK &{["CMD-SHELL" "curl -f …"] "30s" "3s" "0s" "0s" '\x03'}`.

import { goQuote, goQuoteList } from '../../text/go-quote';
import { configStep } from '../step';
import { copyConfig } from '../state';
import { nop, type Dispatch } from './common';

/** Go's time.Duration.String() for whole nanoseconds. */
export function goDurationString(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${trim(ns / 1e3)}µs`;
  if (ns < 1e9) return `${trim(ns / 1e6)}ms`;
  let s = ns / 1e9;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const sec = `${trim(s)}s`;
  if (h > 0) return `${h}h${m}m${sec}`;
  if (m > 0) return `${m}m${sec}`;
  return sec;
}

function trim(n: number): string {
  return String(Number(n.toFixed(9)));
}

function goRune(n: number): string {
  if (n >= 0x20 && n < 0x7f) return n === 0x27 ? `'\\''` : `'${String.fromCharCode(n)}'`;
  return `'\\x${n.toString(16).padStart(2, '0')}'`;
}

export const dispatchHealthcheck: Dispatch<'HEALTHCHECK'> = async (sess, s, ins) => {
  const h = ins.health;
  const config = copyConfig(s.state.config) as ReturnType<typeof copyConfig> & {
    Healthcheck?: unknown;
  };
  config.Healthcheck = {
    Test: h.test,
    ...(h.interval ? { Interval: h.interval } : {}),
    ...(h.timeout ? { Timeout: h.timeout } : {}),
    ...(h.startPeriod ? { StartPeriod: h.startPeriod } : {}),
    ...(h.startInterval ? { StartInterval: h.startInterval } : {}),
    ...(h.retries ? { Retries: h.retries } : {}),
  };
  const fields = [h.interval, h.timeout, h.startPeriod, h.startInterval].map((d) =>
    goQuote(goDurationString(d)),
  );
  const text = `HEALTHCHECK &{${goQuoteList(h.test)} ${fields.join(' ')} ${goRune(h.retries)}}`;
  return configStep(sess, s, ins, { buildkit: text, legacy: nop(text) }, config);
};
