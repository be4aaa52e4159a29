// Flags and commands declared as data, mirroring the real client (cobra + spf13/pflag).

/** A flag as `docker <cmd> --help` lists it. */
export interface FlagSpec {
  /** Long name without dashes: 'publish'. */
  readonly long: string;
  /** One-letter shorthand: 'p'. */
  readonly short?: string;
  /**
   * Value type as help prints it; '' for booleans. string, int, uint, uint16, int64, bytes,
   * decimal, duration are parsed and checked; list, filter, map, strings, mount, ulimit,
   * gpu-request, … are kept as the strings typed (repeatable, in order).
   */
  readonly type: string;
  /** Default as help shows it (`(default "no")` → 'no'), when it is a value. */
  readonly default?: string;
  readonly description: string;
  /** Parsed but not listed in help (help is the captured text anyway). */
  readonly hidden?: boolean;
}

export interface CommandSpec {
  /** Canonical command path: 'ps', 'container ls', 'run'. */
  readonly name: string;
  /** Other paths that run it: ['container ls', 'container list', 'container ps']. */
  readonly aliases: readonly string[];
  /** The use line after the path: '[OPTIONS] IMAGE [COMMAND] [ARG...]'. */
  readonly usage: string;
  readonly minArgs: number;
  /** Infinity when unbounded. */
  readonly maxArgs: number;
  readonly flags: readonly FlagSpec[];
  /** The text `--help` prints. */
  readonly help: string;
  /** false for run/create/exec: flags stop at the first argument (pflag SetInterspersed). */
  readonly interspersed?: boolean;
}

export type FlagValue = boolean | number | string | readonly string[];

export interface ParsedCommand {
  /** Every flag's value, defaults included, keyed by long name. */
  readonly values: ReadonlyMap<string, FlagValue>;
  /** Long names given on the command line (pflag's Changed). */
  readonly changed: ReadonlySet<string>;
  readonly args: readonly string[];
  /** Number of args before `--`, or -1 (pflag ArgsLenAtDash). */
  readonly argsLenAtDash: number;
  /** `--help` / `-h` was given. */
  readonly help: boolean;
}
