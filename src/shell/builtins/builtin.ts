// A builtin is a command that runs inside the shell process, so it may change the shell (cd,
// export, set, exit). It gets the usual CommandContext plus the interpreter running it.

import type { Command, CommandContext } from '../types';
import type { Interpreter, IO } from '../interp/interpreter';

export interface BuiltinContext extends CommandContext {
  readonly shell: Interpreter;
  /** The same streams as stdin/stdout/stderr, with the interrupt, for running more commands. */
  readonly io: IO;
}

export interface Builtin {
  readonly name: string;
  run(ctx: BuiltinContext): Promise<number> | number;
}

/** Builtins that are plain commands too (echo, test, …) can be registered as /bin programs. */
export type BuiltinOrCommand = Builtin | Command;
