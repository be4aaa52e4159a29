// One option parser for every coreutil, following GNU getopt_long: short flags cluster (`-la`),
// a short option's argument may be glued (`-n5`) or separate (`-n 5`), long options take `=value`
// or the next word and may be abbreviated while unambiguous, `--` ends options, and options may
// follow operands (GNU permutes argv) unless the spec asks to stop at the first operand.
// Errors use getopt's wording; the caller adds "Try 'x --help'" and its own exit status.

import type { CommandContext } from '../../types';

export interface LongOption {
  /** The key the option is recorded under (often its short letter). */
  readonly key: string;
  /** 'none' (default), 'required', or 'optional' (only as `--opt=value`). */
  readonly arg?: 'none' | 'required' | 'optional';
}

export interface OptionSpec {
  /** Short options without an argument, e.g. 'laAhR1'. */
  readonly flags?: string;
  /** Short options with a required argument, e.g. 'nc'. */
  readonly withArg?: string;
  readonly long?: Readonly<Record<string, LongOption>>;
  /** Stop at the first operand (xargs, awk): the rest belong to someone else. */
  readonly stopAtOperand?: boolean;
  /** Accept `-NUM` (head -5, tail -3): recorded under the key '#'. */
  readonly numeric?: boolean;
}

export interface ParsedOptions {
  /** Every option in order with its value (true for flags). */
  readonly list: ReadonlyArray<readonly [string, string | true]>;
  readonly operands: string[];
  has(key: string): boolean;
  /** The last value given for `key`. */
  get(key: string): string | undefined;
  all(key: string): string[];
}

export type ParseResult =
  | { readonly ok: true; readonly opts: ParsedOptions }
  | { readonly ok: false; readonly message: string };

function makeParsed(list: Array<[string, string | true]>, operands: string[]): ParsedOptions {
  return {
    list,
    operands,
    has: (k) => list.some(([key]) => key === k),
    get(k) {
      for (let i = list.length - 1; i >= 0; i--) {
        const [key, v] = list[i];
        if (key === k) return v === true ? '' : v;
      }
      return undefined;
    },
    all: (k) => list.filter(([key]) => key === k).map(([, v]) => (v === true ? '' : v)),
  };
}

export function parseOptions(args: readonly string[], spec: OptionSpec): ParseResult {
  const flags = spec.flags ?? '';
  const withArg = spec.withArg ?? '';
  const longs = spec.long ?? {};
  const list: Array<[string, string | true]> = [];
  const operands: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      let match = Object.prototype.hasOwnProperty.call(longs, name) ? name : undefined;
      if (!match) {
        const cands = Object.keys(longs).filter((k) => k.startsWith(name));
        const keys = new Set(cands.map((c) => longs[c].key));
        if (cands.length === 0) return { ok: false, message: `unrecognized option '${a}'` };
        if (keys.size > 1) {
          return {
            ok: false,
            message: `option '--${name}' is ambiguous; possibilities:${cands.map((c) => ` '--${c}'`).join('')}`,
          };
        }
        match = cands[0];
      }
      const opt = longs[match];
      const kind = opt.arg ?? 'none';
      if (kind === 'none') {
        if (eq >= 0) return { ok: false, message: `option '--${match}' doesn't allow an argument` };
        list.push([opt.key, true]);
      } else if (eq >= 0) {
        list.push([opt.key, a.slice(eq + 1)]);
      } else if (kind === 'optional') {
        list.push([opt.key, true]);
      } else {
        if (i + 1 >= args.length) {
          return { ok: false, message: `option '--${match}' requires an argument` };
        }
        list.push([opt.key, args[++i]]);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (spec.numeric && /^-\d+$/.test(a)) {
        list.push(['#', a.slice(1)]);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (withArg.includes(c)) {
          const rest = a.slice(j + 1);
          if (rest !== '') list.push([c, rest]);
          else if (i + 1 < args.length) list.push([c, args[++i]]);
          else return { ok: false, message: `option requires an argument -- '${c}'` };
          break;
        }
        if (flags.includes(c)) list.push([c, true]);
        else return { ok: false, message: `invalid option -- '${c}'` };
      }
      continue;
    }
    operands.push(a);
    if (spec.stopAtOperand) {
      i++;
      break;
    }
  }
  for (; i < args.length; i++) operands.push(args[i]);
  return { ok: true, opts: makeParsed(list, operands) };
}

/** Print a usage error the GNU way and return the status the caller should exit with. */
export function usageError(ctx: CommandContext, name: string, message: string, status = 1): number {
  ctx.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
  return status;
}

/**
 * Parse ctx.argv (after argv[0]) and handle `--help`/`--version` and option errors.
 * Returns the options, or the exit status to return at once.
 */
export function parseArgs(
  ctx: CommandContext,
  name: string,
  spec: OptionSpec,
  usage: string,
  errorStatus = 1,
  args: readonly string[] = ctx.argv.slice(1),
): ParsedOptions | number {
  const long = {
    ...spec.long,
    help: { key: '--help' },
    version: { key: '--version' },
  };
  const r = parseOptions(args, { ...spec, long });
  if (!r.ok) return usageError(ctx, name, r.message, errorStatus);
  if (r.opts.has('--help')) {
    ctx.stdout.write(`Usage: ${name} ${usage}\n`);
    ctx.stdout.write(
      `(Layerlab's ${name}: see the lab's coreutils README for what it supports.)\n`,
    );
    return 0;
  }
  if (r.opts.has('--version')) {
    ctx.stdout.write(`${name} (GNU coreutils) 9.1\n`);
    return 0;
  }
  return r.opts;
}
