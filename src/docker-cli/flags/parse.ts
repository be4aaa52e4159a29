// spf13/pflag's parsing rules: `--name value`, `--name=value`, `-n value`, `-nvalue`, `-n=value`,
// clusters like `-it` and `-itp 80:80`, booleans that take a value only as `--rm=false`, `--` to
// stop, and (for run/create/exec) no flags after the first argument. Errors are pflag's texts;
// the caller adds docker's usage lines (usage-errors.ts).

import { goQuote } from '../format/ids';
import { isRepeatable, parseFlagValue } from './values';
import type { FlagSpec, FlagValue, ParsedCommand } from './types';

export type ParseOutcome = { ok: true; parsed: ParsedCommand } | { ok: false; error: string };

const HELP: FlagSpec = { long: 'help', short: 'h', type: '', description: 'Print usage' };

function displayName(f: FlagSpec): string {
  return f.short ? `-${f.short}, --${f.long}` : `--${f.long}`;
}

function defaultValue(f: FlagSpec): FlagValue {
  if (isRepeatable(f.type)) return [];
  const d = f.default;
  if (f.type === '') return d === 'true';
  if (d === undefined) return f.type === 'string' ? '' : 0;
  const v = parseFlagValue(f.type, f.long, d);
  return v.ok ? v.value : f.type === 'string' ? d : 0;
}

/** The flags a command accepts, with cobra's implicit --help (-h unless taken). */
export function withHelpFlag(flags: readonly FlagSpec[]): FlagSpec[] {
  if (flags.some((f) => f.long === 'help')) return [...flags];
  const taken = flags.some((f) => f.short === 'h');
  return [...flags, taken ? { ...HELP, short: undefined } : HELP];
}

export function parseFlags(
  flagSpecs: readonly FlagSpec[],
  argv: readonly string[],
  interspersed = true,
): ParseOutcome {
  const flags = withHelpFlag(flagSpecs);
  const byLong = new Map(flags.map((f) => [f.long, f]));
  const byShort = new Map(flags.filter((f) => f.short).map((f) => [f.short as string, f]));
  const values = new Map<string, FlagValue>(flags.map((f) => [f.long, defaultValue(f)]));
  const changed = new Set<string>();
  const args: string[] = [];
  let argsLenAtDash = -1;

  const set = (f: FlagSpec, text: string): string | undefined => {
    const v = parseFlagValue(f.type, f.long, text);
    if (!v.ok)
      return `invalid argument ${goQuote(text)} for ${goQuote(displayName(f))} flag: ${v.error}`;
    if (isRepeatable(f.type)) {
      const prev = changed.has(f.long) ? (values.get(f.long) as readonly string[]) : [];
      const add = f.type === 'strings' ? text.split(',') : [text];
      values.set(f.long, [...prev, ...add]);
    } else values.set(f.long, v.value);
    changed.add(f.long);
    return undefined;
  };
  const fail = (error: string): ParseOutcome => ({ ok: false, error });

  const rest = [...argv];
  while (rest.length > 0) {
    const s = rest.shift() as string;
    if (s.length < 2 || s[0] !== '-') {
      args.push(s);
      if (!interspersed) {
        args.push(...rest);
        break;
      }
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = args.length;
        args.push(...rest);
        break;
      }
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return fail(`bad flag syntax: ${s}`);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const f = byLong.get(name);
      if (!f) return fail(`unknown flag: --${name}`);
      let text: string;
      if (eq >= 0) text = body.slice(eq + 1);
      else if (f.type === '') text = 'true';
      else if (rest.length > 0) text = rest.shift() as string;
      else return fail(`flag needs an argument: ${s}`);
      const err = set(f, text);
      if (err) return fail(err);
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0] as string;
      const f = byShort.get(c);
      if (!f) return fail(`unknown shorthand flag: ${quoteRune(c)} in -${shorts}`);
      let text: string;
      let next = shorts.slice(1);
      if (shorts.length > 2 && shorts[1] === '=') {
        text = shorts.slice(2);
        next = '';
      } else if (f.type === '') text = 'true';
      else if (shorts.length > 1) {
        text = shorts.slice(1);
        next = '';
      } else if (rest.length > 0) text = rest.shift() as string;
      else return fail(`flag needs an argument: ${quoteRune(c)} in -${shorts}`);
      const err = set(f, text);
      if (err) return fail(err);
      shorts = next;
    }
  }
  const help = values.get('help') === true;
  return { ok: true, parsed: { values, changed, args, argsLenAtDash, help } };
}

/** Go's %q of a byte/rune: 'z'. */
function quoteRune(c: string): string {
  return c === "'" ? "'\\''" : `'${c}'`;
}
