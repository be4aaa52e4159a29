// Control flow that unwinds the interpreter: break, continue, return, exit, and the lab's own
// stop (Ctrl+C, step budget). These are thrown inside the interpreter and always caught by it —
// never out of `ShellSession.run` or a command's `run`.

export class BreakSignal {
  constructor(
    public levels: number,
    readonly kind: 'break' | 'continue',
  ) {}
}

export class ReturnSignal {
  constructor(readonly status: number) {}
}

export class ExitSignal {
  constructor(readonly status: number) {}
}

/** The whole run stops: Ctrl+C (status 130) or the step budget (status 130, with a message). */
export class AbortSignal {
  constructor(
    readonly reason: 'interrupt' | 'steps',
    readonly status: number,
  ) {}
}

/**
 * An expansion error. Bad arithmetic, assigning a readonly variable: the rest of the line is
 * abandoned (status 1) and the next line runs. `${x:?}` and `set -u` are `fatal`: a
 * non-interactive shell exits (status 1; 127 for `bash -c`), an interactive one abandons the
 * line. See README decision 14.
 */
export class ExpansionError {
  constructor(
    readonly status: number,
    readonly fatal = false,
  ) {}
}
