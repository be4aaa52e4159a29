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

/** A fatal expansion error (`${x:?}`, `set -u`, bad arithmetic): the command list stops. */
export class ExpansionError {
  constructor(readonly status: number) {}
}
